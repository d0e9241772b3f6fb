package org.saferinternethub.account;

import org.saferinternethub.platform.AuditLog;
import org.saferinternethub.platform.AuditLog.Outcome;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Checks second factors and stores a newly enrolled authenticator with its recovery codes.
 */
@Service
class TwoFactorEnrolment {

    private final Accounts accounts;
    private final TwoFactor twoFactor;
    private final AuditLog auditLog;

    TwoFactorEnrolment(Accounts accounts, TwoFactor twoFactor, AuditLog auditLog) {
        this.accounts = accounts;
        this.twoFactor = twoFactor;
        this.auditLog = auditLog;
    }

    /** Checks a code from the app, or else a recovery code (which is then used up). */
    @Transactional
    boolean verify(long accountId, String code) {
        Account account = accounts.findById(accountId).orElseThrow();
        String secret = account.getTotpSecret();
        boolean valid = secret != null && twoFactor.isValidCode(secret, code);
        String how = "authenticator";
        if (!valid && code != null && !code.isBlank()) {
            valid = account.useRecoveryCode(TwoFactor.hashRecoveryCode(code));
            how = "recovery code";
        }
        if (!valid) {
            auditLog.record(String.valueOf(account.getEmail()), "auth.second-factor", "account#" + accountId,
                    Outcome.FAILURE, null);
        }
        else if ("recovery code".equals(how)) {
            auditLog.record(String.valueOf(account.getEmail()), "auth.recovery-code.used", "account#" + accountId,
                    Outcome.SUCCESS, account.getRecoveryCodesLeft() + " left");
        }
        return valid;
    }

    /** Stores the authenticator if the code proves the person has it; answers the new recovery codes. */
    @Transactional
    java.util.Optional<String[]> enrol(long accountId, String secret, String code) {
        Account account = accounts.findById(accountId).orElseThrow();
        if (!twoFactor.isValidCode(secret, code)) {
            return java.util.Optional.empty();
        }
        String[] recoveryCodes = twoFactor.newRecoveryCodes();
        account.enrolTwoFactor(secret, TwoFactor.hashes(recoveryCodes));
        auditLog.record(String.valueOf(account.getEmail()), "auth.second-factor.enrol", "account#" + accountId,
                Outcome.SUCCESS, null);
        return java.util.Optional.of(recoveryCodes);
    }

    @Transactional(readOnly = true)
    String labelFor(long accountId) {
        Account account = accounts.findById(accountId).orElseThrow();
        return account.getEmail() != null ? account.getEmail() : "account " + accountId;
    }

}
