package org.saferinternethub.account;

import java.time.Clock;
import java.util.Optional;

import org.saferinternethub.platform.AuditLog;
import org.saferinternethub.platform.AuditLog.Outcome;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Password reset by a link sent to the account's address. A new password ends every session of the account.
 */
@Service
class PasswordReset {

    /** Whom to mail and the link's secret. */
    record Request(String email, String name, org.saferinternethub.shared.Language language, String token) {
    }

    private final Accounts accounts;
    private final AccountTokens tokens;
    private final PasswordEncoder passwords;
    private final AccountSettings settings;
    private final AuditLog auditLog;
    private final Clock clock;

    PasswordReset(Accounts accounts, AccountTokens tokens, PasswordEncoder passwords, AccountSettings settings,
            AuditLog auditLog, Clock clock) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.passwords = passwords;
        this.settings = settings;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    @Transactional
    Optional<Request> request(String email) {
        String address = SignIn.normalise(email);
        Optional<Account> account = accounts.findByEmail(address).filter(Account::isEnabled);
        auditLog.record(account.map(PasswordReset::auditName).orElse(address), "account.password-reset.request",
                account.map(a -> "account#" + a.getId()).orElse(null),
                account.isPresent() ? Outcome.SUCCESS : Outcome.FAILURE, null);
        return account.map(found -> {
            tokens.deleteAllFor(found, AccountToken.Purpose.RESET_PASSWORD);
            String token = tokens.issue(found, AccountToken.Purpose.RESET_PASSWORD, settings.resetValidity(), clock);
            return new Request(address, found.getDisplayName(), found.getPreferredLanguage(), token);
        });
    }

    /** Who the audit log names: the address, but never a young member's, who is named by account number. */
    private static String auditName(Account account) {
        return account.getPseudonym() == null ? String.valueOf(account.getEmail()) : "account#" + account.getId();
    }

    @Transactional(readOnly = true)
    boolean isUsable(String token) {
        return tokens.findUsable(token, AccountToken.Purpose.RESET_PASSWORD, clock).isPresent();
    }

    /** Sets the new password; answers the account it was for, or empty when the link no longer works. */
    @Transactional
    Optional<Account> reset(String token, String newPassword) {
        return tokens.findUsable(token, AccountToken.Purpose.RESET_PASSWORD, clock).map(found -> {
            found.use(clock.instant());
            Account account = found.getAccount();
            account.changePassword(passwords.encode(newPassword));
            // Whoever could read the mail could sign in: the address is as good as verified.
            account.verifyEmail();
            auditLog.record(auditName(account), "account.password-reset", "account#" + account.getId(),
                    Outcome.SUCCESS, null);
            return account;
        });
    }

}
