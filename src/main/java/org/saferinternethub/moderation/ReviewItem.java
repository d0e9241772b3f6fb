package org.saferinternethub.moderation;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.jspecify.annotations.Nullable;

/**
 * One thing a moderator must look at: a text the engine held or escalated, or content members reported.
 */
@Entity
@Table(name = "moderation_item")
class ReviewItem {

    enum Kind {
        SCREENING, REPORT
    }

    enum Status {
        OPEN, APPROVED, APPROVED_REDACTED, APPROVED_EDITED, REFUSED, REPORT_DISMISSED;

        boolean isOpen() {
            return this == OPEN;
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Kind kind;

    @Column(nullable = false)
    private String module;

    @Column(name = "content_type", nullable = false)
    private String contentType;

    @Column(name = "content_id", nullable = false)
    private long contentId;

    @Column(nullable = false)
    private String text;

    @Column(nullable = false)
    private String language;

    private @Nullable String labels;

    private @Nullable String spans;

    @Enumerated(EnumType.STRING)
    @Column(name = "engine_decision", nullable = false)
    private Decision engineDecision;

    @Column(nullable = false)
    private boolean urgent;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status = Status.OPEN;

    @Column(name = "author_id", nullable = false)
    private long authorId;

    @Column(name = "author_name", nullable = false)
    private String authorName;

    @Enumerated(EnumType.STRING)
    @Column(name = "author_trust", nullable = false)
    private TrustLevel authorTrust;

    private @Nullable String link;

    @Column(name = "report_count", nullable = false)
    private int reportCount;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "decided_at")
    private @Nullable Instant decidedAt;

    @Column(name = "decided_by")
    private @Nullable String decidedBy;

    @Column(name = "final_text")
    private @Nullable String finalText;

    @Column(name = "author_message")
    private @Nullable String authorMessage;

    @Version
    private long version;

    @SuppressWarnings("NullAway.Init")
    protected ReviewItem() {
    }

    ReviewItem(Kind kind, ModerationRequest request, Verdict verdict, Instant createdAt) {
        this.kind = kind;
        this.module = request.ref().module();
        this.contentType = request.ref().type();
        this.contentId = request.ref().id();
        this.text = request.text();
        this.language = verdict.language();
        this.labels = verdict.labels().isEmpty() ? null : String.join(",", verdict.labels().stream().map(Enum::name).toList());
        this.spans = encode(verdict.spans());
        this.engineDecision = verdict.decision();
        this.urgent = verdict.decision() == Decision.ESCALATE;
        this.authorId = request.authorId();
        this.authorName = request.authorName();
        this.authorTrust = request.trust();
        this.link = request.link();
        this.createdAt = createdAt;
    }

    void decide(Status outcome, @Nullable String textShown, @Nullable String messageToAuthor, String moderator, Instant at) {
        if (!status.isOpen()) {
            throw new AlreadyDecided(id);
        }
        this.status = outcome;
        this.finalText = textShown;
        this.authorMessage = messageToAuthor;
        this.decidedBy = moderator;
        this.decidedAt = at;
    }

    void escalate() {
        urgent = true;
    }

    int reported() {
        return ++reportCount;
    }

    ContentRef ref() {
        return new ContentRef(module, contentType, contentId);
    }

    /** The text split into plain and labelled parts, for highlighting. */
    public List<Segment> getSegments() {
        List<Segment> segments = new ArrayList<>();
        int at = 0;
        for (Span span : getSpanList()) {
            int start = Math.max(span.start(), at);
            int end = Math.min(span.end(), text.length());
            if (start >= end) {
                continue;
            }
            if (start > at) {
                segments.add(new Segment(text.substring(at, start), null));
            }
            segments.add(new Segment(text.substring(start, end), span.label()));
            at = end;
        }
        if (at < text.length()) {
            segments.add(new Segment(text.substring(at), null));
        }
        return segments;
    }

    /** A part of the text, labelled when a detector found something in it. */
    record Segment(String text, @Nullable Label label) {
    }

    List<Span> getSpanList() {
        if (spans == null || spans.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(spans.split(";")).map(part -> part.split(":")).filter(fields -> fields.length == 4)
            .map(fields -> new Span(Integer.parseInt(fields[0]), Integer.parseInt(fields[1]), Label.valueOf(fields[2]),
                    Double.parseDouble(fields[3])))
            .toList();
    }

    private static @Nullable String encode(List<Span> spans) {
        if (spans.isEmpty()) {
            return null;
        }
        String encoded = String.join(";", spans.stream()
            .map(span -> span.start() + ":" + span.end() + ":" + span.label() + ":"
                    + String.format(Locale.ROOT, "%.2f", span.score()))
            .toList());
        return encoded.length() <= 4000 ? encoded : encoded.substring(0, encoded.lastIndexOf(';', 4000));
    }

    public List<Label> getLabelList() {
        return labels == null ? List.of() : Arrays.stream(labels.split(",")).map(Label::valueOf).toList();
    }

    public Duration age(Instant now) {
        return Duration.between(createdAt, now);
    }

    public @Nullable Long getId() {
        return id;
    }

    public Kind getKind() {
        return kind;
    }

    public String getModule() {
        return module;
    }

    public String getText() {
        return text;
    }

    public String getLanguage() {
        return language;
    }

    public Decision getEngineDecision() {
        return engineDecision;
    }

    public boolean isUrgent() {
        return urgent;
    }

    public Status getStatus() {
        return status;
    }

    public long getAuthorId() {
        return authorId;
    }

    public String getAuthorName() {
        return authorName;
    }

    /** Whether the author deleted their account: their pseudonym is no longer kept here. */
    public boolean isAuthorGone() {
        return authorName.isEmpty();
    }

    /**
     * Forgets who wrote this, once the author's account is deleted. The text stays, as the centre's record of
     * what its moderators saw and decided, but no longer points to a person.
     */
    void forgetAuthor() {
        this.authorName = "";
    }

    public TrustLevel getAuthorTrust() {
        return authorTrust;
    }

    public @Nullable String getLink() {
        return link;
    }

    public int getReportCount() {
        return reportCount;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public @Nullable Instant getDecidedAt() {
        return decidedAt;
    }

    public @Nullable String getDecidedBy() {
        return decidedBy;
    }

    public @Nullable String getFinalText() {
        return finalText;
    }

    /** A decision was asked for an item that another moderator already decided. */
    @org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.CONFLICT)
    static class AlreadyDecided extends RuntimeException {

        AlreadyDecided(@Nullable Long id) {
            super("Item " + id + " was already decided");
        }

    }

}
