package org.saferinternethub.account;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

import org.jspecify.annotations.Nullable;

/**
 * One thing the platform told a person in the app. The text is a message key with arguments, so that it is
 * shown in the language the person reads the site in.
 */
@Entity
class Notification {

    /** Separates arguments in one column; a control character nobody types. */
    private static final String SEPARATOR = "\u001F";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Column(name = "message_key", nullable = false)
    private String messageKey;

    private @Nullable String arguments;

    private @Nullable String link;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "read_at")
    private @Nullable Instant readAt;

    @SuppressWarnings("NullAway.Init")
    protected Notification() {
    }

    Notification(long accountId, String messageKey, List<String> arguments, @Nullable String link, Instant createdAt) {
        this.accountId = accountId;
        this.messageKey = messageKey;
        this.arguments = arguments.isEmpty() ? null : String.join(SEPARATOR, arguments);
        this.link = link;
        this.createdAt = createdAt;
    }

    void markRead(Instant at) {
        if (readAt == null) {
            readAt = at;
        }
    }

    public @Nullable Long getId() {
        return id;
    }

    public String getMessageKey() {
        return messageKey;
    }

    public Object[] getArguments() {
        return arguments == null ? new Object[0] : Arrays.stream(arguments.split(SEPARATOR)).toArray();
    }

    public @Nullable String getLink() {
        return link;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public boolean isRead() {
        return readAt != null;
    }

}
