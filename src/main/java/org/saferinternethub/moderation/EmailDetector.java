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
    private static final StartFilteredPattern EMAIL = new StartFilteredPattern(Pattern.compile(
            "(?<![a-z0-9._%+\\-])" + LOCAL + "(?:" + WRITTEN_AT + LABEL + "(?:" + DOT + LABEL + "){0,3}" + DOT
                    + "[a-z]{2,12}" + "|" + SPOKEN_AT + "(?!www\\.)" + LABEL
                    + "(?:(?:" + DOT + LABEL + "){0,3}" + SPOKEN_DOT + "[a-z]{2,12}"
                    + "|(?:\\." + LABEL + "){0,3}\\." + KNOWN_TLD + "))\\b(?<!dot|punt|point|punkt)"),
            "a-z0-9", "a-z0-9._%+-");


    @Override
    public void detect(ScreeningInput input, List<Span> found) {
        MappedText view = input.digits();
        String text = view.text();
        if (!mayContainEmail(text)) {
            return;
        }
        StartFilteredPattern.Scan scan = EMAIL.scan(text);
        Matcher matcher = scan.matcher();
        while (scan.find()) {
            found.add(ScreeningInput.span(view, matcher.start(), matcher.end(), Label.PII_EMAIL,
                    text.charAt(matcher.start() + indexOfAt(text, matcher.start(), matcher.end())) == '@'
                            ? 0.99 : 0.85));
        }
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
