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
    /**
     * Compound street name and number: “Kerkstraat 12”. Tried only where {@link #streetNameStarts} allows, like the
     * two separate-word forms below: as a scan, each regex was tried at every word shortly before a digit.
     */
    static final Pattern COMPOUND = Pattern.compile(
            "\\b(?:[a-z][a-z\\-]{0,40}" + STRONG_SUFFIX + "|(?!onder|half|halver|snel|weg)[a-z][a-z\\-]{2,40}"
                    + WEAK_SUFFIX + ")\\.? ?,? ?" + HOUSE_NUMBER + POSTAL_TOWN);
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
    static final Pattern DE_SEPARATE = Pattern.compile(
            "\\b[a-z][a-z\\-]{2,30} (?:strasse|str|allee|weg|platz|gasse|ring|damm)\\.? " + HOUSE_NUMBER + POSTAL_TOWN);

    /** Dutch separate-word form of squares and markets: “Grote Markt 1”, “Oude Markt 12” (the name word has 3+ letters,
     *  so “de markt 2” is not an address). */
    static final Pattern NL_SEPARATE = Pattern.compile(
            "\\b[a-z][a-z\\-]{2,30} (?:markt|plein)\\.? " + HOUSE_NUMBER + POSTAL_TOWN);

    /** Street words that stand alone (“rue”, “road”) and suffixes of compound street names (“kerkstraat”). */
    private static final java.util.Set<String> STREET_WORDS = java.util.Set.of("rue", "avenue", "av", "bd",
            "boulevard", "place", "chemin", "allee", "impasse", "quai", "route", "square", "clos", "dreve", "rempart",
            "chaussee", "street", "st", "road", "rd", "lane", "drive", "crescent", "blvd", "gardens", "terrace",
            "strasse", "str", "weg", "platz", "gasse", "ring", "damm", "markt", "plein");
    private static final TextNormalizer.WordTable STREET_WORDS_BY_LENGTH = TextNormalizer.byLength(STREET_WORDS);
    /**
     * The suffixes of {@link #STRONG_SUFFIX} and {@link #WEAK_SUFFIX}, which also hold every street word of
     * {@link #DE_SEPARATE} and {@link #NL_SEPARATE}.
     */
    private static final List<String> STREET_SUFFIXES = List.of("straat", "str", "laan", "steenweg", "dreef",
            "kaai", "gracht", "singel", "strasse", "gasse", "allee", "chaussee", "weg", "lei", "dijk", "plein", "hof",
            "platz", "pad", "damm", "ring", "berg", "veld", "markt");
    /** {@link #STREET_SUFFIXES} by last letter: a word is compared with the two or three that can end it. */
    private static final String[][] SUFFIXES_BY_LAST_LETTER = new String[26][];

    static {
        for (char last = 'a'; last <= 'z'; last++) {
            char l = last;
            SUFFIXES_BY_LAST_LETTER[last - 'a'] = STREET_SUFFIXES.stream()
                    .filter(suffix -> suffix.charAt(suffix.length() - 1) == l).toArray(String[]::new);
        }
    }

    private static final int NUMBER_REACH = 45;
    /**
     * Longest stretch from a street suffix's end to the first digit of its house number: “.”, “ ”, “,”, “ ” (see
     * {@link #COMPOUND}) and “n°. ” ({@link #HOUSE_NUMBER}).
     */
    private static final int SUFFIX_TO_NUMBER = 8;
    /** Chars that can stand between a street suffix and its house number (see {@link #SUFFIX_TO_NUMBER}). */
    private static final String SUFFIX_TO_NUMBER_CHARS = ". ,n°o";
    /**
     * Longest stretch from a match start to the end of its street suffix: 41 name chars and an 8-char suffix in
     * {@link #COMPOUND}; 31 + 1 + 7 in {@link #DE_SEPARATE}, 31 + 1 + 5 in {@link #NL_SEPARATE}.
     */
    private static final int START_TO_SUFFIX_END = 49;

    /**
     * Token scan that lets the address regexes run only on texts naming a street with a number within
     * {@value #NUMBER_REACH} chars of the word. Digits are never inside a token, so the nearest digit before a
     * token (remembered while scanning) and the nearest after it (looked up once per stretch) settle that.
     */
    private static boolean mentionsStreet(String text) {
        int n = text.length();
        int lastDigit = -1;
        int nextDigit = -1;
        int start = -1;
        for (int i = 0; i <= n; i++) {
            char c = i < n ? text.charAt(i) : ' ';
            boolean letter = TextNormalizer.isAsciiLetter(c);
            if (letter && start < 0) {
                start = i;
            } else if (!letter && start >= 0) {
                if (nextDigit < i) {
                    nextDigit = i;
                    while (nextDigit < n && !TextNormalizer.isAsciiDigit(text.charAt(nextDigit))) {
                        nextDigit++;
                    }
                }
                boolean digitNear = (lastDigit >= 0 && lastDigit >= start - NUMBER_REACH)
                        || nextDigit < Math.min(n, i + NUMBER_REACH);
                if (digitNear && isStreetWord(text, start, i)) {
                    return true;
                }
                start = -1;
            }
            if (TextNormalizer.isAsciiDigit(c)) {
                lastDigit = i;
            }
        }
        return false;
    }

    private static boolean isStreetWord(String text, int start, int end) {
        if (TextNormalizer.isToken(text, start, end, STREET_WORDS_BY_LENGTH)) {
            return true;
        }
        for (String suffix : SUFFIXES_BY_LAST_LETTER[text.charAt(end - 1) - 'a']) {
            if (end - start > suffix.length() && text.startsWith(suffix, end - suffix.length())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where a match of {@link #COMPOUND}, {@link #DE_SEPARATE} or {@link #NL_SEPARATE} can start: each holds a
     * street suffix, followed within {@value #SUFFIX_TO_NUMBER} chars of {@link #SUFFIX_TO_NUMBER_CHARS} by the first
     * digit of the house number, and starts a word at most {@value #START_TO_SUFFIX_END} chars before the suffix ends.
     * Found backwards from each digit that starts a number.
     */
    static CandidateStarts streetNameStarts(String text) {
        CandidateStarts starts = new CandidateStarts(text);
        for (int digit = 0; digit < text.length(); digit++) {
            if (!TextNormalizer.isAsciiDigit(text.charAt(digit))
                    || (digit > 0 && TextNormalizer.isAsciiDigit(text.charAt(digit - 1)))) {
                continue;
            }
            for (int end = digit; end > 0 && digit - end <= SUFFIX_TO_NUMBER; end--) {
                if (end < digit && SUFFIX_TO_NUMBER_CHARS.indexOf(text.charAt(end)) < 0) {
                    break;
                }
                char last = text.charAt(end - 1);
                if (!TextNormalizer.isAsciiLetter(last)) {
                    continue;
                }
                for (String suffix : SUFFIXES_BY_LAST_LETTER[last - 'a']) {
                    if (text.startsWith(suffix, end - suffix.length())) {
                        markWordStarts(text, Math.max(0, end - START_TO_SUFFIX_END), end - suffix.length(), starts);
                    }
                }
            }
        }
        return starts;
    }

    /** Marks the indexes from {@code from} to {@code to} (exclusive) where a {@code \\b[a-z]} can match. */
    private static void markWordStarts(String text, int from, int to, CandidateStarts starts) {
        for (int p = from; p < to; p++) {
            if (TextNormalizer.isAsciiLetter(text.charAt(p)) && (p == 0 || !isAsciiWordChar(text.charAt(p - 1)))) {
                starts.add(p);
            }
        }
    }

    private static boolean isAsciiWordChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
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
        CandidateStarts streetNameStarts = streetNameStarts(text);
        addAll(COMPOUND, streetNameStarts, view, found);
        scan(FR_NUMBER_AFTER, view, found);
        scan(NUMBER_FIRST, view, found);
        addAll(DE_SEPARATE, streetNameStarts, view, found);
        addAll(NL_SEPARATE, streetNameStarts, view, found);
    }

    private static void scan(StartFilteredPattern pattern, MappedText view, List<Span> found) {
        StartFilteredPattern.Scan scan = pattern.scan(view.text());
        while (scan.find()) {
            Matcher m = scan.matcher();
            found.add(ScreeningInput.span(view, m.start(), m.end(), Label.PII_ADDRESS, 0.85));
        }
    }

    static void addAll(Pattern pattern, CandidateStarts starts, MappedText view, List<Span> found) {
        starts.forEachMatch(pattern, view.text(),
                m -> found.add(ScreeningInput.span(view, m.start(), m.end(), Label.PII_ADDRESS, 0.85)));
    }
}
