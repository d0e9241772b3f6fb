package org.saferinternethub.account;

import java.time.Clock;
import java.util.EnumSet;

import org.saferinternethub.platform.AuditLog;
import org.saferinternethub.platform.AuditLog.Outcome;
import org.saferinternethub.platform.HubSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Makes sure an installation can be administered, without any default password: when no admin exists, one is
 * created from {@code HUB_ADMIN_EMAIL} and {@code HUB_ADMIN_PASSWORD}, or else a one-time set-up link is
 * written to the log. The admin enrols two-factor sign-in at the first sign-in.
 */
@Component
@Order(100)
class FirstStart implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstStart.class);

    private final Accounts accounts;
    private final AccountTokens tokens;
    private final PasswordEncoder passwords;
    private final PasswordPolicy policy;
    private final AccountSettings settings;
    private final HubSettings hub;
    private final AuditLog auditLog;
    private final Clock clock;
    private final org.springframework.core.env.Environment environment;

    FirstStart(Accounts accounts, AccountTokens tokens, PasswordEncoder passwords, PasswordPolicy policy,
            AccountSettings settings, HubSettings hub, AuditLog auditLog, Clock clock,
            org.springframework.core.env.Environment environment) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.passwords = passwords;
        this.policy = policy;
        this.settings = settings;
        this.hub = hub;
        this.auditLog = auditLog;
        this.clock = clock;
        this.environment = environment;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments arguments) {
        if (accounts.existsByRolesContaining(Role.ADMIN)) {
            return;
        }
        String email = settings.adminEmail();
        String password = settings.adminPassword();
        if (email != null && !email.isBlank() && password != null && !password.isBlank()) {
            var problem = policy.problemWith(password, email);
            if (problem.isEmpty()) {
                Account admin = new Account(SignIn.normalise(email), passwords.encode(password), "Administrator",
                        hub.defaultLanguage(), EnumSet.of(Role.ADMIN), clock.instant());
                admin.verifyEmail();
                accounts.save(admin);
                auditLog.record("system", "account.first-admin", "account#" + admin.getId(), Outcome.SUCCESS,
                        "from HUB_ADMIN_EMAIL");
                log.info("First admin created from HUB_ADMIN_EMAIL; two-factor sign-in is set up at the first sign-in");
                return;
            }
            log.warn("HUB_ADMIN_PASSWORD is refused by the password rules ({}); falling back to a set-up link",
                    problem.get());
        }
        String token = tokens.issue(null, AccountToken.Purpose.ADMIN_SETUP, settings.setupValidity(), clock);
        String base = hub.baseUrl() != null ? hub.baseUrl().toString().replaceAll("/+$", "")
                : "http://localhost:" + environment.getProperty("local.server.port",
                        environment.getProperty("server.port", "8080"));
        log.warn("No administrator yet. Create one within {} at: {}/{}/setup?token={}", settings.setupValidity(), base,
                hub.defaultLanguage().code(), token);
    }

}
