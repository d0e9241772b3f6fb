package org.saferinternethub.account;

import java.time.Clock;
import java.util.List;

import org.saferinternethub.platform.AuditLog;
import org.saferinternethub.platform.AuditLog.Outcome;
import org.saferinternethub.shared.Language;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts of young people: a pseudonym and a password, no e-mail address. Instead of a reset link by mail,
 * single-use recovery codes are shown once at sign-up; one of them and the pseudonym let the member choose a
 * new password. The peer-help module decides who may join (age, pseudonym screening); this class only keeps
 * the accounts.
 */
@Service
public class YouthAccounts {

    /**
     * A new young member.
     *
     * @param accountId the account
     * @param recoveryCodes shown once to the member, never stored in clear
     */
    public record Registered(long accountId, List<String> recoveryCodes) {
    }

    private final Accounts accounts;
    private final PasswordEncoder passwords;
    private final PasswordPolicy policy;
    private final TwoFactor codes;
    private final AuditLog auditLog;
    private final Clock clock;

    YouthAccounts(Accounts accounts, PasswordEncoder passwords, PasswordPolicy policy, TwoFactor codes,
            AuditLog auditLog, Clock clock) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.policy = policy;
        this.codes = codes;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public boolean isTaken(String pseudonym) {
        return accounts.findByPseudonymKey(Account.pseudonymKey(pseudonym)).isPresent();
    }

    /** The message key of what is wrong with the password, if anything (the account module's rules). */
    public java.util.Optional<String> passwordProblem(String password, String pseudonym) {
        return policy.problemWith(password, pseudonym);
    }

    /** Creates the account; the caller has checked the pseudonym, the age and the password. */
    @Transactional
    public Registered register(String pseudonym, String password, Language language) {
        Account account = Account.youth(pseudonym.strip(), passwords.encode(password), language, clock.instant());
        String[] recoveryCodes = codes.newRecoveryCodes();
        account.replaceRecoveryCodes(TwoFactor.hashes(recoveryCodes));
        accounts.save(account);
        auditLog.record("account#" + account.getId(), "account.youth.sign-up", "account#" + account.getId(),
                Outcome.SUCCESS, null);
        return new Registered(account.getId(), List.of(recoveryCodes));
    }

    /** Whether the password is this young member's own: asked again before a weighty step such as deletion. */
    @Transactional(readOnly = true)
    public boolean passwordMatches(long accountId, String password) {
        return accounts.findById(accountId).filter(Account::isEnabled).filter(account -> account.getPseudonym() != null)
            .map(account -> passwords.matches(password, account.getPasswordHash())).orElse(false);
    }

    /**
     * Deletes a young member's account (their sessions end with it; notifications and recovery codes go too).
     * The audit log keeps the account number only.
     */
    @Transactional
    public void delete(long accountId) {
        accounts.findById(accountId).filter(account -> account.getPseudonym() != null).ifPresent(account -> {
            accounts.delete(account);
            auditLog.record("account#" + accountId, "account.youth.delete", "account#" + accountId, Outcome.SUCCESS,
                    null);
        });
    }

    /**
     * Sets a new password with a recovery code, which is used up. Every session of the account ends.
     *
     * @return whether the pseudonym and code matched
     */
    @Transactional
    public boolean recover(String pseudonym, String recoveryCode, String newPassword) {
        return accounts.findByPseudonymKey(Account.pseudonymKey(pseudonym))
            .filter(Account::isEnabled)
            .filter(account -> account.useRecoveryCode(TwoFactor.hashRecoveryCode(recoveryCode)))
            .map(account -> {
                account.changePassword(passwords.encode(newPassword));
                auditLog.record("account#" + account.getId(), "account.youth.recover", "account#" + account.getId(),
                        Outcome.SUCCESS, account.getRecoveryCodesLeft() + " codes left");
                return true;
            })
            .orElseGet(() -> {
                auditLog.record("anonymous", "account.youth.recover", null, Outcome.FAILURE, null);
                return false;
            });
    }

}
