package org.saferinternethub.account;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

import org.saferinternethub.platform.AuditLog;
import org.saferinternethub.platform.AuditLog.Outcome;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Checks a sign-in attempt: throttling, then the password. Known and unknown addresses take the same path and
 * the same time (a password hash is always checked), and get the same answer.
 */
@Service
class SignIn {

    /** The result of checking an address and password. */
    sealed interface Attempt {
    }

    record Throttled(Duration delay) implements Attempt {
    }

    record WrongCredentials() implements Attempt {
    }

    /** Right password, but the account can't be used yet (unverified) or any more (disabled). */
    record Unusable(long accountId, boolean disabled) implements Attempt {
    }

    record Passed(long accountId, boolean needsSecondFactor, boolean hasSecondFactor) implements Attempt {
    }

    private final Accounts accounts;
    private final PasswordEncoder passwords;
    private final SignInThrottle throttle;
    private final AuditLog auditLog;
    private final Clock clock;
    private final String hashOfNothing;

    SignIn(Accounts accounts, PasswordEncoder passwords, SignInThrottle throttle, AuditLog auditLog, Clock clock) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.throttle = throttle;
        this.auditLog = auditLog;
        this.clock = clock;
        this.hashOfNothing = passwords.encode("no account has this password " + System.nanoTime());
    }

    @Transactional(readOnly = true)
    Attempt check(String email, String password, String clientAddress) {
        String identifier = normalise(email);
        Optional<Duration> wait = throttle.waitBefore(clientAddress, identifier);
        if (wait.isPresent()) {
            auditLog.record(identifier, "auth.sign-in", null, Outcome.DENIED, "throttled");
            return new Throttled(wait.get());
        }
        Optional<Account> account = accounts.findBySignInName(identifier);
        boolean matches = passwords.matches(password, account.map(Account::getPasswordHash).orElse(hashOfNothing));
        if (account.isEmpty() || !matches) {
            throttle.failed(clientAddress, identifier);
            auditLog.record(identifier, "auth.sign-in", null, Outcome.FAILURE, "wrong credentials");
            return new WrongCredentials();
        }
        Account found = account.get();
        throttle.succeeded(clientAddress, identifier);
        if (!found.isEnabled() || found.awaitsVerification()) {
            auditLog.record(identifier, "auth.sign-in", "account#" + found.getId(), Outcome.DENIED,
                    found.isEnabled() ? "e-mail not verified" : "account disabled");
            return new Unusable(found.getId(), !found.isEnabled());
        }
        return new Passed(found.getId(), found.isStaff(), found.hasTwoFactor());
    }

    static String normalise(String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }

}
