package org.saferinternethub.moderation;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TextNormalizerTests {

    private static MappedText words(String text) {
        return TextNormalizer.wordView(TextNormalizer.baseView(text));
    }

    private static MappedText digits(String text) {
        return TextNormalizer.digitView(TextNormalizer.baseView(text));
    }

    @Test
    void foldsCaseAccentsAndFullwidth() {
        assertEquals("cafe deja vu", TextNormalizer.baseView("Café DÉJÀ vu").text());
        assertEquals("kill", TextNormalizer.baseView("ｋｉｌｌ").text());
        assertEquals("strasse", TextNormalizer.baseView("Straße").text());
        assertEquals("kil", words("𝐤𝐢𝐥𝐥").text());
    }

    @Test
    void removesZeroWidthCharsAndKeepsOffsets() {
        String text = "k\u200By\u200Cs now";
        MappedText view = words(text);
        assertEquals("kys now", view.text());
        assertEquals(0, view.toOriginalStart(0));
        assertEquals(5, view.toOriginalEnd(3)); // "kys" covers k ZW y ZW s
    }

    @Test
    void mapsCyrillicAndGreekHomoglyphs() {
        assertEquals("kil", words("kіll").text()); // Cyrillic і
        assertEquals("sex", words("ѕех").text()); // Cyrillic ѕ, е, х
        assertEquals("nudes", words("nudεs").text()); // Greek epsilon
    }

    @Test
    void undoesLeetspeakInsideWordsOnly() {
        assertEquals("kil yourself", words("k1ll y0urs3lf").text());
        assertEquals("nodz", words("n00dz").text());
        assertEquals("sex", words("$ex").text());
        assertEquals("bel me 0475 12 34 56", words("bel me 0475 12 34 56").text()); // digits stay digits
        assertEquals("rom 404", words("room 404").text()); // squeezed, but the digits stay
    }

    @Test
    void joinsSpacedAndDottedLetters() {
        assertEquals("kil", words("k i l l").text());
        assertEquals("dod", words("d.o.o.d").text());
        assertEquals("send nudes", words("send n-u-d-e-s").text());
    }

    @Test
    void squeezesRepeatedLetters() {
        assertEquals("dod", words("dooooood").text());
        assertEquals("pls", words("plsssss").text());
        // a dropped apostrophe does not split a run: the letter after it is compared with the one before it
        MappedText view = words("do'o'od it'll");
        assertEquals("dod itl", view.text());
        assertEquals("o'o'o", "do'o'od it'll".substring(view.toOriginalStart(1), view.toOriginalEnd(2)));
        assertEquals("t'll", "do'o'od it'll".substring(view.toOriginalStart(5), view.toOriginalEnd(7)));
    }

    @Test
    void spacedLettersMapBackToTheWholeOriginalRange() {
        String text = "you k i l l me";
        MappedText view = words(text);
        int start = view.text().indexOf("kil");
        assertEquals("k i l l", text.substring(view.toOriginalStart(start), view.toOriginalEnd(start + 3)));
    }

    @Test
    void turnsNumberWordsIntoDigitsOnlyInRuns() {
        assertEquals("mijn nummer is 0475123456", digits("mijn nummer is nul vier zeven vijf een twee drie vier vijf zes").text());
        assertEquals("0475", digits("zéro quatre sept cinq").text());
        assertEquals("0475", digits("null vier sieben fünf").text());
        assertEquals("0475", digits("zero four seven five").text());
        assertEquals("i have one brother and two sisters", digits("I have one brother and two sisters").text());
        assertEquals("we won 3 - 2", digits("we won 3 - 2").text());
    }

    @Test
    void gluesSpacedDigits() {
        String text = "call 0 4 7 5 1 2 3 4 5 6";
        MappedText view = digits(text);
        assertEquals("call 0475123456", view.text());
        assertEquals("0 4 7 5 1 2 3 4 5 6", text.substring(view.toOriginalStart(5), view.toOriginalEnd(15)));
    }

    @Test
    void everyViewCharMapsInsideTheOriginal() {
        String text = "Ünïcödé ‍ t\u200Be\u200Dst 𝕜𝕪𝕤 ﬁle ẞ";
        for (MappedText view : new MappedText[] {words(text), digits(text)}) {
            for (int i = 0; i < view.length(); i++) {
                assertTrue(view.originalStart()[i] >= 0 && view.originalEnd()[i] <= text.length()
                        && view.originalStart()[i] < view.originalEnd()[i], "char " + i + " of " + view.text());
            }
        }
    }
}
