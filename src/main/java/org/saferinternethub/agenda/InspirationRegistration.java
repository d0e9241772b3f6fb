package org.saferinternethub.agenda;

import java.time.Instant;
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
import org.saferinternethub.shared.Language;

/**
 * One person's registration for an edition's inspiration day. The person needs no account: the unguessable
 * token in the link of their mail identifies them (to see the stream links, or to cancel). The times at which
 * the confirmation and the reminder were sent are claimed before sending, so that each goes out at most once.
 */
@Entity
@Table(name = "agenda_registration")
class InspirationRegistration {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "edition_id", nullable = false)
    private long editionId;

    @Column(nullable = false)
    private String token;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private String email;

    /** The lower-cased address while not cancelled (unique per edition), null after. */
    @Column(name = "active_email")
    private @Nullable String activeEmail;

    @Enumerated(EnumType.STRING)
    @Column(name = "registrant_role", nullable = false)
    private RegistrantRole role;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Language language;

    @Column(name = "account_id")
    private @Nullable Long accountId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RegistrationStatus status;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "confirmed_at")
    private @Nullable Instant confirmedAt;

    @Column(name = "cancelled_at")
    private @Nullable Instant cancelledAt;

    /** When the person was last sent their link, to refuse a flood of mails to one address. */
    @Column(name = "mailed_at")
    private @Nullable Instant mailedAt;

    @Column(name = "confirmation_sent_at", insertable = false, updatable = false)
    private @Nullable Instant confirmationSentAt;

    @Column(name = "reminder_sent_at", insertable = false, updatable = false)
    private @Nullable Instant reminderSentAt;

    @Version
    private long version;

    @SuppressWarnings("NullAway.Init")
    protected InspirationRegistration() {
    }

    InspirationRegistration(long editionId, String token, String name, String email, RegistrantRole role,
            Language language, @Nullable Long accountId, Instant now) {
        this.editionId = editionId;
        this.token = token;
        this.name = name.strip();
        this.email = email.strip();
        this.activeEmail = key(email);
        this.role = role;
        this.language = language;
        this.accountId = accountId;
        this.status = RegistrationStatus.WAITING;
        this.createdAt = now;
        this.mailedAt = now;
    }

    /** The form of an address under which duplicates are found. */
    static String key(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }

    void confirm(Instant now) {
        status = RegistrationStatus.CONFIRMED;
        confirmedAt = now;
    }

    void cancel(Instant now) {
        status = RegistrationStatus.CANCELLED;
        cancelledAt = now;
        activeEmail = null;
    }

    void mailed(Instant now) {
        mailedAt = now;
    }

    boolean isActive() {
        return status != RegistrationStatus.CANCELLED;
    }

    public long getId() {
        return id == null ? 0 : id;
    }

    public long getEditionId() {
        return editionId;
    }

    public String getToken() {
        return token;
    }

    public String getName() {
        return name;
    }

    public String getEmail() {
        return email;
    }

    public RegistrantRole getRole() {
        return role;
    }

    public Language getLanguage() {
        return language;
    }

    public @Nullable Long getAccountId() {
        return accountId;
    }

    public RegistrationStatus getStatus() {
        return status;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public @Nullable Instant getConfirmedAt() {
        return confirmedAt;
    }

    public @Nullable Instant getCancelledAt() {
        return cancelledAt;
    }

    public @Nullable Instant getMailedAt() {
        return mailedAt;
    }

    public @Nullable Instant getConfirmationSentAt() {
        return confirmationSentAt;
    }

    public @Nullable Instant getReminderSentAt() {
        return reminderSentAt;
    }

}
