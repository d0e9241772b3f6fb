package org.saferinternethub.account;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;

/**
 * A one-time link sent by mail (or, for the first admin, to the log). Only the hash of its secret is stored.
 */
@Entity
@Table(name = "account_token")
class AccountToken {

    enum Purpose {
        VERIFY_EMAIL, RESET_PASSWORD, ADMIN_SETUP,
        /** A young member's recovery address, set on the account only when the link is confirmed. */
        RECOVERY_EMAIL
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "account_id")
    private @Nullable Account account;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Purpose purpose;

    @Column(name = "token_hash", nullable = false)
    private String tokenHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private @Nullable Instant usedAt;

    /** The address the link confirms ({@link Purpose#RECOVERY_EMAIL} only). */
    private @Nullable String email;

    @SuppressWarnings("NullAway.Init")
    protected AccountToken() {
    }

    AccountToken(@Nullable Account account, Purpose purpose, String tokenHash, Instant createdAt, Instant expiresAt) {
        this.account = account;
        this.purpose = purpose;
        this.tokenHash = tokenHash;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    AccountToken withEmail(String address) {
        email = address;
        return this;
    }

    boolean isUsable(Instant now) {
        return usedAt == null && now.isBefore(expiresAt);
    }

    void use(Instant now) {
        usedAt = now;
    }

    @Nullable Account getAccount() {
        return account;
    }

    Purpose getPurpose() {
        return purpose;
    }

    @Nullable String getEmail() {
        return email;
    }

}
