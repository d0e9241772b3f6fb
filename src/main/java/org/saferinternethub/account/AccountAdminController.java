package org.saferinternethub.account;

import java.util.EnumSet;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.saferinternethub.shared.Language;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Admin pages for people: find an account, change its roles and organisation, disable it, end its sessions.
 */
@Controller
@RequestMapping("/admin/users")
class AccountAdminController {

    private static final int PAGE_SIZE = 25;

    private final Accounts accounts;
    private final Organisations organisations;
    private final AccountAdministration administration;

    AccountAdminController(Accounts accounts, Organisations organisations, AccountAdministration administration) {
        this.accounts = accounts;
        this.organisations = organisations;
        this.administration = administration;
    }

    @GetMapping({ "", "/" })
    String list(@RequestParam(defaultValue = "") String q, @RequestParam(required = false) @Nullable Role role,
            @RequestParam(defaultValue = "0") int page, @RequestHeader(name = "HX-Request", required = false) String htmx,
            Model model) {
        String text = q.strip().toLowerCase();
        model.addAttribute("q", q);
        model.addAttribute("role", role);
        model.addAttribute("roles", Role.values());
        model.addAttribute("accounts", accounts.search(text, role, PageRequest.of(Math.max(0, page), PAGE_SIZE)));
        return htmx != null ? "account/admin/_user-results :: results" : "account/admin/users";
    }

    @GetMapping("/{id}")
    String detail(@PathVariable long id, Model model) {
        Account account = accounts.findById(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("account", account);
        model.addAttribute("roles", Role.values());
        model.addAttribute("organisations", organisations.findAllByOrderByNameAsc());
        return "account/admin/user";
    }

    @PostMapping("/{id}/roles")
    String roles(@PathVariable long id, @RequestParam(name = "roles", required = false) List<Role> roles,
            @AuthenticationPrincipal SignedInUser admin, Language language, RedirectAttributes redirect) {
        EnumSet<Role> chosen = roles == null || roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        administration.changeRoles(id, chosen, admin);
        redirect.addFlashAttribute("notice", "account.admin.user.roles.saved");
        return redirectTo(language, id);
    }

    @PostMapping("/{id}/organisation")
    String organisation(@PathVariable long id, @RequestParam(required = false) @Nullable Long organisationId,
            @AuthenticationPrincipal SignedInUser admin, Language language, RedirectAttributes redirect) {
        administration.changeOrganisation(id, organisationId, admin);
        redirect.addFlashAttribute("notice", "account.admin.user.organisation.saved");
        return redirectTo(language, id);
    }

    @PostMapping("/{id}/disable")
    String disable(@PathVariable long id, @AuthenticationPrincipal SignedInUser admin, Language language,
            RedirectAttributes redirect) {
        administration.disable(id, admin);
        redirect.addFlashAttribute("notice", "account.admin.user.disabled");
        return redirectTo(language, id);
    }

    @PostMapping("/{id}/enable")
    String enable(@PathVariable long id, @AuthenticationPrincipal SignedInUser admin, Language language,
            RedirectAttributes redirect) {
        administration.enable(id, admin);
        redirect.addFlashAttribute("notice", "account.admin.user.enabled");
        return redirectTo(language, id);
    }

    @PostMapping("/{id}/sessions/end")
    String endSessions(@PathVariable long id, @AuthenticationPrincipal SignedInUser admin, Language language,
            RedirectAttributes redirect) {
        administration.endSessions(id, admin);
        redirect.addFlashAttribute("notice", "account.admin.user.sessions-ended");
        return redirectTo(language, id);
    }

    private static String redirectTo(Language language, long id) {
        return "redirect:/" + language.code() + "/admin/users/" + id;
    }

}
