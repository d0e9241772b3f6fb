package org.saferinternethub.account;

import java.time.Clock;
import java.util.EnumSet;

import org.saferinternethub.platform.AuditLog;
import org.saferinternethub.platform.AuditLog.Outcome;
import org.saferinternethub.shared.Language;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The one-time set-up page whose link {@link FirstStart} writes to the log: it creates the first admin.
 */
@Controller
class SetupController {

    private final AccountTokens tokens;
    private final Accounts accounts;
    private final PasswordEncoder passwords;
    private final PasswordPolicy policy;
    private final AuditLog auditLog;
    private final Clock clock;

    SetupController(AccountTokens tokens, Accounts accounts, PasswordEncoder passwords, PasswordPolicy policy,
            AuditLog auditLog, Clock clock) {
        this.tokens = tokens;
        this.accounts = accounts;
        this.passwords = passwords;
        this.policy = policy;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    @GetMapping("/setup")
    String form(@RequestParam(defaultValue = "") String token, Model model) {
        model.addAttribute("token", token);
        model.addAttribute("email", "");
        model.addAttribute("usable", tokens.findUsable(token, AccountToken.Purpose.ADMIN_SETUP, clock).isPresent());
        return "account/setup";
    }

    @PostMapping("/setup")
    @Transactional
    String create(@RequestParam(defaultValue = "") String token, @RequestParam(defaultValue = "") String email,
            @RequestParam(defaultValue = "") String password, Language language, Model model) {
        model.addAttribute("token", token);
        model.addAttribute("email", email);
        var found = tokens.findUsable(token, AccountToken.Purpose.ADMIN_SETUP, clock);
        if (found.isEmpty() || accounts.existsByRolesContaining(Role.ADMIN)) {
            model.addAttribute("usable", false);
            return "account/setup";
        }
        model.addAttribute("usable", true);
        if (!email.contains("@") || email.length() > 254) {
            model.addAttribute("error", "account.signup.email.invalid");
            return "account/setup";
        }
        var problem = policy.problemWith(password, email);
        if (problem.isPresent()) {
            model.addAttribute("error", problem.get());
            return "account/setup";
        }
        found.get().use(clock.instant());
        Account admin = new Account(SignIn.normalise(email), passwords.encode(password), "Administrator", language,
                EnumSet.of(Role.ADMIN), clock.instant());
        admin.verifyEmail();
        accounts.save(admin);
        auditLog.record("system", "account.first-admin", "account#" + admin.getId(), Outcome.SUCCESS, "set-up link");
        return "redirect:/" + language.code() + "/signin?setup-done";
    }

}
