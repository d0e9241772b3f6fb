package org.saferinternethub.moderation;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Lexicon-driven labels and their context rules, through the full screener. */
class ContentDetectorTests {
    private final Screener screener = TestScreeners.shared();

    private Verdict screen(String text) {
        return screener.screen(text, "auto", TrustLevel.MEMBER);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "I don't want to be here anymore|SELF_HARM",
            "ik wil er niet meer zijn|SELF_HARM",
            "je veux en finir|SELF_HARM",
            "ich will nicht mehr leben|SELF_HARM",
            "i started cutting again|SELF_HARM",
            "i took all my pills|SELF_HARM",
            "I want to die, what should I do|SELF_HARM",
            "don't tell your parents, it's our little secret|GROOMING",
            "send me a pic of you in bed|GROOMING",
            "let's continue on snap where nobody can read it|GROOMING",
            "i'll give you robux if you send a photo|GROOMING",
            "are you home alone?|GROOMING",
            "if you don't send more i'll post your pics to everyone|GROOMING",
            "kys|HARASSMENT",
            "go kill yourself|HARASSMENT",
            "i'll kill you tomorrow|HARASSMENT",
            "you're so ugly|HARASSMENT",
            "send nudes|SEXUAL",
            "FREE ROBUX click here|SPAM",
            "check bit.ly/xyz|SPAM"})
    void labelsHarmfulMessages(String text, Label expected) {
        Verdict verdict = screen(text);
        assertTrue(verdict.labels().contains(expected), () -> text + " -> " + verdict.labels());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "ik lag dood van het lachen", "je suis mort de rire", "ich sterbe vor Lachen", "this level is killing me",
            "my cat died", "someone in my class calls me fat, what should I do?",
            "a stranger asked for my pics, I blocked him — was that right?", "kill the ender dragon first",
            "ich lach mich tot", "ma mère va me tuer mdr", "shit I forgot my homework", "kut, mijn fiets is kapot",
            "das Spiel ist so geil", "je suis crevée", "le bus est en retard", "check youtube.com/watch?v=1"})
    void leavesIdiomsAndHelpSeekingAlone(String text) {
        Verdict verdict = screen(text);
        assertEquals(Decision.PUBLISH, verdict.decision(), () -> text + " -> " + verdict.labels());
        assertTrue(verdict.labels().isEmpty());
    }

    @Test
    void catchesSpellingTricks() {
        for (String text : new String[] {"k y s", "k\u200By\u200Bs", "kyyyyys", "s e n d  n u d e s", "send n00dz",
                "ѕend nudes", "ik wil dooooood", "ik wil d00d", "i want to d i e", "KILL YOURSELF", "k1ll y0urs3lf"}) {
            assertTrue(!screen(text).labels().isEmpty(), text);
        }
    }

    @Test
    void lexiconSpansPointIntoTheOriginal() {
        String text = "lol just k i l l   y o u r s e l f";
        Verdict verdict = screen(text);
        Span span = verdict.spans().get(0);
        assertEquals(Label.HARASSMENT, span.label());
        assertEquals("k i l l   y o u r s e l f", TestScreeners.covered(text, span));
    }

    @Test
    void weakSignalsNeedCompany() {
        assertTrue(screen("how old are you?").labels().isEmpty());
        assertTrue(screen("how old are you? are you home alone?").labels().contains(Label.GROOMING));
        assertTrue(screen("how old are you? where do you live?").labels().contains(Label.GROOMING));
    }

    @Test
    void allowListedLinksAreFineOthersAreHeld() {
        assertTrue(screen("see https://www.youtube.com/watch?v=abc").labels().isEmpty());
        assertTrue(screen("see https://en.wikipedia.org/wiki/Moon").labels().isEmpty());
        assertTrue(screen("see https://free-stuff.xyz/win").labels().contains(Label.SPAM));
        assertTrue(screen("tinyurl.com/abc").labels().contains(Label.SPAM));
    }

    @Test
    void detectsLanguage() {
        assertEquals("nl", screener.detectLanguage("ik heb geen zin in school vandaag"));
        assertEquals("fr", screener.detectLanguage("je n'ai pas envie d'aller à l'école"));
        assertEquals("de", screener.detectLanguage("ich habe keine Lust auf die Schule heute"));
        assertEquals("en", screener.detectLanguage("i don't want to go to school today"));
        assertEquals("en", screener.detectLanguage("👍"), "falls back to the default");
    }

    /** Mixed-language chat ties the function-word vote: words of one language only, then the earliest, decide. */
    @Test
    void functionWordTiesGoToOwnWordsThenTheOpening() {
        assertEquals("nl", LanguageGuesser.byFunctionWords("die nieuwe skin is echt mooi"));
        assertEquals("fr", LanguageGuesser.byFunctionWords("tu es? du bist"));
        assertEquals("de", LanguageGuesser.byFunctionWords("du bist? tu es"));
        assertEquals("fr", LanguageGuesser.byFunctionWords("j'ai faim, c'est tout"));
        assertEquals(null, LanguageGuesser.byFunctionWords("pizza tonight"));
    }

    /** A country whose name squeezes onto a slur (“Niger” -> “niger”) is a proper noun, not harassment. */
    @Test
    void properNounsAreNotSlurs() {
        assertTrue(screen("We learned about Niger and Nigeria in geography").labels().isEmpty());
        assertTrue(screen("Le Niger est un pays d'Afrique de l'Ouest").labels().isEmpty());
        assertTrue(screen("you stupid nigger").labels().contains(Label.HARASSMENT));
        assertTrue(screen("NIGER go home").labels().contains(Label.HARASSMENT), "shouted, not a proper noun");
    }

    /** A link to an ordinary site is fine; shorteners, suspicious domains and bait are spam. */
    @Test
    void ordinaryLinksAreNotSpam() {
        assertTrue(screen("we did a project on https://www.nasa.gov/moon today").labels().isEmpty());
        assertTrue(screen("check out my blog at www.lisasbakery.be").labels().isEmpty());
        assertTrue(screen("de uitleg staat op www.klascement.net/wiskunde").labels().isEmpty());
        assertTrue(screen("bit.ly/3xYz").labels().contains(Label.SPAM));
        assertTrue(screen("look at prizes.xyz").labels().contains(Label.SPAM));
        assertTrue(screen("claim your free gift on www.example-shop.com").labels().contains(Label.SPAM));
        assertTrue(screen("go to free-robux-now.com").labels().contains(Label.SPAM));
    }

    /** Help-seeking calms its own sentence, not a threat elsewhere in the message. */
    @Test
    void helpSeekingDowngradesOnlyItsOwnSentence() {
        assertTrue(screen("someone in my class calls me fat, what should I do?").labels().isEmpty());
        assertTrue(screen("I will kill you. someone in my class calls me fat, what should I do?").labels()
                .contains(Label.HARASSMENT));
        assertTrue(screen("iemand in mijn klas noemt mij een dikke koe, wat moet ik doen? ik maak je dood morgen")
                .labels().contains(Label.HARASSMENT));
    }
}
