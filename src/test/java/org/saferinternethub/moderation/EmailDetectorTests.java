package org.saferinternethub.moderation;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

import static org.junit.jupiter.api.Assertions.assertEquals;

class EmailDetectorTests {
    /** Pieces of address-heavy text: every written and spoken “at” and “dot”, local-part chars, other brackets. */
    private static final String[] PIECES = {"lisa", "peeters", "noah2010", "emma_x", "a", "x", ".", "_", "%", "+", "-",
        "@", " @ ", "[at]", "(at)", "{at}", "<at>", "[ at ]", "(@)", "[", "(", " (", " [at] ", " at ", " arobase ",
        " apenstaartje ", " klammeraffe ", " chez ", "at", "gmail", "hotmail", "telenet", "www.", "dot", "[dot]",
        "(dot)", " dot ", " punt ", " point ", " punkt ", "com", "be", "fr", "info", " ", " ", "\t", "\n", "é", "!",
        "1234567890", "abcdefghijklmnopqrstuvwxyz"};

    /**
     * The e-mail regex, tried only at {@link EmailDetector#localPartStarts}, finds exactly what {@link Matcher#find()}
     * finds in the whole text: the candidate starts never leave out a match.
     */
    @Test
    void localPartStartsNeverMissAMatch() throws IOException {
        List<String> texts = new ArrayList<>(List.of("jonas.devries@gmail.com", "lisa.peeters[at]gmail[dot]com",
                "noah2010 at hotmail dot com", "emma_x (at) outlook (dot) com", "x\t@\tgmail.com",
                "a".repeat(64) + "@x.be", "a".repeat(65) + "@x.be", "b " + "a".repeat(64) + " at x dot com",
                "noah2010\tat hotmail dot com", "noah2010\tapenstaartje x\tpunt be"));
        for (CorpusTests.Example example : CorpusTests.load()) {
            texts.add(ScreeningInput.of(example.text()).digits().text());
        }
        texts.addAll(GeneratedTexts.of(PIECES, 30_000, 12, 11));
        for (String text : texts) {
            List<String> expected = new ArrayList<>();
            Matcher m = EmailDetector.EMAIL.matcher(text);
            while (m.find()) {
                expected.add(m.start() + "-" + m.end());
            }
            List<String> actual = new ArrayList<>();
            EmailDetector.localPartStarts(text).forEachMatch(EmailDetector.EMAIL, text,
                    match -> actual.add(match.start() + "-" + match.end()));
            assertEquals(expected, actual, () -> "in " + text);
        }
    }
}
