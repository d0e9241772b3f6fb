package org.saferinternethub.moderation;

/**
 * The views of one message that detectors share, computed once per {@code screen} call.
 *
 * @param original the text as written
 * @param digits   digit-preserving view: number words as digits, no leetspeak (phones, IBAN, e-mail, links...)
 * @param words    fully normalised view for lexicon matching
 * @param language nl|fr|de|en once resolved (null before), used e.g. to pick the phone-number home region
 * @param digitCount ASCII digits in the digit view, counted once: three detectors skip digit-free texts
 */
record ScreeningInput(String original, MappedText digits, MappedText words, String language, int digitCount) {

    static ScreeningInput of(String original) {
        MappedText base = TextNormalizer.baseView(original);
        MappedText digits = TextNormalizer.digitView(base);
        return new ScreeningInput(original, digits, TextNormalizer.wordView(base), null, countDigits(digits.text()));
    }

    ScreeningInput withLanguage(String resolvedLanguage) {
        return new ScreeningInput(original, digits, words, resolvedLanguage, digitCount);
    }

    /** A span of the original text for the view range from start to end (exclusive) of {@code view}. */
    static Span span(MappedText view, int start, int end, Label label, double score) {
        return new Span(view.toOriginalStart(start), view.toOriginalEnd(end), label, score);
    }

    private static int countDigits(String text) {
        int count = 0;
        for (int k = 0; k < text.length(); k++) {
            if (TextNormalizer.isAsciiDigit(text.charAt(k))) {
                count++;
            }
        }
        return count;
    }
}
