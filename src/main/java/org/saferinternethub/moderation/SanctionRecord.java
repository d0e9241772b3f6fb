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

@Entity
@Table(name = "moderation_sanction")
class SanctionRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "author_id", nullable = false)
    private long authorId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Sanction.Kind kind;

    @Column(name = "until_at")
    private @Nullable Instant until;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @SuppressWarnings("NullAway.Init")
    protected SanctionRecord() {
    }

    SanctionRecord(Sanction sanction, String createdBy, Instant createdAt) {
        this.authorId = sanction.authorId();
        this.kind = sanction.kind();
        this.until = sanction.until();
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    Sanction toSanction() {
        return new Sanction(authorId, kind, until);
    }

    boolean isActive(Instant now) {
        return kind != Sanction.Kind.WARNING && (until == null || until.isAfter(now));
    }

}
