package org.saferinternethub.account;

import jakarta.servlet.http.HttpServletRequest;

import org.saferinternethub.shared.Language;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * "Forgot your password?": a link by mail, then a new password. The answer to the request is the same
 * whether or not the address has an account.
 */
@Controller
class PasswordResetController {

    private final PasswordReset reset;
    private final PasswordPolicy policy;
    private final AccountMails mails;
    private final Links links;

    PasswordResetController(PasswordReset reset, PasswordPolicy policy, AccountMails mails, Links links) {
        this.reset = reset;
        this.policy = policy;
        this.mails = mails;
        this.links = links;
    }

    @GetMapping("/password-reset")
    String form(Model model) {
        model.addAttribute("email", "");
        return "account/reset-request";
    }

    @PostMapping("/password-reset")
    String request(@RequestParam(defaultValue = "") String email, Language language, HttpServletRequest request,
            Model model) {
        if (email.isBlank() || email.length() > 254 || !email.contains("@")) {
            model.addAttribute("email", email);
            model.addAttribute("error", "account.reset.email.invalid");
            return "account/reset-request";
        }
        reset.request(email).ifPresent(found -> mails.resetPassword(found.email(), found.name(), found.language(),
                links.to(found.language(), "/password-reset/new?token=" + found.token())));
        return "redirect:/" + language.code() + "/password-reset/sent";
    }

    @GetMapping("/password-reset/sent")
    String sent() {
        return "account/reset-sent";
    }

    @GetMapping("/password-reset/new")
    String newPasswordForm(@RequestParam(defaultValue = "") String token, Model model) {
        model.addAttribute("token", token);
        model.addAttribute("usable", reset.isUsable(token));
        return "account/reset-new";
    }

    @PostMapping("/password-reset/new")
    String newPassword(@RequestParam(defaultValue = "") String token, @RequestParam(defaultValue = "") String password,
            @RequestParam(defaultValue = "") String confirmation, Language language, Model model) {
        model.addAttribute("token", token);
        model.addAttribute("usable", true);
        if (!password.equals(confirmation)) {
            model.addAttribute("error", "account.password.mismatch");
            return "account/reset-new";
        }
        var problem = policy.problemWith(password);
        if (problem.isPresent()) {
            model.addAttribute("error", problem.get());
            return "account/reset-new";
        }
        return reset.reset(token, password).map(account -> {
            mails.passwordChanged(account.getEmail(), account.getDisplayName(), account.getPreferredLanguage());
            return "redirect:/" + language.code() + "/signin?password-changed";
        }).orElseGet(() -> {
            model.addAttribute("usable", false);
            return "account/reset-new";
        });
    }

}
