package org.saferinternethub.toolbox;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;

/** One change to a resource: who did it, what they did and which fields changed. Never updated. */
@Entity
@Table(name = "toolbox_revision")
class Revision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "resource_id", nullable = false)
    private long resourceId;

    @Column(name = "account_id")
    private @Nullable Long accountId;

    @Column(name = "actor_name", nullable = false)
    private String actorName;

    @Column(nullable = false)
    private String action;

    @Column(name = "changed_fields")
    private @Nullable String changedFields;

    private @Nullable String comment;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @SuppressWarnings("NullAway.Init")
    protected Revision() {
    }

    Revision(long resourceId, @Nullable Long accountId, String actorName, String action, @Nullable String changedFields,
            @Nullable String comment, Instant createdAt) {
        this.resourceId = resourceId;
        this.accountId = accountId;
        this.actorName = actorName.length() > 200 ? actorName.substring(0, 200) : actorName;
        this.action = action;
        this.changedFields = changedFields;
        this.comment = comment;
        this.createdAt = createdAt;
    }

    public long getResourceId() {
        return resourceId;
    }

    public @Nullable Long getAccountId() {
        return accountId;
    }

    public String getActorName() {
        return actorName;
    }

    public String getAction() {
        return action;
    }

    public @Nullable String getChangedFields() {
        return changedFields;
    }

    public @Nullable String getComment() {
        return comment;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

}
