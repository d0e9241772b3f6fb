package org.saferinternethub.moderation;

/**
 * A derived view of a message (normalised, digit-preserving, ...) that remembers, for every char of the view,
 * which range of the ORIGINAL text it came from. Detectors work on views; spans are reported on the original.
 */
record MappedText(String text, int[] originalStart, int[] originalEnd) {

    int length() {
        return text.length();
    }

    /** Original start offset of the view range [viewStart, viewEnd). */
    int toOriginalStart(int viewStart) {
        return originalStart[viewStart];
    }

    /** Original end offset (exclusive) of the view range [viewStart, viewEnd), viewEnd > viewStart. */
    int toOriginalEnd(int viewEnd) {
        return originalEnd[viewEnd - 1];
    }

    /** Incrementally builds a view; each appended char carries the original range it stands for. */
    static final class Builder {
        private final StringBuilder text;
        private int[] starts;
        private int[] ends;

        Builder(int expectedLength) {
            int capacity = Math.max(16, expectedLength);
            text = new StringBuilder(capacity);
            starts = new int[capacity];
            ends = new int[capacity];
        }

        void append(char c, int originalStart, int originalEnd) {
            int index = text.length();
            if (index == starts.length) {
                int grown = index * 2;
                starts = java.util.Arrays.copyOf(starts, grown);
                ends = java.util.Arrays.copyOf(ends, grown);
            }
            text.append(c);
            starts[index] = originalStart;
            ends[index] = originalEnd;
        }

        int length() {
            return text.length();
        }

        char charAt(int index) {
            return text.charAt(index);
        }

        /** Widens the original range of the last appended char, used when several chars collapse into one. */
        void extendLastTo(int originalEnd) {
            int last = text.length() - 1;
            ends[last] = Math.max(ends[last], originalEnd);
        }

        MappedText build() {
            int length = text.length();
            return new MappedText(text.toString(), java.util.Arrays.copyOf(starts, length),
                    java.util.Arrays.copyOf(ends, length));
        }
    }
}
