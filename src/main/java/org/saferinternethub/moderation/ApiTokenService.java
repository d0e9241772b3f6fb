package org.saferinternethub.moderation;

import java.time.Clock;

import org.saferinternethub.platform.AuditLog;
import org.saferinternethub.platform.AuditLog.Outcome;
import org.saferinternethub.platform.Secrets;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates, checks and revokes API tokens; only their SHA-256 is stored. */
@Service
class ApiTokenService {

    private final ApiTokens tokens;
    private final AuditLog auditLog;
    private final Clock clock;

    ApiTokenService(ApiTokens tokens, AuditLog auditLog, Clock clock) {
        this.tokens = tokens;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** Creates a token and answers its secret, which is shown once. */
    @Transactional
    String create(String name, String admin) {
        String secret = "shm_" + Secrets.newToken();
        ApiToken token = tokens.save(new ApiToken(name.strip(), Secrets.hash(secret), admin, clock.instant()));
        auditLog.record(admin, "moderation.api-token.create", "api-token#" + token.getId(), Outcome.SUCCESS, name);
        return secret;
    }

    @Transactional
    void revoke(long id, String admin) {
        tokens.findById(id).ifPresent(token -> {
            token.revoke(clock.instant());
            auditLog.record(admin, "moderation.api-token.revoke", "api-token#" + id, Outcome.SUCCESS, null);
        });
    }

    @Transactional(readOnly = true)
    boolean isValid(String secret) {
        return secret.length() < 200 && tokens.findByTokenHashAndRevokedAtIsNull(Secrets.hash(secret)).isPresent();
    }

}
