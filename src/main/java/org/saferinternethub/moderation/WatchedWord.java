package org.saferinternethub.moderation;

import java.util.Objects;

/**
 * A word or regex the community managers watch for.
 *
 * @param language nl|fr|de|en, or “*” for every language
 * @param term     plain term (matched on the normalised text, so obfuscations are caught) or a Java regex
 *                 (matched case-insensitively on the original text, with a work budget)
 * @param regex    whether {@code term} is a regex
 * @param action   what a match does
 */
public record WatchedWord(String language, String term, boolean regex, WatchedAction action) {
    public WatchedWord {
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(term, "term");
        Objects.requireNonNull(action, "action");
        if (term.isBlank()) {
            throw new IllegalArgumentException("watched term must not be blank");
        }
    }
}
