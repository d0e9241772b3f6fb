package org.saferinternethub.moderation;

import java.util.List;
import java.util.Set;

/** One screener per test JVM: building it loads the lexicons and language models (about a second). */
final class TestScreeners {
    static final Set<String> ALLOWED_DOMAINS = Set.of("youtube.com", "wikipedia.org", "saferinternethub.org");
    static final List<WatchedWord> WATCHED = List.of(
            new WatchedWord("*", "badword", false, WatchedAction.CENSOR),
            new WatchedWord("*", "forbiddenclub", false, WatchedAction.BLOCK),
            new WatchedWord("nl", "vape", false, WatchedAction.REQUIRE_APPROVAL),
            new WatchedWord("*", "energy drink", false, WatchedAction.FLAG),
            new WatchedWord("*", "promo[0-9]{3}", true, WatchedAction.CENSOR));

    private static final Screener SHARED = Screener.fromClasspath(WATCHED, ALLOWED_DOMAINS);

    private TestScreeners() {
    }

    static Screener shared() {
        return SHARED;
    }

    /** The text a span covers in the original message. */
    static String covered(String text, Span span) {
        return text.substring(span.start(), span.end());
    }
}
