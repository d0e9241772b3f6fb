package org.saferinternethub.peerhelp;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.saferinternethub.account.Role;
import org.saferinternethub.account.SignedInUser;
import org.saferinternethub.account.YouthAccounts;
import org.saferinternethub.shared.Language;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A young member's own page in the space: picture, age band and e-mail choices, an optional e-mail address for
 * recovery (confirmed by a link; added, changed or removed after the password), their data as a download, and
 * leaving the space with or without their posts (after their password).
 */
@Controller
@RequestMapping("/peer-help/me")
class MemberController {

    static final String PAGE = "peerhelp/me";

    static final String CONFIRM_PAGE = "peerhelp/email-confirm";

    private final MemberData data;
    private final YouthAccounts youthAccounts;

    MemberController(MemberData data, YouthAccounts youthAccounts) {
        this.data = data;
        this.youthAccounts = youthAccounts;
    }

    /** The member's choices. */
    record ChoicesForm(@Nullable String avatar, @Nullable Boolean showAgeBand, @Nullable Boolean mailOnReply) {
    }

    /** Leaving: the password again, and what becomes of the posts ({@code keep} or {@code remove}). */
    record LeaveForm(@Nullable String password, @Nullable String posts) {
    }

    /** Adding or changing the recovery address: the address, and the password again. */
    record EmailForm(
            @NotBlank(message = "{peerhelp.me.email.error.required}") @Email(message = "{peerhelp.me.email.error.invalid}")
            @Size(max = 254, message = "{peerhelp.me.email.error.invalid}") @Nullable String email,
            @Nullable String emailPassword) {
    }

    /** Removing the recovery address: the password again. */
    record RemoveEmailForm(@Nullable String removePassword) {
    }

    @GetMapping("")
    String page(@AuthenticationPrincipal @Nullable SignedInUser user, Model model) {
        SignedInUser member = youth(user);
        Member row = data.of(member);
        model.addAttribute("choices", new ChoicesForm(row.getAvatar(), row.isShowAgeBand(), row.isMailOnReply()));
        model.addAttribute("leave", new LeaveForm("", "keep"));
        return show(member, row, model);
    }

    @PostMapping("")
    String choose(@ModelAttribute("choices") ChoicesForm form, @AuthenticationPrincipal @Nullable SignedInUser user,
            Language language, RedirectAttributes redirect) {
        data.choose(youth(user), form.avatar() == null ? "" : form.avatar(), Boolean.TRUE.equals(form.showAgeBand()),
                Boolean.TRUE.equals(form.mailOnReply()));
        redirect.addFlashAttribute("notice", "peerhelp.me.saved");
        return "redirect:/" + language.code() + "/peer-help/me";
    }

    /**
     * Asks to add or change the recovery address. Whether or not the address is free, the member sees the same
     * “check your mail” notice (see {@link YouthAccounts#requestRecoveryEmail}).
     */
    @PostMapping("/email")
    String requestEmail(@Valid @ModelAttribute("emailForm") EmailForm form, BindingResult errors,
            @AuthenticationPrincipal @Nullable SignedInUser user, Language language, Model model,
            RedirectAttributes redirect) {
        SignedInUser member = youth(user);
        Member row = data.of(member);
        if (!errors.hasFieldErrors("email") && !youthAccounts.requestRecoveryEmail(member.id(),
                form.emailPassword() == null ? "" : form.emailPassword(), String.valueOf(form.email()), language)) {
            errors.rejectValue("emailPassword", "peerhelp.me.email.error.password");
        }
        if (errors.hasErrors()) {
            return showWithDefaults(member, row, model);
        }
        redirect.addFlashAttribute("notice", "peerhelp.me.email.sent");
        return "redirect:/" + language.code() + "/peer-help/me";
    }

    @PostMapping("/email/remove")
    String removeEmail(@ModelAttribute("removeEmail") RemoveEmailForm form, BindingResult errors,
            @AuthenticationPrincipal @Nullable SignedInUser user, Language language, Model model,
            RedirectAttributes redirect) {
        SignedInUser member = youth(user);
        Member row = data.of(member);
        if (!youthAccounts.removeRecoveryEmail(member.id(),
                form.removePassword() == null ? "" : form.removePassword())) {
            errors.rejectValue("removePassword", "peerhelp.me.email.error.password");
            return showWithDefaults(member, row, model);
        }
        redirect.addFlashAttribute("notice", "peerhelp.me.email.removed");
        return "redirect:/" + language.code() + "/peer-help/me";
    }

