package org.saferinternethub.moderation;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Texts glued from random pieces, for tests that compare a detector's pre-check with a whole-text regex search. */
final class GeneratedTexts {
    private GeneratedTexts() {
    }

    /** {@code count} texts of one to {@code maxPieces} pieces each, the same for the same seed. */
    static List<String> of(String[] pieces, int count, int maxPieces, long seed) {
        Random random = new Random(seed);
        List<String> texts = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            StringBuilder text = new StringBuilder();
            for (int n = 1 + random.nextInt(maxPieces); n > 0; n--) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            texts.add(text.toString());
        }
        return texts;
    }
}
