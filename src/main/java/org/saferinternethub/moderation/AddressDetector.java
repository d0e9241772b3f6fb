package org.saferinternethub.moderation;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * PII_ADDRESS: a street name with a house number, in the word orders used in nl/fr/de/en
 * (“Kerkstraat 12”, “Hauptstrasse 5a”, “rue de la Loi 16”, “16 rue de la Loi”, “12 Baker Street”),
 * optionally followed by a postal code and town. A street word without a number (“we live near the main road”)
 * or a postal code alone (“1000 Brussel”) is not an address. Runs only on texts that contain a digit.
 */
final class AddressDetector implements Detector {
    /** Number not followed by a unit: “steenweg 5 km verder” is a distance, not a house. */
    private static final String HOUSE_NUMBER = "(?:n[°o]?\\.? ?)?\\d{1,4}(?: ?[a-z](?![a-z]))?(?! ?(?:km|m\\b|min|"
            + "minuten|minutes|minuten|keer|fois|mal|times|uur|h\\b|heures|stunden|hours|x\\b|euro|eur|€|%|jaar|ans|"
            + "jahre|years|kg))(?:(?: ?(?:bus|bte|boite|/) ?\\d{1,4}))?";
    private static final String POSTAL_TOWN = "(?:,? ?\\d{4,5} [a-z][a-z\\-]{1,30})?";
    /** Street suffixes that are safe even with a short or no prefix (“straat 12” after a name on the line). */
    private static final String STRONG_SUFFIX = "(?:straat|str|laan|steenweg|dreef|kaai|gracht|singel|strasse|"
            + "gasse|allee|chaussee)";
    /** Suffixes that are also ordinary words (“weg” = away, “plein” = full): need a real street-name prefix. */
    private static final String WEAK_SUFFIX = "(?:weg|lei|dijk|plein|hof|platz|pad|damm|ring|berg|veld|markt)";
    private static final StartFilteredPattern COMPOUND = new StartFilteredPattern(Pattern.compile(
            "\\b(?:[a-z][a-z\\-]{0,40}" + STRONG_SUFFIX + "|(?!onder|half|halver|snel|weg)[a-z][a-z\\-]{2,40}"
                    + WEAK_SUFFIX + ")\\.? ?,? ?" + HOUSE_NUMBER + POSTAL_TOWN), "a-z", "a-zA-Z0-9_")
            .withDigitWithin(64); // 41 name chars + 8 suffix + 4 separators + 4 for “n°. ” = 57 before the number
    private static final String FR_STREET = "(?:rue|avenue|av|chaussee|boulevard|bd|place|chemin|allee|impasse|quai|"
            + "route|square|clos|dreve|rempart|drève)";
    /** Belgian French order: “rue de la Loi 16” (at most five name words, each followed by one space). */
    private static final StartFilteredPattern FR_NUMBER_AFTER = StartFilteredPattern.atWordStart(Pattern.compile(
            "\\b" + FR_STREET + "\\.? (?:[a-z][a-z'\\-]{0,24},? ){1,5}" + HOUSE_NUMBER + POSTAL_TOWN))
            .withDigitWithin(160); // 9 + 2 + 5 * 27 + 4 = 150 chars before the number
    /** French/English order: “16 rue de la Loi”, “12 Baker Street”. */
    private static final StartFilteredPattern NUMBER_FIRST = new StartFilteredPattern(Pattern.compile(
            "(?<![\\d:/.,\\-])\\d{1,4}(?: ?(?:bis|ter|[a-z](?![a-z])))?,? (?:" + FR_STREET
                    + " [a-z][a-z'\\-]{1,24}(?: [a-z][a-z'\\-]{1,24}){0,3}"
                    + "|(?:[a-z][a-z'\\-]{1,24} ){1,3}(?:street|st|road|rd|avenue|ave|lane|drive|crescent|boulevard|"
                    + "blvd|gardens|terrace)\\b)" + POSTAL_TOWN), "0-9", "0-9:/.,-");
    /** German separate-word form: “Berliner Strasse 12”, “Am Markt 3” is too ambiguous and left out. */
    private static final StartFilteredPattern DE_SEPARATE = StartFilteredPattern.atWordStart(Pattern.compile(
            "\\b[a-z][a-z\\-]{2,30} (?:strasse|str|allee|weg|platz|gasse|ring|damm)\\.? " + HOUSE_NUMBER + POSTAL_TOWN))
            .withDigitWithin(64); // 31 + 1 + 7 + 2 + 4 = 45 chars before the number

