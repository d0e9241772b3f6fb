package org.saferinternethub.moderation;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Decision policy, redaction, watched words and the contract of the public API. */
class ScreenerTests {
    private final Screener screener = TestScreeners.shared();

    @Test
    void decisionFollowsLabelsAndTrust() {
        assertEquals(Decision.PUBLISH, screener.screen("hello everyone", "en", TrustLevel.NEW).decision());
        assertEquals(Decision.REDACT, screener.screen("bel me 0475 12 34 56", "nl", TrustLevel.MEMBER).decision());
        assertEquals(Decision.REDACT, screener.screen("bel me 0475 12 34 56", "nl", TrustLevel.TRUSTED).decision());
        assertEquals(Decision.HOLD, screener.screen("bel me 0475 12 34 56", "nl", TrustLevel.NEW).decision());
        assertEquals(Decision.HOLD, screener.screen("Kerkstraat 12", "nl", TrustLevel.TRUSTED).decision());
        assertEquals(Decision.HOLD, screener.screen("you're so ugly", "en", TrustLevel.TRUSTED).decision());
        assertEquals(Decision.ESCALATE, screener.screen("ik wil dood, bel me 0475 12 34 56", "nl",
                TrustLevel.NEW).decision());
    }

    @Test
    void precedenceIsEscalateRefuseHoldRedactPublish() {
        WatchedWord block = new WatchedWord("*", "x", false, WatchedAction.BLOCK);
        WatchedMatch blocked = new WatchedMatch(0, 1, block);
        assertEquals(Decision.ESCALATE, DecisionPolicy.decide(Set.of(Label.SELF_HARM, Label.SPAM), List.of(blocked),
                TrustLevel.MEMBER));
        assertEquals(Decision.REFUSE, DecisionPolicy.decide(Set.of(Label.SPAM, Label.PII_PHONE), List.of(blocked),
                TrustLevel.MEMBER));
        assertEquals(Decision.HOLD, DecisionPolicy.decide(Set.of(Label.SPAM, Label.PII_PHONE), List.of(),
                TrustLevel.MEMBER));
        assertEquals(Decision.REDACT, DecisionPolicy.decide(Set.of(Label.PII_EMAIL, Label.PII_SOCIAL), List.of(),
                TrustLevel.TRUSTED));
        assertEquals(Decision.PUBLISH, DecisionPolicy.decide(Set.of(), List.of(), TrustLevel.NEW));
    }

    @Test
    void redactsContactDetailsWithThePlaceholder() {
        Verdict verdict = screener.screen("call 0475 12 34 56 or mail a.b@gmail.com, snap: lisa_09", "en",
                TrustLevel.MEMBER);
        assertEquals("call […] or mail […], snap: […]", verdict.redacted());
        assertEquals("moderation.verdict.redact", verdict.messageKey());

        Screener custom = Screener.builder().placeholder("***").build();
        assertEquals("call ***", custom.screen("call 0475 12 34 56", "en", TrustLevel.MEMBER).redacted());
    }

    @Test
    void addressIsHeldButNotRedacted() {
        Verdict verdict = screener.screen("Kerkstraat 12, 9000 Gent", "nl", TrustLevel.MEMBER);
        assertEquals("Kerkstraat 12, 9000 Gent", verdict.redacted());
        assertEquals("moderation.verdict.hold", verdict.messageKey());
    }

    @Test
    void watchedWordsApplyTheirActions() {
        Verdict censored = screener.screen("this is a b.a.d.w.0.r.d really", "en", TrustLevel.MEMBER);
        assertEquals(Decision.PUBLISH, censored.decision());
        assertEquals("this is a […] really", censored.redacted());

        assertEquals(Decision.REFUSE, screener.screen("join the forbiddenclub", "en", TrustLevel.TRUSTED).decision());
        assertEquals("moderation.verdict.refuse",
                screener.screen("join the forbiddenclub", "en", TrustLevel.TRUSTED).messageKey());

        assertEquals(Decision.HOLD, screener.screen("ik heb een vape gekocht", "nl", TrustLevel.MEMBER).decision());
        assertEquals(Decision.PUBLISH, screener.screen("I bought a vape", "en", TrustLevel.MEMBER).decision(),
                "nl-only watched word does not apply to English");

        Verdict flagged = screener.screen("I had an energy drink", "en", TrustLevel.MEMBER);
        assertEquals(Decision.PUBLISH, flagged.decision());
        assertEquals(1, flagged.watched().size());
        assertEquals("energy drink", "I had an energy drink".substring(flagged.watched().get(0).start(),
                flagged.watched().get(0).end()));

        assertEquals("use code […] now", screener.screen("use code PROMO123 now", "en", TrustLevel.MEMBER).redacted());
        assertTrue(screener.screen("I have a bad word", "en", TrustLevel.MEMBER).watched().isEmpty());
    }

    @Test
    void runawayWatchedRegexDoesNotHangScreening() {
        Screener evil = Screener.builder()
                .watchedWords(List.of(new WatchedWord("*", "(a+)+b", true, WatchedAction.BLOCK))).build();
        long start = System.nanoTime();
        Verdict verdict = evil.screen("a".repeat(5000) + "c", "en", TrustLevel.MEMBER);
        assertTrue((System.nanoTime() - start) / 1_000_000 < 2_000);
        assertEquals(Decision.PUBLISH, verdict.decision());
    }

    @Test
    void handlesNullEmptyAndUnknownLanguage() {
        assertEquals(Decision.PUBLISH, screener.screen(null, null, TrustLevel.MEMBER).decision());
        assertEquals(Decision.PUBLISH, screener.screen("", "auto", TrustLevel.MEMBER).decision());
        Verdict verdict = screener.screen("hallo", "xx", TrustLevel.MEMBER);
        assertTrue(Set.of("nl", "fr", "de", "en").contains(verdict.language()));
        assertEquals("fr", screener.screen("hallo", "FR", TrustLevel.MEMBER).language());
    }

    @Test
    void verdictCollectionsAreImmutable() {
        Verdict verdict = screener.screen("kys", "en", TrustLevel.MEMBER);
        org.junit.jupiter.api.Assertions.assertThrows(UnsupportedOperationException.class,
                () -> verdict.labels().add(Label.SPAM));
        org.junit.jupiter.api.Assertions.assertThrows(UnsupportedOperationException.class,
                () -> verdict.spans().clear());
    }

    @Test
    void isThreadSafe() throws Exception {
        String[] messages = {"kys", "bel me 0475 12 34 56", "ik lag dood", "free robux bit.ly/x", "hello"};
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> results = new java.util.ArrayList<>();
            for (int i = 0; i < 400; i++) {
                String message = messages[i % messages.length];
                results.add(pool.submit(() -> screener.screen(message, "auto", TrustLevel.MEMBER).labels().toString()));
            }
            for (int i = 0; i < results.size(); i++) {
                String expected = screener.screen(messages[i % messages.length], "auto", TrustLevel.MEMBER)
                        .labels().toString();
                assertEquals(expected, results.get(i).get());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
