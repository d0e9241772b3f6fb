package org.saferinternethub.account;

import java.util.List;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The signed-in person's own account page.
 */
@Controller
@RequestMapping("/account")
class AccountController {

    private final Accounts accounts;

    AccountController(Accounts accounts) {
        this.accounts = accounts;
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
