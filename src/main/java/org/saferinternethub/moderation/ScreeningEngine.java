package org.saferinternethub.moderation;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Holds the screener in use. It is immutable and rebuilt when staff change the watched words, so that a
 * change takes effect at once, without a restart, while screenings in progress finish with the old one.
 */
@Component
class ScreeningEngine {

    private final WatchedWordRules rules;
    private final ModerationSettings settings;
    private final AtomicReference<Screener> current = new AtomicReference<>();

    ScreeningEngine(WatchedWordRules rules, ModerationSettings settings) {
        this.rules = rules;
        this.settings = settings;
    }

    Screener current() {
        Screener screener = current.get();
        if (screener == null) {
            screener = reload();
        }
        return screener;
    }

    @Transactional(readOnly = true)
    Screener reload() {
        List<WatchedWord> words = rules.findAll().stream().map(WatchedWordRule::toWord).toList();
        Screener screener = Screener.builder()
            .watchedWords(words)
            .allowedLinkDomains(new LinkedHashSet<>(settings.allowedLinkDomains()))
            .placeholder(settings.placeholder())
            .build();
        current.set(screener);
        return screener;
    }

}
