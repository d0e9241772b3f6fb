package org.saferinternethub.moderation;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The co-occurrence rules of {@link CueDetector} on their own, without the lexicon. */
class CueDetectorTests {
    private static final CueDetector CUES = CueDetector.fromClasspath(CueDetectorTests.class.getClassLoader());

    private static Set<Label> labels(String text) {
        List<Span> spans = new ArrayList<>();
        CUES.detect(ScreeningInput.of(text), spans);
        Set<Label> labels = EnumSet.noneOf(Label.class);
        spans.forEach(span -> labels.add(span.label()));
        return labels;
    }

    @Test
    void burdenCountsOnlyWhenTheWriterIsTheSubject() {
        assertEquals(Set.of(Label.SELF_HARM), labels("honestly i feel like a burden to everyone"));
        assertEquals(Set.of(Label.SELF_HARM), labels("ik ben iedereen tot last"));
        assertEquals(Set.of(), labels("my friend says she feels like a burden to everyone"));
        assertEquals(Set.of(), labels("meine freundin sagt, sie fühlt sich wie eine last"));
    }

    @Test
    void selfInjurySlangNeedsTheWriterAndNotTheOrdinarySense() {
        assertEquals(Set.of(Label.SELF_HARM), labels("ritzen ist das einzige was mir hilft"));
        assertEquals(Set.of(), labels("ich ritze meinen namen in die bank"));
        assertEquals(Set.of(), labels("i cut my hair myself and it looks terrible"));
    }

    @Test
    void weakCuesNeedEachOtherAndAreSilencedByAForwardLook() {
        assertEquals(Set.of(), labels("thanks for everything"));
        assertEquals(Set.of(Label.SELF_HARM), labels("thanks for everything. goodbye"));
        assertEquals(Set.of(), labels("thanks for everything. goodbye and see you after the holidays"));
    }

    @Test
    void groomingNeedsAProbeOrSecrecyBesidesContact() {
        assertEquals(Set.of(), labels("can you send me the photos from the trip? add me on snap"));
        assertEquals(Set.of(Label.GROOMING), labels("keep it between us, add me on snap"));
    }

    @Test
    void everyCueFileLoadsAndUsesBoundedQuantifiersOnly() {
        for (String language : Lexicon.LANGUAGES) {
            assertTrue(CUES.patterns().stream().anyMatch(p -> p.language().equals(language) && p.label() != null),
                    "cues for " + language);
        }
        CUES.patterns().forEach(LexiconTests::assertBoundedQuantifiersOnly);
    }
}
