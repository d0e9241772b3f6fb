package org.saferinternethub.moderation;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;

class AddressDetectorTests {
    /** Pieces of street-heavy text, including the separators and “n°” forms between a street and its number. */
    private static final String[] PIECES = {"kerkstraat", "straat", "str", "steenweg", "grote", "markt", "plein",
        "sint-pieters", "berliner", "strasse", "weg", "onderweg", "halverwege", "hof", "lei", "dijk", "ring", "rue",
        "de", "la", "loi", "baker", "street", "n°", "no", "n", "nr", "bus", "bte", "/", "12", "5", "5a", "101", "1000",
        "9000", "10115", "gent", "brussel", "km", "min", "keer", "€", "%", "é", "ß", "_", "x", "a", "-", ".", ",", " ",
        " ", " ", "  ", ". ", ", ", "°", "o", "2024", "h"};

    /**
     * The three street-then-number regexes, tried only at {@link AddressDetector#streetNameStarts}, find exactly what
     * {@link Matcher#find()} finds in the whole text: the candidate starts never leave out a match.
     */
    @Test
    void streetNameStartsNeverMissAMatch() throws IOException {
        List<String> texts = new ArrayList<>(List.of("kerkstraatn12", "kerkstraat n°. 12", "kerkstraat. , n°. 12",
                "vismarkt. , no. 7", "de kerk-straat.,12",
                "foo-barstraat 5 en bazweg 7", "grote markt 1 oude markt 12", "berliner strasse 12, 10115 berlin",
                "é-straat 3", "_straat 4", "straat 5", "x".repeat(60) + "straat 1", "a " + "b".repeat(45) + "weg 2"));
        for (CorpusTests.Example example : CorpusTests.load()) {
            texts.add(ScreeningInput.of(example.text()).digits().text());
        }
        for (String text : GeneratedTexts.of(PIECES, 30_000, 14, 7)) {
            texts.add(text);
            texts.add(ScreeningInput.of(text).digits().text());
        }
        for (String text : texts) {
            MappedText view = TextNormalizer.baseView(text);
            String viewText = view.text();
            CandidateStarts starts = AddressDetector.streetNameStarts(viewText);
            for (Pattern pattern : List.of(AddressDetector.COMPOUND, AddressDetector.DE_SEPARATE,
                    AddressDetector.NL_SEPARATE)) {
                List<Span> expected = new ArrayList<>();
                Matcher m = pattern.matcher(viewText);
                while (m.find()) {
                    expected.add(ScreeningInput.span(view, m.start(), m.end(), Label.PII_ADDRESS, 0.85));
                }
                List<Span> actual = new ArrayList<>();
                AddressDetector.addAll(pattern, starts, view, actual);
                assertEquals(expected, actual, () -> pattern + " in " + viewText);
            }
        }
    }
}