    /**
     * The link in the mail leads here (after signing in, like every page of the space); a button confirms, so
     * that mail scanners that open links confirm nothing.
     */
    @GetMapping("/email/confirm")
    String confirmEmailPage(@RequestParam(defaultValue = "") String token,
            @AuthenticationPrincipal @Nullable SignedInUser user, Model model) {
        SignedInUser member = youth(user);
        model.addAttribute("token", token);
        model.addAttribute("usable", youthAccounts.isRecoveryEmailLinkUsable(member.id(), token));
        return CONFIRM_PAGE;
    }

    @PostMapping("/email/confirm")
    String confirmEmail(@RequestParam(defaultValue = "") String token,
            @AuthenticationPrincipal @Nullable SignedInUser user, Language language, Model model,
            RedirectAttributes redirect) {
        SignedInUser member = youth(user);
        if (!youthAccounts.confirmRecoveryEmail(member.id(), token)) {
            model.addAttribute("token", "");
            model.addAttribute("usable", false);
            return CONFIRM_PAGE;
        }
        redirect.addFlashAttribute("notice", "peerhelp.me.email.confirmed");
        return "redirect:/" + language.code() + "/peer-help/me";
    }

    @GetMapping("/export")
    ResponseEntity<MemberData.Export> export(@AuthenticationPrincipal @Nullable SignedInUser user) {
        MemberData.Export export = data.export(youth(user));
        return ResponseEntity.ok()
            .header(HttpHeaders.CONTENT_DISPOSITION,
                    ContentDisposition.attachment().filename("peer-help-my-data.json").build().toString())
            .header(HttpHeaders.CACHE_CONTROL, "no-store")
            .contentType(MediaType.APPLICATION_JSON)
            .body(export);
    }

    @PostMapping("/delete")
    String leave(@ModelAttribute("leave") LeaveForm form, BindingResult errors,
            @AuthenticationPrincipal @Nullable SignedInUser user, Language language, Model model,
            HttpServletRequest request, RedirectAttributes redirect) {
        SignedInUser member = youth(user);
        boolean keep = !"remove".equals(form.posts());
        if (!data.leave(member, form.password() == null ? "" : form.password(), keep)) {
            errors.rejectValue("password", "peerhelp.me.leave.error.password");
            Member row = data.of(member);
            return showWithDefaults(member, row, model);
        }
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        SecurityContextHolder.clearContext();
        redirect.addFlashAttribute("notice", "peerhelp.me.left");
        return "redirect:/" + language.code() + "/peer-help";
    }

    /** The page again after a refused form: that form keeps its errors, the others show the saved state. */
    private String showWithDefaults(SignedInUser member, Member row, Model model) {
        if (!model.containsAttribute("choices")) {
            model.addAttribute("choices", new ChoicesForm(row.getAvatar(), row.isShowAgeBand(), row.isMailOnReply()));
        }
        if (!model.containsAttribute("leave")) {
            model.addAttribute("leave", new LeaveForm("", "keep"));
        }
        return show(member, row, model);
    }

    private String show(SignedInUser member, Member row, Model model) {
        model.addAttribute("pseudonym", row.getPseudonym());
        model.addAttribute("avatars", Space.AVATARS);
        // Read from the account, not the session: the address may have been confirmed since signing in.
        String email = youthAccounts.recoveryEmail(member.id()).orElse(null);
        model.addAttribute("email", email);
        model.addAttribute("hasEmail", email != null);
        if (!model.containsAttribute("emailForm")) {
            model.addAttribute("emailForm", new EmailForm("", ""));
        }
        if (!model.containsAttribute("removeEmail")) {
            model.addAttribute("removeEmail", new RemoveEmailForm(""));
        }
        return PAGE;
    }

    private static SignedInUser youth(@Nullable SignedInUser user) {
        if (user == null || !user.has(Role.YOUTH)) {
            throw new AccessDeniedException("this page is a young member's own");
        }
        return user;
    }

}
