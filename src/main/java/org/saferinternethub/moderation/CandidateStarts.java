package org.saferinternethub.moderation;

import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The indexes of one text where a detector's regex may match, worked out from something every match holds (an
 * address's house number, an e-mail's “@”). {@link #forEachMatch} then gives the matches {@link Matcher#find()}
 * would give, as long as no index where a match can start was left out: java.util.regex tries a regex opening with a
 * look-behind or a long alternation at every index, and these regexes backtrack a lot at each.
 */
final class CandidateStarts {
    private final boolean[] candidate;
    private boolean any;

    CandidateStarts(String text) {
        this.candidate = new boolean[text.length()];
    }

    void add(int index) {
        candidate[index] = true;
        any = true;
    }

    boolean isEmpty() {
        return !any;
    }

    /**
     * Tries the regex at each candidate index, left to right and never inside a previous match, with transparent
     * bounds so look-arounds see the whole text (as {@link StartFilteredPattern} does).
     */
    void forEachMatch(Pattern pattern, String text, Consumer<Matcher> action) {
        if (!any) {
            return;
        }
        Matcher m = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        int searchFrom = 0;
        for (int p = 0; p < candidate.length; p++) {
            if (!candidate[p] || p < searchFrom) {
                continue;
            }
            m.region(p, text.length());
            if (m.lookingAt()) {
                action.accept(m);
                searchFrom = Math.max(m.end(), p + 1);
            }
        }
    }
}
