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
}
