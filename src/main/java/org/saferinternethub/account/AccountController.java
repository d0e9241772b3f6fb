package org.saferinternethub.account;

import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.saferinternethub.shared.Language;
import org.springframework.http.HttpStatus;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The signed-in person's own account page.
 */
@Controller
@RequestMapping("/account")
class AccountController {

    private final Accounts accounts;
    private final PasswordChange passwordChange;
    private final SessionSignIn sessions;
    private final AccountMails mails;

    AccountController(Accounts accounts, PasswordChange passwordChange, SessionSignIn sessions, AccountMails mails) {
        this.accounts = accounts;
        this.passwordChange = passwordChange;
        this.sessions = sessions;
        this.mails = mails;
    }

    @GetMapping({ "", "/" })
    String overview(@AuthenticationPrincipal SignedInUser user, Model model) {
        Account account = accounts.findById(user.id()).orElseThrow();
        model.addAttribute("account", new AccountView(account.getDisplayName(), account.getEmail(),
                account.getRoles().stream().map(Enum::name).sorted().toList(),
                account.getOrganisation() == null ? null : account.getOrganisation().getName(), account.hasTwoFactor(),
                account.getRecoveryCodesLeft()));
        return "account/overview";
    }

    @GetMapping("/password")
    String passwordForm() {
        return "account/password";
    }

    @PostMapping("/password")
    String changePassword(@AuthenticationPrincipal SignedInUser user, @RequestParam(defaultValue = "") String current,
            @RequestParam(defaultValue = "") String password, @RequestParam(defaultValue = "") String confirmation,
            Language language, HttpServletRequest request, HttpServletResponse response, Model model,
            RedirectAttributes redirect) {
        Optional<String> problem = passwordChange.change(user.id(), current, password, confirmation);
        if (problem.isPresent()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            model.addAttribute("error", problem.get());
            return "account/password";
        }
        // The new password ended every session of the account, this one included: start a fresh one.
        sessions.signIn(user.id(), "password change", request, response);
        Account account = accounts.findById(user.id()).orElseThrow();
        if (account.getEmail() != null) {
            mails.passwordChanged(account.getEmail(), account.getDisplayName(), account.getPreferredLanguage());
        }
        redirect.addFlashAttribute("notice", "account.password.changed");
        return "redirect:/" + language.code() + "/account";
    }

    /** Shown once, right after two-factor set-up: the codes come as a flash attribute and are stored nowhere else. */
    @GetMapping("/recovery-codes")
    String recoveryCodes(Model model) {
        if (!model.containsAttribute("recoveryCodes")) {
            model.addAttribute("recoveryCodes", List.of());
        }
        if (!model.containsAttribute("next")) {
            model.addAttribute("next", "");
        }
        return "account/recovery-codes";
    }

    record AccountView(String name, String email, List<String> roles, String organisation, boolean twoFactor,
            int recoveryCodesLeft) {
    }

}
