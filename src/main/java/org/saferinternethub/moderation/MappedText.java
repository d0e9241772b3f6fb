package org.saferinternethub.moderation;

/**
 * A derived view of a message (normalised, digit-preserving, ...) that remembers, for every char of the view,
 * which range of the ORIGINAL text it came from. Detectors work on views; spans are reported on the original.
 * The offset arrays may be longer than the text (a builder hands over its arrays instead of copying them): only
 * the first {@link #length} entries mean anything.
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

    /**
     * Incrementally builds a view; each appended char carries the original range it stands for. Chars go to a plain
     * array, not a StringBuilder: one emoji would make a StringBuilder re-encode everything appended before it,
     * and every append pays for its encoding checks.
     */
    static final class Builder {
        private char[] chars;
        private int[] starts;
        private int[] ends;
        private int length;

        Builder(int expectedLength) {
            int capacity = Math.max(16, expectedLength);
            chars = new char[capacity];
            starts = new int[capacity];
            ends = new int[capacity];
        }

        void append(char c, int originalStart, int originalEnd) {
            if (length == chars.length) {
                growTo(length * 2);
            }
            chars[length] = c;
            starts[length] = originalStart;
            ends[length] = originalEnd;
            length++;
        }

        /**
         * Appends the chars from {@code start} to {@code end} (exclusive) of another view with their original ranges,
         * as array copies: the views that change only a few chars of a text copy the rest this way.
         */
        void appendRange(MappedText from, int start, int end) {
            int count = end - start;
            if (count <= 0) {
                return;
            }
            if (length + count > chars.length) {
                growTo(Math.max(length * 2, length + count));
            }
            from.text().getChars(start, end, chars, length);
            System.arraycopy(from.originalStart(), start, starts, length, count);
            System.arraycopy(from.originalEnd(), start, ends, length, count);
            length += count;
        }

        private void growTo(int capacity) {
            chars = java.util.Arrays.copyOf(chars, capacity);
            starts = java.util.Arrays.copyOf(starts, capacity);
            ends = java.util.Arrays.copyOf(ends, capacity);
        }

        int length() {
            return length;
        }

        char charAt(int index) {
            return chars[index];
        }

        /** Widens the original range of the last appended char, used when several chars collapse into one. */
        void extendLastTo(int originalEnd) {
            int last = length - 1;
            ends[last] = Math.max(ends[last], originalEnd);
        }

        /** The view; its offset arrays are the builder's own, possibly longer than the text (see the class doc). */
        MappedText build() {
            return new MappedText(new String(chars, 0, length), starts, ends);
        }
    }
}
