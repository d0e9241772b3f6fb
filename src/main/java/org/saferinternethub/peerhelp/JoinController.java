package org.saferinternethub.peerhelp;

import org.jspecify.annotations.Nullable;
import org.saferinternethub.account.SignedInUser;
import org.saferinternethub.account.YouthAccounts;
import org.saferinternethub.shared.Language;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The public side of the space: the welcome page every visitor sees, and joining as a young member with a
 * pseudonym, a password, a birth year and the house rules; recovery codes are shown once.
 */
@Controller
class JoinController {

    static final String JOIN = "peerhelp/join";

    private final Space space;
    private final Pseudonyms pseudonyms;
    private final YouthAccounts youthAccounts;
    private final PeerHelpSettings settings;

    JoinController(Space space, Pseudonyms pseudonyms, YouthAccounts youthAccounts, PeerHelpSettings settings) {
        this.space = space;
        this.pseudonyms = pseudonyms;
        this.youthAccounts = youthAccounts;
        this.settings = settings;
    }

    /**
     * The join form. The password is never sent back to the page; the rest is kept after an error.
     */
    record JoinForm(@Nullable String pseudonym, @Nullable String password, @Nullable String birthYear,
            @Nullable String avatar, @Nullable Boolean acceptRules) {

        static JoinForm empty() {
            return new JoinForm("", "", "", Space.AVATARS.get(0), false);
        }

    }

    @GetMapping("/peer-help/join")
    String form(@AuthenticationPrincipal @Nullable SignedInUser user, Language language, Model model) {
        if (user != null) {
            return "redirect:/" + language.code() + "/peer-help";
        }
        model.addAttribute("form", JoinForm.empty());
        return showForm(model);
    }

    @PostMapping("/peer-help/join")
    String join(@ModelAttribute("form") JoinForm form, BindingResult errors,
            @AuthenticationPrincipal @Nullable SignedInUser user, Language language, Model model,
            RedirectAttributes redirect) {
        if (user != null) {
            return "redirect:/" + language.code() + "/peer-help";
        }
        String pseudonym = form.pseudonym() == null ? "" : form.pseudonym().strip();
        String password = form.password() == null ? "" : form.password();
        Integer birthYear = parseYear(form.birthYear());
        if (birthYear == null) {
            errors.rejectValue("birthYear", "peerhelp.join.error.birth-year");
        }
        else if (space.ageOf(birthYear) < settings.minAge()) {
            return "redirect:/" + language.code() + "/peer-help/join/too-young";
        }
        else if (space.ageOf(birthYear) > settings.maxAge()) {
            errors.rejectValue("birthYear", "peerhelp.join.error.too-old", new Object[] { settings.maxAge() }, null);
        }
        pseudonyms.problemWith(pseudonym).ifPresentOrElse(problem -> errors.rejectValue("pseudonym", problem), () -> {
            if (youthAccounts.isTaken(pseudonym)) {
                errors.rejectValue("pseudonym", "peerhelp.join.error.pseudonym-taken");
            }
        });
        youthAccounts.passwordProblem(password, pseudonym).ifPresent(problem -> errors.rejectValue("password", problem));
        if (!Boolean.TRUE.equals(form.acceptRules())) {
            errors.rejectValue("acceptRules", "peerhelp.join.error.rules");
        }
        if (errors.hasErrors() || birthYear == null) {
            return showForm(model);
        }
        YouthAccounts.Registered registered = space.join(pseudonym, password, birthYear,
                form.avatar() == null ? "" : form.avatar(), language);
        redirect.addFlashAttribute("recoveryCodes", registered.recoveryCodes());
        redirect.addFlashAttribute("pseudonym", pseudonym);
        return "redirect:/" + language.code() + "/peer-help/join/codes";
    }

    /** Shown once, right after joining: the codes exist only in this one response. */
    @GetMapping("/peer-help/join/codes")
    String codes(Model model, Language language) {
        if (!model.containsAttribute("recoveryCodes")) {
            return "redirect:/" + language.code() + "/peer-help";
        }
        return "peerhelp/codes";
    }

    /** The house rules, for everyone: linked from the join form and from every page of the space. */
    @GetMapping("/peer-help/rules")
    String rules() {
        return "peerhelp/rules";
    }

    @GetMapping("/peer-help/join/too-young")
    String tooYoung(Model model) {
        model.addAttribute("minAge", settings.minAge());
        return "peerhelp/too-young";
    }

    private String showForm(Model model) {
        model.addAttribute("suggestions", pseudonyms.suggestions(4));
        model.addAttribute("avatars", Space.AVATARS);
        model.addAttribute("minAge", settings.minAge());
        model.addAttribute("maxAge", settings.maxAge());
        return JOIN;
    }

    private static @Nullable Integer parseYear(@Nullable String value) {
        if (value == null || !value.strip().matches("\\d{4}")) {
            return null;
        }
        return Integer.valueOf(value.strip());
    }

}
