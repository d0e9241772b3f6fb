package org.saferinternethub.moderation;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PiiDetectorTests {
    private final Screener screener = TestScreeners.shared();

    private static List<Span> run(Detector detector, String text) {
        return run(detector, text, "nl");
    }

    private static List<Span> run(Detector detector, String text, String language) {
        List<Span> spans = new ArrayList<>();
        detector.detect(ScreeningInput.of(text).withLanguage(language), spans);
        return spans;
    }

    private static String only(Detector detector, String text) {
        return only(detector, text, "nl");
    }

    private static String only(Detector detector, String text, String language) {
        List<Span> spans = run(detector, text, language);
        assertEquals(1, spans.size(), () -> "spans in '" + text + "': " + spans);
        return TestScreeners.covered(text, spans.get(0));
    }

    // ---------------------------------------------------------------- phone

    @Test
    void phoneSpansMapBackToTheOriginalText() {
        PhoneDetector phones = new PhoneDetector();
        assertEquals("0475 12 34 56", only(phones, "bel me op 0475 12 34 56 ok"));
        assertEquals("+32 470 11 22 33", only(phones, "whatsapp +32 470 11 22 33"));
        assertEquals("0 4 7 5 1 2 3 4 5 6", only(phones, "call me 0 4 7 5 1 2 3 4 5 6 pls"));
        assertEquals("nul vier zeven vijf een twee drie vier vijf zes",
                only(phones, "mijn nummer is nul vier zeven vijf een twee drie vier vijf zes"));
        assertEquals("zéro quatre sept cinq un deux trois quatre cinq six",
                only(phones, "mon numéro zéro quatre sept cinq un deux trois quatre cinq six"));
        assertEquals("null vier sieben fünf eins zwei drei vier fünf sechs",
                only(phones, "null vier sieben fünf eins zwei drei vier fünf sechs"));
        assertEquals("zero four seven five one two three four five six",
                only(phones, "zero four seven five one two three four five six"));
        assertEquals("0475\u200B123456", only(phones, "num 0475\u200B123456"));
        assertEquals("06 12 34 56 78", only(phones, "mon portable 06 12 34 56 78", "fr")); // France
        assertEquals("0151 23456789", only(phones, "Handy 0151 23456789", "de")); // Germany
        assertEquals("06 12345678", only(phones, "bel me: 06 12345678", "nl")); // Netherlands
    }

    @ParameterizedTest
    @ValueSource(strings = {"we won 3-2", "at 20:30 tomorrow", "test on 12/03/2024", "postcode 1000 Brussel",
            "room 204", "born in 2011", "I scored 95 out of 100", "1000000 robux", "score 12-10 and 8-6",
            "order 2024-11-28 at 14:05:33", "chapter 3.2.1 page 245", "I have 123456 points"})
    void numbersThatAreNotPhonesStayClean(String text) {
        for (String language : List.of("nl", "fr", "de", "en")) {
            assertTrue(run(new PhoneDetector(), text, language).isEmpty(), text);
        }
    }

    // ---------------------------------------------------------------- e-mail

    @Test
    void findsPlainAndObfuscatedEmails() {
        EmailDetector emails = new EmailDetector();
        assertEquals("jonas.devries@gmail.com", only(emails, "email me at jonas.devries@gmail.com"));
        assertEquals("lisa.peeters[at]gmail[dot]com", only(emails, "mail me at lisa.peeters[at]gmail[dot]com"));
        assertEquals("noah2010 at hotmail dot com", only(emails, "write to noah2010 at hotmail dot com"));
        assertEquals("lucas2010 arobase hotmail point fr", only(emails, "écris à lucas2010 arobase hotmail point fr"));
        assertEquals("emma_x (at) outlook (dot) com", only(emails, "contact: emma_x (at) outlook (dot) com"));
        assertEquals("jens apenstaartje hotmail punt com", only(emails, "jens apenstaartje hotmail punt com"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"meet me at school", "look at this. com on", "me at lisa.peeters house", "@everyone hi",
            "i'm at home dot dot dot"})
    void ordinaryTextIsNotAnEmail(String text) {
        assertTrue(run(new EmailDetector(), text).isEmpty(), text);
    }

    // ---------------------------------------------------------------- social

    @Test
    void findsHandlesOnOtherPlatforms() {
        SocialHandleDetector social = new SocialHandleDetector();
        assertEquals("lisa_2009", only(social, "add me on snap: lisa_2009"));
        assertEquals("noah.vdb", only(social, "my insta is noah.vdb"));
        assertEquals("shadowgamer#4821", only(social, "discord: shadowgamer#4821"));
        assertEquals("@dancequeen.13", only(social, "hmu on tiktok @dancequeen.13"));
        assertEquals("t.me/coolkid2011", only(social, "join telegram t.me/coolkid2011"));
        assertEquals("chloe_2010", only(social, "ajoute-moi sur snap : chloe_2010"));
        assertEquals("lena_2010", only(social, "adde mich auf snap: lena_2010"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"add me on snap pls", "my insta got hacked", "i love tiktok lol", "snap is down again",
            "we played discord games", "my snap streak is 300 days"})
    void platformTalkWithoutAHandleIsClean(String text) {
        assertTrue(run(new SocialHandleDetector(), text).isEmpty(), () -> text + " " + run(new SocialHandleDetector(), text));
    }

    // ---------------------------------------------------------------- address

    @Test
    void findsStreetAndNumber() {
        AddressDetector addresses = new AddressDetector();
        assertEquals("Kerkstraat 12, 9000 Gent", only(addresses, "ik woon in de Kerkstraat 12, 9000 Gent"));
        assertEquals("rue de la Loi 16", only(addresses, "j'habite rue de la Loi 16"));
        assertEquals("12 rue des Fleurs", only(addresses, "viens au 12 rue des Fleurs"));
        assertEquals("Hauptstraße 5, 10115 Berlin", only(addresses, "Hauptstraße 5, 10115 Berlin"));
        assertEquals("12 Baker Street", only(addresses, "I live at 12 Baker Street"));
        assertTrue(!run(addresses, "kom naar de Kortrijksesteenweg 101").isEmpty());
    }

    /** Belgian squares and markets are addresses too, not only straat/rue/Straße. */
    @Test
    void findsSquaresAndMarkets() {
        AddressDetector addresses = new AddressDetector();
        assertEquals("Grote Markt 1", only(addresses, "ik woon op de Grote Markt 1 in Brussel"));
        assertEquals("Vismarkt 5", only(addresses, "kom naar de Vismarkt 5"));
        assertEquals("Place Saint-Lambert 12", only(addresses, "j'habite Place Saint-Lambert 12 depuis 2019"));
        assertEquals("Marktplatz 3", only(addresses, "wir wohnen am Marktplatz 3"));
        assertEquals("Sint-Pietersplein 7", only(addresses, "afspraak aan het Sint-Pietersplein 7"));
        assertTrue(run(addresses, "ik ga naar de markt 2 keer per week").isEmpty());
        assertTrue(run(addresses, "op de markt 3 appels gekocht").isEmpty());
    }

    /** Dutch and German compound number words (“vierentwintig”, “zweiundvierzig”) are two digits each. */
    @Test
    void findsPhonesWithCompoundNumberWords() {
        PhoneDetector phones = new PhoneDetector();
        assertEquals("nul vier zeven vijf vierentwintig zesendertig twaalf",
                only(phones, "bel me op nul vier zeven vijf vierentwintig zesendertig twaalf"));
        assertEquals("null eins sieben zwei zweiundvierzig dreiundzwanzig elf null",
                only(phones, "ruf mich an null eins sieben zwei zweiundvierzig dreiundzwanzig elf null", "de"));
        assertEquals("0475 vierentwintig 36 twaalf", only(phones, "mijn gsm: 0475 vierentwintig 36 twaalf"));
        assertEquals("0475", TextNormalizer.digitView(TextNormalizer.baseView("nul vier zeven vijf")).text());
        assertEquals("ik ben vierentwintig jaar", TextNormalizer.digitView(TextNormalizer.baseView(
                "ik ben vierentwintig jaar")).text());
    }

    @ParameterizedTest
    @ValueSource(strings = {"ik ben onderweg, 5 min", "de steenweg is 5 km lang", "I live near the main road",
            "ik woon in 1000 Brussel", "we need 5 more players", "I have 2 brothers"})
    void streetWordsWithoutAnAddressAreClean(String text) {
        assertTrue(run(new AddressDetector(), text).isEmpty(), text);
    }

    // ---------------------------------------------------------------- identifiers

    @Test
    void findsChecksumValidIbanAndNationalNumbers() {
        IdentifierDetector ids = new IdentifierDetector();
        assertEquals("BE68 5390 0754 7034", only(ids, "send it to BE68 5390 0754 7034 please"));
        assertEquals("NL91ABNA0417164300", only(ids, "iban NL91ABNA0417164300"));
        assertEquals("85.07.30-033.28", only(ids, "rrn 85.07.30-033.28"));
        assertEquals("01.01.01-001.26", only(ids, "born 2001: 01.01.01-001.26"));
        assertEquals("85073003328", only(ids, "85073003328"));
        assertTrue(run(ids, "BE68 5390 0754 7035").isEmpty(), "bad IBAN checksum");
        assertTrue(run(ids, "85.07.30-033.29").isEmpty(), "bad national-number checksum");
        assertTrue(run(ids, "order 12345678901").isEmpty());
    }

    @Test
    void ibanIsNotAlsoReportedAsPhone() {
        Verdict verdict = screener.screen("my iban BE71 0961 2345 6769", "en", TrustLevel.MEMBER);
        assertEquals(Set.of(Label.PII_IBAN), verdict.labels());
    }
}
