package org.saferinternethub.account;

import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;

import org.jspecify.annotations.Nullable;
import org.saferinternethub.shared.Language;

/**
 * One person's account. Its session stamp changes whenever the sessions signed in with it must end: a new
 * password, changed roles, a disabled account, or an admin's request.
 */
@Entity
class Account {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private @Nullable String email;

    private @Nullable String pseudonym;

    @Column(name = "pseudonym_key")
    private @Nullable String pseudonymKey;

    @Column(name = "email_verified", nullable = false)
    private boolean emailVerified;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    @Enumerated(EnumType.STRING)
    @Column(name = "preferred_language", nullable = false)
    private Language preferredLanguage;

    @ManyToOne
    @JoinColumn(name = "organisation_id")
    private @Nullable Organisation organisation;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "account_id"))
    @Column(name = "role")
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "account_recovery_code", joinColumns = @JoinColumn(name = "account_id"))
    @Column(name = "code_hash")
    private Set<String> recoveryCodeHashes = new HashSet<>();

    @Column(nullable = false)
    private boolean enabled = true;

    @Column(name = "totp_secret")
    private @Nullable String totpSecret;

    @Column(name = "session_stamp", nullable = false)
    private int sessionStamp;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "last_sign_in_at")
    private @Nullable Instant lastSignInAt;

    @Version
    private long version;

    @SuppressWarnings("NullAway.Init")
    protected Account() {
    }

    Account(@Nullable String email, String passwordHash, String displayName, Language preferredLanguage, Set<Role> roles,
            Instant createdAt) {
        this.email = email;
        this.passwordHash = passwordHash;
        this.displayName = displayName;
        this.preferredLanguage = preferredLanguage;
        this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        this.createdAt = createdAt;
    }

    /** A young person's account: a pseudonym and no e-mail address. */
    static Account youth(String pseudonym, String passwordHash, Language language, Instant createdAt) {
        Account account = new Account(null, passwordHash, pseudonym, language, EnumSet.of(Role.YOUTH), createdAt);
        account.pseudonym = pseudonym;
        account.pseudonymKey = pseudonymKey(pseudonym);
        return account;
    }

    static String pseudonymKey(String pseudonym) {
        return pseudonym.strip().toLowerCase(java.util.Locale.ROOT);
    }

    /** Whether the account must confirm an e-mail address before it can be used. */
    boolean awaitsVerification() {
        return email != null && !emailVerified;
    }

    boolean isStaff() {
        return roles.stream().anyMatch(Role::isStaff);
    }

    public boolean hasTwoFactor() {
        return totpSecret != null;
    }

    void verifyEmail() {
        emailVerified = true;
    }

    /** A young member's recovery address, confirmed by its link: verified from the start. */
    void useRecoveryEmail(String address) {
        email = address;
        emailVerified = true;
    }

    void removeEmail() {
        email = null;
        emailVerified = false;
    }

    void changePassword(String newHash) {
        passwordHash = newHash;
        endSessions();
    }

    void replaceRecoveryCodes(Set<String> codeHashes) {
        recoveryCodeHashes.clear();
        recoveryCodeHashes.addAll(codeHashes);
    }

    void enrolTwoFactor(String secret, Set<String> codeHashes) {
        totpSecret = secret;
        recoveryCodeHashes.clear();
        recoveryCodeHashes.addAll(codeHashes);
    }

    /** Uses up a recovery code; answers whether it was one of the account's unused codes. */
    boolean useRecoveryCode(String codeHash) {
        return recoveryCodeHashes.remove(codeHash);
    }

    void changeRoles(Set<Role> newRoles) {
        if (!roles.equals(newRoles)) {
            roles = newRoles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(newRoles);
            endSessions();
        }
    }

    void joinOrganisation(@Nullable Organisation newOrganisation) {
        organisation = newOrganisation;
    }

    void disable() {
        enabled = false;
        endSessions();
    }

    void enable() {
        enabled = true;
    }

    void endSessions() {
        sessionStamp++;
    }

    void signedIn(Instant at) {
        lastSignInAt = at;
    }

    void rename(String newDisplayName, Language language) {
        displayName = newDisplayName;
        preferredLanguage = language;
    }

    public @Nullable Long getId() {
        return id;
    }

    public @Nullable String getEmail() {
        return email;
    }

    /** The address as staff may see it: never a young member's recovery address, which is for them alone. */
    public @Nullable String getEmailShownToStaff() {
        return pseudonym == null ? email : null;
    }

    public @Nullable String getPseudonym() {
        return pseudonym;
    }

    public boolean isEmailVerified() {
        return emailVerified;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    public String getDisplayName() {
        return displayName;
    }

    public Language getPreferredLanguage() {
        return preferredLanguage;
    }

    public @Nullable Organisation getOrganisation() {
        return organisation;
    }

    public Set<Role> getRoles() {
        return roles;
    }

    public boolean isEnabled() {
        return enabled;
    }

    @Nullable String getTotpSecret() {
        return totpSecret;
    }

    public int getRecoveryCodesLeft() {
        return recoveryCodeHashes.size();
    }

    int getSessionStamp() {
        return sessionStamp;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public @Nullable Instant getLastSignInAt() {
        return lastSignInAt;
    }

}
