package org.saferinternethub.moderation;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;

class WatchedWordMatcherTests {
    private static final List<String> TERMS = List.of("badword", "energy drink", "vape", "ik", "kill", "pro 100",
            "je veux", "a");

    /** Plain terms match like the regex they stand for: their words, one optional space apart, not inside a word. */
    @Test
    void plainTermsMatchLikeTheirRegex() throws IOException {
        List<String> texts = new ArrayList<>(List.of("badword", "xbadword badwords bad word",
                "energydrink energy drink", "energy  drink, énergy drïnk", "b.a.d.w.o.r.d!", "vapevape vape", "pro100 pro 1000 pro 100", "a a a"));
        for (CorpusTests.Example example : CorpusTests.load()) {
            texts.add(example.text());
        }
        for (String term : TERMS) {
            WatchedWord word = new WatchedWord("*", term, false, WatchedAction.FLAG);
            WatchedWordMatcher matcher = new WatchedWordMatcher(List.of(word));
            String normalized = TextNormalizer.normalizeTerm(term);
            Pattern regex = Pattern.compile(
                    "(?<![a-z0-9])" + Pattern.quote(normalized).replace(" ", "\\E ?\\Q") + "(?![a-z0-9])");
            for (String text : texts) {
                ScreeningInput input = ScreeningInput.of(text);
                List<String> expected = new ArrayList<>();
                Matcher m = regex.matcher(input.words().text());
                while (m.find()) {
                    expected.add(input.words().toOriginalStart(m.start()) + "-" + input.words().toOriginalEnd(m.end()));
                }
                List<String> actual = matcher.match(input, "en").stream().map(w -> w.start() + "-" + w.end()).toList();
                assertEquals(expected, actual, term + " in " + text);
            }
        }
    }

    /**
     * The literal pre-check never skips a text the regex matches: the matcher finds what the regex alone finds,
     * also with case tricks and chars that only Unicode case folding maps onto the literal (Kelvin sign, long s).
     */
    @Test
    void regexTermsMatchLikeTheRegexAlone() throws IOException {
        List<String> regexes = List.of("promo[0-9]{3}", "PROMO\\d+", "kill[0-9]", "sale?s", "ab*c", "x|promo",
                "(promo)[0-9]", "[a-z]+ing", "so\\s*cool");
        List<String> texts = new ArrayList<>(List.of("promo123", "PROMO999 and Promo12", "pRoMo4567",
                "\u212Aill1 \u212AILL2", "\u017Fale\u017F sa sales", "ac abbbc ABC", "x promo1", "prom o123",
                "so   cool SO COOL", "caf\u00E9 promo\u00E91 \uD83D\uDE00promo321", ""));
        for (CorpusTests.Example example : CorpusTests.load()) {
            texts.add(example.text());
        }
        for (String regex : regexes) {
            WatchedWord word = new WatchedWord("*", regex, true, WatchedAction.FLAG);
            WatchedWordMatcher matcher = new WatchedWordMatcher(List.of(word));
            Pattern pattern = Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
            for (String text : texts) {
                List<String> expected = new ArrayList<>();
                Matcher m = pattern.matcher(text);
                while (m.find()) {
                    if (m.end() > m.start()) {
                        expected.add(m.start() + "-" + m.end());
                    }
                }
                List<String> actual = matcher.match(ScreeningInput.of(text), "en").stream()
                        .map(w -> w.start() + "-" + w.end()).toList();
                assertEquals(expected, actual, regex + " in " + text);
            }
        }
    }

    @Test
    void requiredLiteralIsWhatEveryMatchStartsWith() {
        assertEquals("promo", WatchedWordMatcher.requiredLiteral("promo[0-9]{3}"));
        assertEquals("promo", WatchedWordMatcher.requiredLiteral("PROMO\\d"));
        assertEquals("sal", WatchedWordMatcher.requiredLiteral("sale?s"));
        assertEquals("a", WatchedWordMatcher.requiredLiteral("ab*c"));
        assertEquals("", WatchedWordMatcher.requiredLiteral("a+b"));
        assertEquals("", WatchedWordMatcher.requiredLiteral("x|promo"));
        assertEquals("", WatchedWordMatcher.requiredLiteral("(promo)[0-9]"));
    }
}
