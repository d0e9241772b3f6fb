package org.saferinternethub.moderation;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;

/** A watched word or pattern staff added, as stored. */
@Entity
@Table(name = "moderation_watched_word")
class WatchedWordRule {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(nullable = false)
    private String language;

    @Column(nullable = false)
    private String term;

    @Column(name = "is_regex", nullable = false)
    private boolean regex;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private WatchedAction action;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @SuppressWarnings("NullAway.Init")
    protected WatchedWordRule() {
    }

    WatchedWordRule(WatchedWord word, String createdBy, Instant createdAt) {
        this.language = word.language();
        this.term = word.term();
        this.regex = word.regex();
        this.action = word.action();
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    WatchedWord toWord() {
        return new WatchedWord(language, term, regex, action);
    }

    public @Nullable Long getId() {
        return id;
    }

    public String getLanguage() {
        return language;
    }

    public String getTerm() {
        return term;
    }

    public boolean isRegex() {
        return regex;
    }

    public WatchedAction getAction() {
        return action;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

}
