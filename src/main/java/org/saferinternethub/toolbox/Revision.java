package org.saferinternethub.toolbox;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;

/** One change to a resource: who did it, what they did, and each changed field with its old and new value. Never updated. */
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

    @ElementCollection
    @CollectionTable(name = "toolbox_revision_change", joinColumns = @JoinColumn(name = "revision_id"))
    @OrderColumn(name = "position")
    private List<Change> changes = new ArrayList<>();

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

    Revision(long resourceId, @Nullable Long accountId, String actorName, String action, List<Change> changes,
            Instant createdAt) {
        this(resourceId, accountId, actorName, action, Change.fieldNames(changes), null, createdAt);
        this.changes = new ArrayList<>(changes);
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

    public List<Change> getChanges() {
        return changes;
    }

    /**
     * One changed field: its name (as in {@code toolbox.history.field.*}), the language for texts, and the value
     * before and after, as text (lists joined with commas; empty is null).
     */
    @Embeddable
    static class Change {

        private static final int MAX = 20000;

        @Column(nullable = false)
        private String field;

        private @Nullable String language;

        @Column(name = "old_value")
        private @Nullable String oldValue;

        @Column(name = "new_value")
        private @Nullable String newValue;

        @SuppressWarnings("NullAway.Init")
        protected Change() {
        }

        Change(String field, @Nullable String language, @Nullable String oldValue, @Nullable String newValue) {
            this.field = field;
            this.language = language;
            this.oldValue = cut(oldValue);
            this.newValue = cut(newValue);
        }

        private static @Nullable String cut(@Nullable String value) {
            if (value == null || value.isEmpty()) {
                return null;
            }
            return value.length() > MAX ? value.substring(0, MAX) : value;
        }

        static @Nullable String fieldNames(List<Change> changes) {
            return changes.isEmpty() ? null
                    : String.join(", ", changes.stream().map(Change::getField).distinct().toList());
        }

        public String getField() {
            return field;
        }

        public @Nullable String getLanguage() {
            return language;
        }

        public @Nullable String getOldValue() {
            return oldValue;
        }

        public @Nullable String getNewValue() {
            return newValue;
        }

    }

}
