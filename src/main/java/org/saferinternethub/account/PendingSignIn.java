package org.saferinternethub.account;

import java.io.Serial;
import java.io.Serializable;

import jakarta.servlet.http.HttpSession;

import org.jspecify.annotations.Nullable;

/**
 * A staff sign-in whose password was right and whose second factor is still to come, kept in the session
 * (which is not yet signed in).
 *
 * @param accountId the account
 * @param next where to go once signed in
 * @param failures wrong codes so far
 * @param enrolmentSecret the authenticator secret being set up, for an account that has none yet
 */
record PendingSignIn(long accountId, String next, int failures, @Nullable String enrolmentSecret)
        implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    static final int MAX_FAILURES = 5;

    private static final String ATTRIBUTE = PendingSignIn.class.getName();

    static @Nullable PendingSignIn of(@Nullable HttpSession session) {
        return session != null && session.getAttribute(ATTRIBUTE) instanceof PendingSignIn pending ? pending : null;
    }

    void store(HttpSession session) {
        session.setAttribute(ATTRIBUTE, this);
    }

    static void clear(@Nullable HttpSession session) {
        if (session != null) {
            session.removeAttribute(ATTRIBUTE);
        }
    }

    PendingSignIn failedOnce() {
        return new PendingSignIn(accountId, next, failures + 1, enrolmentSecret);
    }

    PendingSignIn enrolling(String secret) {
        return new PendingSignIn(accountId, next, failures, secret);
    }

}
