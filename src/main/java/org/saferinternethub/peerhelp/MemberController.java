package org.saferinternethub.peerhelp;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.jspecify.annotations.Nullable;
import org.saferinternethub.account.Role;
import org.saferinternethub.account.SignedInUser;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A young member's own page in the space: picture, age band and e-mail choices, their data as a download, and
 * leaving the space with or without their posts (after their password).
 */
@Controller
@RequestMapping("/peer-help/me")
class MemberController {

    static final String PAGE = "peerhelp/me";

    private final MemberData data;

    MemberController(MemberData data) {
        this.data = data;
    }

    /** The member's choices. */
    record ChoicesForm(@Nullable String avatar, @Nullable Boolean showAgeBand, @Nullable Boolean mailOnReply) {
    }

    /** Leaving: the password again, and what becomes of the posts ({@code keep} or {@code remove}). */
    record LeaveForm(@Nullable String password, @Nullable String posts) {
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
            model.addAttribute("choices", new ChoicesForm(row.getAvatar(), row.isShowAgeBand(), row.isMailOnReply()));
            return show(member, row, model);
        }
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        SecurityContextHolder.clearContext();
        redirect.addFlashAttribute("notice", "peerhelp.me.left");
        return "redirect:/" + language.code() + "/peer-help";
    }

    private static String show(SignedInUser member, Member row, Model model) {
        model.addAttribute("pseudonym", row.getPseudonym());
        model.addAttribute("avatars", Space.AVATARS);
        model.addAttribute("hasEmail", member.email() != null);
        return PAGE;
    }

    private static SignedInUser youth(@Nullable SignedInUser user) {
        if (user == null || !user.has(Role.YOUTH)) {
            throw new AccessDeniedException("this page is a young member's own");
        }
        return user;
    }

}
