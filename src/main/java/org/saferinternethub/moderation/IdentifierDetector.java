package org.saferinternethub.moderation;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * PII_IBAN and PII_NATIONAL_ID: candidates found on the digit view, reported only when their checksum holds
 * (mod-97 for IBAN, the Belgian register number rule incl. the post-2000 variant), so order numbers, scores and
 * other digit runs do not trigger.
 */
final class IdentifierDetector implements Detector {
    /** Country code + check digits; the rest is consumed by hand, skipping single separators. */
    private static final StartFilteredPattern IBAN_START = new StartFilteredPattern(
            Pattern.compile("(?<![a-z0-9])[a-z]{2}[0-9]{2}(?=[ \\-]?[a-z0-9])"), "a-z", "a-z0-9")
            .withDigitWithin(3); // the check digits follow the two letters: most words need no attempt at all
    private static final StartFilteredPattern NATIONAL_NUMBER = new StartFilteredPattern(Pattern.compile(
            "(?<![0-9])[0-9]{2}[.\\- /]?[0-9]{2}[.\\- /]?[0-9]{2}[.\\- /]{0,3}[0-9]{3}[.\\- /]?[0-9]{2}(?![0-9])"),
            "0-9", "0-9");

    @Override
    public void detect(ScreeningInput input, List<Span> found) {
        if (input.digitCount() < 11) {
            return;
        }
        MappedText view = input.digits();
        String text = view.text();
        StartFilteredPattern.Scan ibanScan = IBAN_START.scan(text);
        Matcher iban = ibanScan.matcher();
        while (ibanScan.find()) {
            findIban(view, iban.start(), found);
        }
        StartFilteredPattern.Scan nationalScan = NATIONAL_NUMBER.scan(text);
        Matcher national = nationalScan.matcher();
        while (nationalScan.find()) {
            String digits = national.group().replaceAll("[^0-9]", "");
            if (Checksums.isValidBelgianNationalNumber(digits)) {
                found.add(ScreeningInput.span(view, national.start(), national.end(), Label.PII_NATIONAL_ID, 0.95));
            }
        }
    }

    /** Tries every plausible length from {@code start}; the first that passes mod-97 wins. */
    private static void findIban(MappedText view, int start, List<Span> found) {
        String text = view.text();
        StringBuilder compact = new StringBuilder(34);
        int i = start;
        while (i < text.length() && compact.length() < 34) {
            char c = text.charAt(i);
            if (TextNormalizer.isAsciiLetterOrDigit(c)) {
                compact.append(c);
                i++;
                if (compact.length() >= 15 && (i >= text.length() || !TextNormalizer.isAsciiLetterOrDigit(text.charAt(i)))
                        && Checksums.isValidIban(compact.toString())) {
                    found.add(ScreeningInput.span(view, start, i, Label.PII_IBAN, 0.97));
                    return;
                }
            } else if ((c == ' ' || c == '-' || c == '.') && i + 1 < text.length()
                    && TextNormalizer.isAsciiLetterOrDigit(text.charAt(i + 1)) && i > start) {
                i++;
            } else {
                return;
            }
        }
    }
}
