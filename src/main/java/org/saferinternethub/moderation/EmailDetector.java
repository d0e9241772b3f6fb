package org.saferinternethub.moderation;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * PII_EMAIL on the digit view, including obfuscated separators: “[at]”, “(at)”, “ arobase ”, “ at ... dot ”,
 * “apenstaartje”, “punt”, “point”, “punkt”. The spelled-out forms need a spelled-out or real dot and a TLD,
 * so “meet me at school” never matches. All quantifiers are bounded and the parts cannot overlap.
 */
final class EmailDetector implements Detector {
    private static final String LOCAL = "[a-z0-9][a-z0-9._%+\\-]{0,63}";
    private static final String WRITTEN_AT = "(?:@| @ |\\s?[\\[({<]\\s?(?:at|@|arobase|apenstaartje|ät)\\s?[\\])}>]\\s?)";
    private static final String LABEL = "[a-z0-9](?:[a-z0-9\\-]{0,61}[a-z0-9])?";
    private static final String DOT = "(?:\\.| \\. |\\s?[\\[({<]\\s?(?:dot|punt|point|punkt|\\.)\\s?[\\])}>]\\s?"
            + "|\\s(?:dot|punt|point|punkt)\\s)";
    /**
     * Spelled-out “ at ” needs a spelled-out dot or a well-known TLD, otherwise “me at lisa.peeters” would match;
     * “my blog at www.x.be” is a web site, not an address.
     */
    private static final String SPOKEN_AT = "\\s(?:at|arobase|apenstaartje|klammeraffe|chez)\\s";
    private static final String SPOKEN_DOT = "(?:\\s?[\\[({<]\\s?(?:dot|punt|point|punkt|\\.)\\s?[\\])}>]\\s?"
            + "|\\s(?:dot|punt|point|punkt)\\s)";
    private static final String KNOWN_TLD = "(?:com|net|org|be|nl|fr|de|eu|io|me|co|uk|lu|ch|at|info|live|edu)";
    /** Tried only at {@link #localPartStarts}: as a scan it backtracked through every word of a text with a “.”. */
    static final Pattern EMAIL = Pattern.compile(
            "(?<![a-z0-9._%+\\-])" + LOCAL + "(?:" + WRITTEN_AT + LABEL + "(?:" + DOT + LABEL + "){0,3}" + DOT
                    + "[a-z]{2,12}" + "|" + SPOKEN_AT + "(?!www\\.)" + LABEL
                    + "(?:(?:" + DOT + LABEL + "){0,3}" + SPOKEN_DOT + "[a-z]{2,12}"
                    + "|(?:\\." + LABEL + "){0,3}\\." + KNOWN_TLD + "))\\b(?<!dot|punt|point|punkt)");
    /** The words of {@link #SPOKEN_AT}. */
    private static final String[] SPOKEN_AT_WORDS = {"at", "arobase", "apenstaartje", "klammeraffe", "chez"};
    /** Longest local part, as in {@link #LOCAL}. */
    private static final int MAX_LOCAL = 64;


    @Override
    public void detect(ScreeningInput input, List<Span> found) {
        MappedText view = input.digits();
        String text = view.text();
        if (!mayContainEmail(text)) {
            return;
        }
        localPartStarts(text).forEachMatch(EMAIL, text, matcher -> found.add(ScreeningInput.span(view,
                matcher.start(), matcher.end(), Label.PII_EMAIL,
                text.charAt(matcher.start() + indexOfAt(text, matcher.start(), matcher.end())) == '@' ? 0.99 : 0.85)));
    }

    /**
     * Where a match of {@link #EMAIL} can start. The local part runs up to the written or spoken “at”, which starts
     * with a “@”, a bracket of {@link #WRITTEN_AT} or a space (before a “@” or bracket, or the one of
     * {@link #SPOKEN_AT}); and the look-behind puts its start at the beginning of the run of local-part chars
     * that ends there. So each such “at” gives at most two candidates, found backwards from it.
     */
    static CandidateStarts localPartStarts(String text) {
        CandidateStarts starts = new CandidateStarts(text);
        for (int at = 0; at < text.length(); at++) {
            char c = text.charAt(at);
            if (c == '@' || c == '[' || c == '(' || c == '{' || c == '<') {
                addLocalPartStart(text, at - 1, starts); // the written “at” may open with a space
                addLocalPartStart(text, at, starts);
            } else if (isRegexSpace(c) && startsSpokenAt(text, at + 1)) {
                addLocalPartStart(text, at, starts);
            }
        }
        return starts;
    }

    /** Adds the start of the run of local-part chars that ends at {@code end} (exclusive), if it is short enough. */
    private static void addLocalPartStart(String text, int end, CandidateStarts starts) {
        int start = end;
        while (start > 0 && end - start <= MAX_LOCAL && isLocalPartChar(text.charAt(start - 1))) {
            start--;
        }
        if (start < end && end - start <= MAX_LOCAL) {
            starts.add(start);
        }
    }

    private static boolean startsSpokenAt(String text, int from) {
        for (String word : SPOKEN_AT_WORDS) {
            if (text.startsWith(word, from)) {
                return true;
            }
        }
        return false;
    }

    /** The chars of {@link #LOCAL} and of the look-behind before it. */
    private static boolean isLocalPartChar(char c) {
        return TextNormalizer.isAsciiLetterOrDigit(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-';
    }

    /** What {@code \\s} matches without Unicode flags. */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }

    private static int indexOfAt(String text, int start, int end) {
        int at = text.indexOf('@', start);
        return at >= 0 && at < end ? at - start : 0;
    }

    /** Cheap pre-check so the regex only runs on the few messages that could hold an address. */
    private static boolean mayContainEmail(String text) {
        if (text.indexOf('@') >= 0 || text.contains("arobase") || text.contains("apenstaartje")
                || text.contains("klammeraffe") || text.contains("at]") || text.contains("at)")
                || text.contains("at}") || text.contains("at>")) {
            return true;
        }
        return (text.contains(" at ") || text.contains(" chez "))
                && (text.contains(" dot ") || text.contains(" punt ") || text.contains(" point ")
                || text.contains(" punkt ") || text.contains("dot)") || text.contains("dot]") || text.contains("."));
    }
}
