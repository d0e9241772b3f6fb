package org.saferinternethub.moderation;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * PII_PHONE via libphonenumber on the digit view (spelled-out and spaced digits already glued there).
 * Candidates are digit runs written like phone numbers (leading 0, “+” or “00”; not date-shaped); each is parsed
 * for Belgium first, then the home region of the message language (NL, FR, DE, GB), and kept when libphonenumber
 * says it is a valid number there. This is what {@code findNumbers(..., Leniency.VALID)} does, minus its candidate search, which is
 * slow on digit-heavy junk and too eager with years and dates in some regions.
 * A second, weaker rule catches long digit runs right after “my number”, “bel me”, ... that are not valid
 * numbers (typos, deliberate mangling) - the intent to share a number is what matters.
 */
final class PhoneDetector implements Detector {
    /** Belgium first, then the country most users writing that language call from. */
    private static final java.util.Map<String, List<String>> REGIONS_BY_LANGUAGE = java.util.Map.of(
            "nl", List.of("BE", "NL"), "fr", List.of("BE", "FR"), "de", List.of("BE", "DE"), "en", List.of("BE", "GB"));
    private static final List<String> DEFAULT_REGIONS = List.of("BE");
    private static final int MIN_DIGITS = 8;
    private static final StartFilteredPattern ANNOUNCED_NUMBER = StartFilteredPattern.atWordStart(Pattern.compile(
            "\\b(?:nummer|nr|number|num|numero|tel|telefoon|telefon|telephone|phone|gsm|portable|handy|mobile|"
                    + "whats ?app|wa|bel me|call me|text me|sms me|appelle moi|ruf mich an|ruf an)\\b"
                    + "[^0-9+]{0,20}(\\+?[0-9][0-9 .\\-/]{7,18}[0-9])"));
    /** Digits the announced-number rule needs in one run (see {@link #hasLongDigitRun}). */
    private static final int MIN_ANNOUNCED_DIGITS = 9;

    private final PhoneNumberUtil util = PhoneNumberUtil.getInstance();

    PhoneDetector() {
        // libphonenumber loads region metadata lazily from its jar; touch every region now so screen() does no I/O
        for (String region : util.getSupportedRegions()) {
            util.getExampleNumber(region);
        }
        for (int callingCode : util.getSupportedGlobalNetworkCallingCodes()) {
            util.getExampleNumberForNonGeoEntity(callingCode);
        }
    }

    /**
     * A digit run with short separators, 7..17 digits. Separators and digits are disjoint classes, so the regex is
     * linear; libphonenumber then only ever sees short candidate strings, which bounds its cost on digit-heavy junk.
     */
    private static final StartFilteredPattern CANDIDATE = new StartFilteredPattern(Pattern.compile(
            "(?<![0-9])(?:\\+|00)?[0-9](?:[ ./\\-()]{0,3}[0-9]){6,16}(?![0-9])"), "+0-9", "0-9");
    /** Messages with more candidates than this are junk or lists; the first ones are still checked. */
    private static final int MAX_CANDIDATES = 12;

    @Override
    public void detect(ScreeningInput input, List<Span> found) {
        if (input.digitCount() < MIN_DIGITS) {
            return;
        }
        MappedText view = input.digits();
        String text = view.text();
        int before = found.size();
        StartFilteredPattern.Scan scan = CANDIDATE.scan(text);
        Matcher candidate = scan.matcher();
        int candidates = 0;
        while (candidates < MAX_CANDIDATES && scan.find()) {
            if (!looksDialable(candidate.group())) {
                continue;
            }
            candidates++;
            String number = candidate.group();
            List<String> regions = input.language() == null ? DEFAULT_REGIONS
                    : REGIONS_BY_LANGUAGE.getOrDefault(input.language(), DEFAULT_REGIONS);
            if (isValidSomewhere(number, regions)) {
                int start = candidate.start();
                int end = candidate.end();
                if (!overlapsAny(found, before, view.toOriginalStart(start), view.toOriginalEnd(end))) {
                    found.add(ScreeningInput.span(view, start, end, Label.PII_PHONE, 0.95));
                }
            }
        }
        if (!hasLongDigitRun(text)) {
            return; // no run holds the digits an announced number needs, so the rule cannot add a span
        }
        StartFilteredPattern.Scan announcedScan = ANNOUNCED_NUMBER.scan(text);
        Matcher announced = announcedScan.matcher();
        while (announcedScan.find()) {
            int start = announced.start(1);
            int end = announced.end(1);
            long digits = text.substring(start, end).chars().filter(Character::isDigit).count();
            if (digits >= MIN_ANNOUNCED_DIGITS && digits <= 13
                    && !overlapsAny(found, before, view.toOriginalStart(start), view.toOriginalEnd(end))) {
                found.add(ScreeningInput.span(view, start, end, Label.PII_PHONE, 0.7));
            }
        }
    }

    /** Whether some run of digits and the separators space, dot, hyphen and slash holds {@value #MIN_ANNOUNCED_DIGITS} digits. */
    private static boolean hasLongDigitRun(String text) {
        int digits = 0;
        for (int k = 0; k < text.length(); k++) {
            char c = text.charAt(k);
            if (TextNormalizer.isAsciiDigit(c)) {
                if (++digits >= MIN_ANNOUNCED_DIGITS) {
                    return true;
                }
            } else if (c != ' ' && c != '.' && c != '-' && c != '/') {
                digits = 0;
            }
        }
        return false;
    }

    /**
     * Valid as written in Belgium or the language's home region, or as an international number (“+”, or “00”
     * which is the international prefix in all these regions). Trying fewer regions keeps libphonenumber's
     * regex cache warm and avoids far-fetched matches (short German area-code numbers).
     */
    private boolean isValidSomewhere(String number, List<String> regions) {
        boolean international = number.charAt(0) == '+';
        for (String region : regions) {
            try {
                Phonenumber.PhoneNumber parsed = util.parse(number, region);
                // the length check is a table lookup; full validation runs metadata regexes
                if (util.isPossibleNumber(parsed) && util.isValidNumber(parsed)) {
                    return true;
                }
            } catch (NumberParseException e) {
                // not a number in this region; try the next
            }
            if (international) {
                return false; // the region does not matter for "+..." numbers
            }
        }
        return false;
    }

    /**
     * Written phone numbers start with the trunk “0” or an international prefix; years, scores, counts and dates
     * do not, and would otherwise be valid local numbers in some region (e.g. “2024 1128” in Wuppertal).
     */
    private static boolean looksDialable(String candidate) {
        char first = candidate.charAt(0);
        return (first == '+' || first == '0') && !DATE_LIKE.matcher(candidate).matches();
    }

    private static final Pattern DATE_LIKE = Pattern.compile(
            "[0-9]{1,4}[./\\-][0-9]{1,2}[./\\-][0-9]{1,4}(?: [0-9]{1,2}[:.][0-9]{2})?");

    private static boolean overlapsAny(List<Span> spans, int from, int start, int end) {
        for (int k = from; k < spans.size(); k++) {
            Span s = spans.get(k);
            if (s.start() < end && start < s.end()) {
                return true;
            }
        }
        return false;
    }
}
