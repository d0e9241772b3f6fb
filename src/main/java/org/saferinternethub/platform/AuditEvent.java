package org.saferinternethub.platform;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;
import org.jspecify.annotations.Nullable;

/**
 * One entry of the audit log. Immutable: Hibernate never writes an update for it.
 */
@Entity
@Immutable
@Table(name = "audit_event")
class AuditEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(nullable = false)
    private String actor;

    @Column(nullable = false)
    private String action;

    private @Nullable String target;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AuditLog.Outcome outcome;

    @Column(name = "client_address")
    private @Nullable String clientAddress;

    private @Nullable String detail;

    @SuppressWarnings("NullAway.Init")
    protected AuditEvent() {
    }

    AuditEvent(Instant occurredAt, @Nullable String actor, @Nullable String action, @Nullable String target,
            AuditLog.Outcome outcome, @Nullable String clientAddress, @Nullable String detail) {
        this.occurredAt = occurredAt;
        this.actor = actor == null ? "anonymous" : actor;
        this.action = action == null ? "unknown" : action;
        this.target = target;
        this.outcome = outcome;
        this.clientAddress = clientAddress;
        this.detail = detail;
    }

    public @Nullable Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public String getAction() {
        return action;
    }

    public @Nullable String getTarget() {
        return target;
    }

    public AuditLog.Outcome getOutcome() {
        return outcome;
    }

    public @Nullable String getClientAddress() {
        return clientAddress;
    }

    public @Nullable String getDetail() {
        return detail;
    }

}
