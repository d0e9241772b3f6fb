package org.saferinternethub.account;

import java.time.Clock;
import java.util.EnumSet;
import java.util.Optional;

import org.saferinternethub.platform.AuditLog;
import org.saferinternethub.platform.AuditLog.Outcome;
import org.saferinternethub.shared.Language;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sign-up of adults with an e-mail address and its verification.
 */
@Service
class Registration {

    /** What the caller must mail: a verification link for a new account, or a note to an existing one. */
    sealed interface Result {
    }

    record NewAccount(long accountId, String verificationToken) implements Result {
    }

    record AddressTaken(Language language) implements Result {
    }

    private final Accounts accounts;
    private final AccountTokens tokens;
    private final PasswordEncoder passwords;
    private final AccountSettings settings;
    private final AuditLog auditLog;
    private final Clock clock;

    Registration(Accounts accounts, AccountTokens tokens, PasswordEncoder passwords, AccountSettings settings,
            AuditLog auditLog, Clock clock) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.passwords = passwords;
        this.settings = settings;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    @Transactional
    Result signUp(String email, String password, String displayName, Language language) {
        String address = SignIn.normalise(email);
        // Hash first, whatever happens next, so that both answers take the same time.
        String hash = passwords.encode(password);
        Optional<Account> existing = accounts.findByEmail(address);
        if (existing.isPresent()) {
            auditLog.record(address, "account.sign-up", "account#" + existing.get().getId(), Outcome.DENIED,
                    "address already registered");
            return new AddressTaken(existing.get().getPreferredLanguage());
        }
        Account account = accounts.save(new Account(address, hash, displayName.strip(), language,
                EnumSet.of(Role.MEMBER), clock.instant()));
        String token = tokens.issue(account, AccountToken.Purpose.VERIFY_EMAIL, settings.verificationValidity(), clock);
        auditLog.record(address, "account.sign-up", "account#" + account.getId(), Outcome.SUCCESS, null);
        return new NewAccount(account.getId(), token);
    }

    /** Whether the link is one that can still verify an address. */
    @Transactional(readOnly = true)
    boolean isUsable(String token) {
        return tokens.findUsable(token, AccountToken.Purpose.VERIFY_EMAIL, clock).isPresent();
    }

    @Transactional
    boolean verify(String token) {
        return tokens.findUsable(token, AccountToken.Purpose.VERIFY_EMAIL, clock).map(found -> {
            found.use(clock.instant());
            Account account = found.getAccount();
            account.verifyEmail();
            auditLog.record(String.valueOf(account.getEmail()), "account.verify-email", "account#" + account.getId(),
                    Outcome.SUCCESS, null);
            return true;
        }).orElse(false);
    }

    /** A new verification link for an account whose owner proved the password but never verified. */
    @Transactional
    Optional<String> reissueVerification(long accountId) {
        return accounts.findById(accountId).filter(account -> !account.isEmailVerified()).map(account -> {
            tokens.deleteAllFor(account, AccountToken.Purpose.VERIFY_EMAIL);
            return tokens.issue(account, AccountToken.Purpose.VERIFY_EMAIL, settings.verificationValidity(), clock);
        });
    }

}
