package org.saferinternethub.moderation;

import org.saferinternethub.account.SignedInUser;
import org.saferinternethub.shared.Language;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Admins create and revoke tokens for systems that call the screening API. */
@Controller
@RequestMapping("/admin/moderation-tokens")
class ApiTokenAdminController {

    private final ApiTokens tokens;
    private final ApiTokenService service;

    ApiTokenAdminController(ApiTokens tokens, ApiTokenService service) {
        this.tokens = tokens;
        this.service = service;
    }

    @GetMapping({ "", "/" })
    String list(Model model) {
        model.addAttribute("tokens", tokens.findAllByOrderByCreatedAtDesc());
        return "moderation/admin/tokens";
    }

    @PostMapping
    String create(@RequestParam(defaultValue = "") String name, @AuthenticationPrincipal SignedInUser admin,
            Language language, RedirectAttributes redirect) {
        if (name.isBlank() || name.length() > 100) {
            redirect.addFlashAttribute("problem", "moderation.tokens.name.invalid");
        }
        else {
            redirect.addFlashAttribute("newToken", service.create(name, admin.getName()));
        }
        return "redirect:/" + language.code() + "/admin/moderation-tokens";
    }

    @PostMapping("/{id}/revoke")
    String revoke(@PathVariable long id, @AuthenticationPrincipal SignedInUser admin, Language language,
            RedirectAttributes redirect) {
        service.revoke(id, admin.getName());
        redirect.addFlashAttribute("notice", "moderation.tokens.revoked");
        return "redirect:/" + language.code() + "/admin/moderation-tokens";
    }

}
