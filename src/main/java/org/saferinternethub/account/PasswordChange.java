package org.saferinternethub.account;

import java.util.Optional;

import org.saferinternethub.platform.AuditLog;
import org.saferinternethub.platform.AuditLog.Outcome;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A signed-in person changes their password, proving the current one first (re-authentication). Every other
 * session of the account ends.
 */
@Service
class PasswordChange {

    private final Accounts accounts;
    private final PasswordEncoder passwords;
    private final PasswordPolicy policy;
    private final AuditLog auditLog;

    PasswordChange(Accounts accounts, PasswordEncoder passwords, PasswordPolicy policy, AuditLog auditLog) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.policy = policy;
        this.auditLog = auditLog;
    }

    /** The message key of what is wrong, or empty when the password was changed. */
    @Transactional
    Optional<String> change(long accountId, String current, String proposed, String confirmation) {
        Account account = accounts.findById(accountId).orElseThrow();
        if (!passwords.matches(current, account.getPasswordHash())) {
            auditLog.record(account.getEmail() == null ? "account#" + accountId : account.getEmail(),
                    "account.password.change", "account#" + accountId, Outcome.FAILURE, "current password wrong");
            return Optional.of("account.password.current-wrong");
        }
        if (!proposed.equals(confirmation)) {
            return Optional.of("account.password.mismatch");
        }
        Optional<String> problem = policy.problemWith(proposed, account.getEmail(), account.getDisplayName());
        if (problem.isPresent()) {
            return problem;
        }
        account.changePassword(passwords.encode(proposed));
        auditLog.record(account.getEmail() == null ? "account#" + accountId : account.getEmail(),
                "account.password.change", "account#" + accountId, Outcome.SUCCESS, null);
        return Optional.empty();
    }

}
