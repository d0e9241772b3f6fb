package org.saferinternethub.account;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.saferinternethub.platform.AuditLog;
import org.saferinternethub.platform.AuditLog.Outcome;
import org.saferinternethub.shared.Language;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts of young people: a pseudonym and a password, no e-mail address. Instead of a reset link by mail,
 * single-use recovery codes are shown once at sign-up; one of them and the pseudonym let the member choose a
 * new password. The peer-help module decides who may join (age, pseudonym screening); this class only keeps
 * the accounts.
 * <p>
 * A member may add an e-mail address for recovery (and change or remove it), after their password: the address
 * is set on the account only when the link mailed to it is confirmed, and the usual “forgot your password” mail
 * then works for them. The address is shown to the member only, and kept out of the audit log and the session.
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
    private final AccountTokens tokens;
    private final PasswordEncoder passwords;
    private final PasswordPolicy policy;
    private final TwoFactor codes;
    private final AccountSettings settings;
    private final AccountMails mails;
    private final Links links;
    private final AuditLog auditLog;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    YouthAccounts(Accounts accounts, AccountTokens tokens, PasswordEncoder passwords, PasswordPolicy policy,
            TwoFactor codes, AccountSettings settings, AccountMails mails, Links links, AuditLog auditLog,
            Clock clock, ApplicationEventPublisher events) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.passwords = passwords;
        this.policy = policy;
        this.codes = codes;
        this.settings = settings;
        this.mails = mails;
        this.links = links;
        this.auditLog = auditLog;
        this.clock = clock;
        this.events = events;
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
     * The audit log keeps the account number only; {@link AccountDeleted} tells other modules to forget them.
     */
    @Transactional
    public void delete(long accountId) {
        accounts.findById(accountId).filter(account -> account.getPseudonym() != null).ifPresent(account -> {
            accounts.delete(account);
            events.publishEvent(new AccountDeleted(accountId));
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

    /** The path (after the language) of the page that confirms a recovery address; the peer-help module serves it. */
    public static final String CONFIRM_RECOVERY_EMAIL_PATH = "/peer-help/me/email/confirm";

    /** The young member's recovery address, to show to them alone. */
    @Transactional(readOnly = true)
    public Optional<String> recoveryEmail(long accountId) {
        return youth(accountId).map(Account::getEmail);
    }

    /**
     * Asks to add or change the recovery address: after the password, a link goes to the new address, and the
     * account keeps its old address (or none) until the link is confirmed.
     * <p>
     * When the address already belongs to an account (another one, or this one), nothing changes and the
     * address gets a short note that says so instead of a link. The caller shows the same “check your mail”
     * answer either way, and both mails are sent in the background, so the member learns nothing about whether
     * someone else uses the address; its owner, who alone reads the note, learns only that someone tried.
     * Keeping silent would hide as well, but would leave a member who typed their own address waiting for a
     * mail that never comes.
     *
     * @param language the language of the mail and of the link
     * @return false when the password is not the member's (nothing sent)
     */
    @Transactional
    public boolean requestRecoveryEmail(long accountId, String password, String address, Language language) {
        Optional<Account> found = youth(accountId).filter(account -> passwords.matches(password,
                account.getPasswordHash()));
        if (found.isEmpty()) {
            auditLog.record("account#" + accountId, "account.youth.email.request", "account#" + accountId,
                    Outcome.FAILURE, "password");
            return false;
        }
        Account account = found.get();
        String normalised = SignIn.normalise(address);
        tokens.deleteAllFor(account, AccountToken.Purpose.RECOVERY_EMAIL);
        if (accounts.findByEmail(normalised).isPresent()) {
            mails.recoveryAddressTaken(normalised, language);
            auditLog.record("account#" + accountId, "account.youth.email.request", "account#" + accountId,
                    Outcome.DENIED, "address in use");
            return true;
        }
        String token = tokens.issueRecoveryEmail(account, normalised, settings.verificationValidity(), clock);
        mails.verifyRecoveryAddress(normalised, language, links.to(language, CONFIRM_RECOVERY_EMAIL_PATH + "?token="
                + token));
        auditLog.record("account#" + accountId, "account.youth.email.request", "account#" + accountId,
                Outcome.SUCCESS, account.getEmail() == null ? "add" : "change");
        return true;
    }

    /** Whether the link can still confirm an address for this member. */
    @Transactional(readOnly = true)
    public boolean isRecoveryEmailLinkUsable(long accountId, String token) {
        return usableLink(accountId, token).isPresent();
    }

    /**
     * Confirms the address of a link the member received: it becomes the account's recovery address. A reset
     * link still on its way to a former address stops working, and the former address is told.
     *
     * @return false when the link is unknown, used, expired, another member's, or its address was taken since
     */
    @Transactional
    public boolean confirmRecoveryEmail(long accountId, String token) {
        return usableLink(accountId, token).map(link -> {
            Account account = link.getAccount();
            String previous = account.getEmail();
            link.use(clock.instant());
            account.useRecoveryEmail(java.util.Objects.requireNonNull(link.getEmail()));
            tokens.deleteAllFor(account, AccountToken.Purpose.RESET_PASSWORD);
            if (previous != null && !previous.equals(account.getEmail())) {
                mails.recoveryAddressDropped(previous, account.getPreferredLanguage());
            }
            auditLog.record("account#" + accountId, "account.youth.email.confirm", "account#" + accountId,
                    Outcome.SUCCESS, previous == null ? "added" : "changed");
            return true;
        }).orElseGet(() -> {
            auditLog.record("account#" + accountId, "account.youth.email.confirm", "account#" + accountId,
                    Outcome.FAILURE, "link not usable");
            return false;
        });
    }

    /**
     * Removes the recovery address after the password; pending links to confirm or reset go with it, and the
     * address is told.
     *
     * @return false when the password is not the member's (nothing changed)
     */
    @Transactional
    public boolean removeRecoveryEmail(long accountId, String password) {
        Optional<Account> found = youth(accountId).filter(account -> passwords.matches(password,
                account.getPasswordHash()));
        if (found.isEmpty()) {
            auditLog.record("account#" + accountId, "account.youth.email.remove", "account#" + accountId,
                    Outcome.FAILURE, "password");
            return false;
        }
        Account account = found.get();
        String previous = account.getEmail();
        account.removeEmail();
        tokens.deleteAllFor(account, AccountToken.Purpose.RECOVERY_EMAIL);
        tokens.deleteAllFor(account, AccountToken.Purpose.RESET_PASSWORD);
        if (previous != null) {
            mails.recoveryAddressDropped(previous, account.getPreferredLanguage());
        }
        auditLog.record("account#" + accountId, "account.youth.email.remove", "account#" + accountId,
                Outcome.SUCCESS, previous == null ? "none set" : null);
        return true;
    }

    private Optional<AccountToken> usableLink(long accountId, String token) {
        return tokens.findUsable(token, AccountToken.Purpose.RECOVERY_EMAIL, clock)
            .filter(link -> link.getAccount() != null && java.util.Objects.equals(link.getAccount().getId(), accountId))
            .filter(link -> link.getAccount().isEnabled() && link.getEmail() != null)
            .filter(link -> accounts.findByEmail(link.getEmail()).isEmpty());
    }

    private Optional<Account> youth(long accountId) {
        return accounts.findById(accountId).filter(Account::isEnabled)
            .filter(account -> account.getPseudonym() != null);
    }

}