    /** Dutch separate-word form of squares and markets: “Grote Markt 1”, “Oude Markt 12” (the name word has 3+ letters,
     *  so “de markt 2” is not an address). */
    private static final StartFilteredPattern NL_SEPARATE = StartFilteredPattern.atWordStart(Pattern.compile(
            "\\b[a-z][a-z\\-]{2,30} (?:markt|plein)\\.? " + HOUSE_NUMBER + POSTAL_TOWN))
            .withDigitWithin(64); // 31 + 1 + 5 + 2 + 4 = 43 chars before the number

    private static final List<StartFilteredPattern> PATTERNS =
            List.of(COMPOUND, FR_NUMBER_AFTER, NUMBER_FIRST, DE_SEPARATE, NL_SEPARATE);

    /** Street words that stand alone (“rue”, “road”) and suffixes of compound street names (“kerkstraat”). */
    private static final java.util.Set<String> STREET_WORDS = java.util.Set.of("rue", "avenue", "av", "bd",
            "boulevard", "place", "chemin", "allee", "impasse", "quai", "route", "square", "clos", "dreve", "rempart",
            "chaussee", "street", "st", "road", "rd", "lane", "drive", "crescent", "blvd", "gardens", "terrace",
            "strasse", "str", "weg", "platz", "gasse", "ring", "damm", "markt", "plein");
    private static final TextNormalizer.WordTable STREET_WORDS_BY_LENGTH = TextNormalizer.byLength(STREET_WORDS);
    private static final List<String> STREET_SUFFIXES = List.of("straat", "str", "laan", "steenweg", "dreef",
            "kaai", "gracht", "singel", "strasse", "gasse", "allee", "chaussee", "weg", "lei", "dijk", "plein", "hof",
            "platz", "pad", "damm", "ring", "berg", "veld", "markt");

    /**
     * Every address form has its house number within a few words of the street word; {@code digitsBefore[k]} counts
     * the digits of the first k chars of the text, so the test costs two lookups instead of a scan of the surroundings.
     */
    private static boolean digitNear(int[] digitsBefore, int tokenStart, int tokenEnd) {
        int from = Math.max(0, tokenStart - NUMBER_REACH);
        int to = Math.min(digitsBefore.length - 1, tokenEnd + NUMBER_REACH);
        return digitsBefore[to] > digitsBefore[from];
    }

    private static int[] digitsBefore(String text) {
        int[] counts = new int[text.length() + 1];
        for (int k = 0; k < text.length(); k++) {
            counts[k + 1] = counts[k] + (TextNormalizer.isAsciiDigit(text.charAt(k)) ? 1 : 0);
        }
        return counts;
    }

    private static final int NUMBER_REACH = 45;

    /** Token scan that lets the address regexes run only on texts naming a street with a number nearby. */
    private static boolean mentionsStreet(String text) {
        int[] digitsBefore = digitsBefore(text);
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            boolean letter = i < text.length() && TextNormalizer.isAsciiLetter(text.charAt(i));
            if (letter && start < 0) {
                start = i;
            } else if (!letter && start >= 0) {
                if (digitNear(digitsBefore, start, i) && isStreetWord(text, start, i)) {
                    return true;
                }
                start = -1;
            }
        }
        return false;
    }

    private static boolean isStreetWord(String text, int start, int end) {
        if (TextNormalizer.isToken(text, start, end, STREET_WORDS_BY_LENGTH)) {
            return true;
        }
        for (String suffix : STREET_SUFFIXES) {
            if (end - start > suffix.length() && text.startsWith(suffix, end - suffix.length())) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void detect(ScreeningInput input, List<Span> found) {
        if (input.digitCount() == 0) {
            return;
        }
        MappedText view = input.digits();
        String text = view.text();
        if (!mentionsStreet(text)) {
            return;
        }
        for (StartFilteredPattern pattern : PATTERNS) {
            StartFilteredPattern.Scan scan = pattern.scan(text);
            while (scan.find()) {
                Matcher m = scan.matcher();
                found.add(ScreeningInput.span(view, m.start(), m.end(), Label.PII_ADDRESS, 0.85));
            }
        }
    }
}
