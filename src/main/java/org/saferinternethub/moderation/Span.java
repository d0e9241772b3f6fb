package org.saferinternethub.moderation;

/**
 * A labelled region of the ORIGINAL text: UTF-16 indices, {@code end} exclusive.
 * {@code score} is the detector's confidence in [0, 1].
 */
public record Span(int start, int end, Label label, double score) {
    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
        java.util.Objects.requireNonNull(label, "label");
    }
}
