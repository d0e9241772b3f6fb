package org.saferinternethub.moderation;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Robustness of {@link Screener#screen}. Plain {@code mvn test} runs Jazzer in regression mode: the seeds in
 * {@code src/test/resources/org/saferinternethub/moderation/ScreenerFuzzTestsInputs/screenNeverFails/} (plus the
 * hand-picked hostile inputs below). {@code JAZZER_FUZZ=1 mvn test -Dtest=ScreenerFuzzTests} fuzzes for real.
 */
class ScreenerFuzzTests {
    /**
     * Per-message budget of CPU time for inputs up to 2,000 chars. The engine needs well under 1 ms; this detects
     * hangs (catastrophic backtracking, quadratic loops), which take seconds, not a slow or busy machine.
     */
    private static final long MAX_MILLIS = 200;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final int MAX_CHARS = 2_000;
    private static final TrustLevel[] TRUST = TrustLevel.values();
    private static final String[] LANGUAGES = {"nl", "fr", "de", "en", "auto"};

    @BeforeAll
    static void warmUp() {
        // JIT-compile the hot paths first, so the time bound measures the engine and not the interpreter
        for (int i = 0; i < 300; i++) {
            TestScreeners.shared().screen("bel me 0475 12 34 56 kys " + i + " k i l l free robux bit.ly/x", "auto",
                    TrustLevel.MEMBER);
        }
    }

    /** Untimed calls before timing each fuzz input: Jazzer (re)instruments classes, so early calls run cold. */
    private static final int WARM_UP_CALLS = 10;

    @FuzzTest
    void screenNeverFails(FuzzedDataProvider data) {
        TrustLevel trust = TRUST[data.consumeInt(0, TRUST.length - 1)];
        String language = LANGUAGES[data.consumeInt(0, LANGUAGES.length - 1)];
        String text = data.consumeRemainingAsString();
        if (text.length() > MAX_CHARS) {
            text = text.substring(0, MAX_CHARS);
        }
        for (int i = 0; i < WARM_UP_CALLS; i++) {
            TestScreeners.shared().screen(text, language, trust);
        }
        check(text, language, trust);
    }

    /** The same checks on inputs built to hurt regex engines and offset maps. */
    @Test
    void hostileInputs() {
        List<String> inputs = List.of(
                "a".repeat(2000), "1".repeat(2000), "0 ".repeat(1000), "k ".repeat(1000), "@".repeat(2000),
                "x@".repeat(1000), "aaaa@aaaa.".repeat(200), "straat ".repeat(280), "rue de la ".repeat(200),
                "\u200B".repeat(2000), "\uD83D\uDC80".repeat(1000), "\uD800", "\uDC00abc", "a\u0301".repeat(1000),
                "ﷺ".repeat(500), "ẞ".repeat(1500), "nul vier ".repeat(220), "be68 ".repeat(400),
                "https://".repeat(250), "snap: ".repeat(300), "my insta is ".repeat(160), "#1234".repeat(400),
                "ik wil ".repeat(280), "send me ".repeat(250), "[at]".repeat(500), " at ".repeat(500) + "dot com",
                "12.34.56-".repeat(200), "k.".repeat(1000), "$".repeat(2000), "!".repeat(2000), "\n".repeat(2000),
                "\t \r\n".repeat(500), "ǅǈǋ".repeat(600), "İ".repeat(2000), "ﬃ".repeat(2000));
        for (int round = 0; round < 2; round++) { // first round warms up each code path, the second is timed
            boolean timed = round == 1;
            for (String input : inputs) {
                for (String language : LANGUAGES) {
                    String text = input.length() > MAX_CHARS ? input.substring(0, MAX_CHARS) : input;
                    if (timed) {
                        check(text, language, TrustLevel.NEW);
                    } else {
                        TestScreeners.shared().screen(text, language, TrustLevel.NEW);
                    }
                }
            }
        }
    }

    /**
     * Screens and checks the verdict. The time bound uses this thread's CPU time, so time spent waiting for a
     * core on a busy machine does not count, and the fastest of three runs: the first run may pay for class
     * loading (Jazzer instruments classes as they load), but a real blow-up is slow every time.
     */
    private static void check(String text, String language, TrustLevel trust) {
        long best = Long.MAX_VALUE;
        Verdict verdict = null;
        for (int run = 0; run < 3; run++) {
            long start = THREADS.getCurrentThreadCpuTime();
            verdict = TestScreeners.shared().screen(text, language, trust);
            best = Math.min(best, THREADS.getCurrentThreadCpuTime() - start);
        }
        long millis = best / 1_000_000;
        assertTrue(millis < MAX_MILLIS, () -> "took " + millis + " ms for " + text.length() + " chars: "
                + text.substring(0, Math.min(40, text.length())));
        assertNotNull(verdict.decision());
        assertNotNull(verdict.redacted());
        assertEquals(verdict.decision().messageKey(), verdict.messageKey());
        for (Span span : verdict.spans()) {
            assertTrue(span.start() >= 0 && span.start() < span.end() && span.end() <= text.length(),
                    () -> "span out of bounds: " + span + " in text of length " + text.length());
        }
        for (WatchedMatch match : verdict.watched()) {
            assertTrue(match.start() >= 0 && match.start() < match.end() && match.end() <= text.length());
        }
    }
}
