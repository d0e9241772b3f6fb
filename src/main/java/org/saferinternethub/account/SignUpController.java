package org.saferinternethub.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.saferinternethub.shared.Language;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Sign-up for adults (parents, teachers, partners) with an e-mail address, verified by a link. Young people
 * join the peer-help space with a pseudonym instead.
 * <p>
 * Whether the address already has an account, the visitor sees the same "check your mail" page; the mail
 * tells the owner of an existing account how to sign in or reset the password.
 */
@Controller
class SignUpController {

    static final String FORM = "account/signup";

    private final Registration registration;
    private final PasswordPolicy policy;
    private final AccountMails mails;
    private final Links links;

    SignUpController(Registration registration, PasswordPolicy policy, AccountMails mails, Links links) {
        this.registration = registration;
        this.policy = policy;
        this.mails = mails;
        this.links = links;
    }

    /**
     * The sign-up form. The password is never sent back to the page after an error; the rest is kept.
     */
    record SignUpForm(
            @NotBlank(message = "{account.signup.email.required}") @Email(message = "{account.signup.email.invalid}")
            @Size(max = 254, message = "{account.signup.email.invalid}") String email,
            @NotBlank(message = "{account.signup.name.required}")
            @Size(max = 100, message = "{account.signup.name.too-long}") String displayName,
            String password,
            @AssertTrue(message = "{account.signup.terms.required}") boolean acceptTerms) {

        static SignUpForm empty() {
            return new SignUpForm("", "", "", false);
        }

    }

    @GetMapping("/signup")
    String form(Model model) {
        model.addAttribute("form", SignUpForm.empty());
        return FORM;
    }

    @PostMapping("/signup")
    String signUp(@Valid @ModelAttribute("form") SignUpForm form, BindingResult errors, Language language,
            HttpServletRequest request) {
        String password = form.password() == null ? "" : form.password();
        policy.problemWith(password, form.email(), form.displayName())
            .ifPresent(problem -> errors.rejectValue("password", problem));
        if (errors.hasErrors()) {
            // The form goes back as typed; the password field is rendered empty (fragments/forms).
            return FORM;
        }
        Registration.Result result = registration.signUp(form.email(), password, form.displayName(), language);
        String email = SignIn.normalise(form.email());
        if (result instanceof Registration.NewAccount created) {
            mails.verifyAddress(email, form.displayName().strip(), language,
                    links.to(language, "/signup/verify?token=" + created.verificationToken()));
        }
        else if (result instanceof Registration.AddressTaken taken) {
            mails.alreadyRegistered(email, taken.language(), links.to(taken.language(), "/signin"),
                    links.to(taken.language(), "/password-reset"));
        }
        return "redirect:/" + language.code() + "/signup/sent";
    }

    @GetMapping("/signup/sent")
    String sent() {
        return "account/signup-sent";
    }

    /** The link in the mail leads here; a button confirms, so that mail scanners that open links verify nothing. */
    @GetMapping("/signup/verify")
    String confirm(@RequestParam(defaultValue = "") String token, Model model) {
        model.addAttribute("token", token);
        model.addAttribute("usable", registration.isUsable(token));
        return "account/verify";
    }

    @PostMapping("/signup/verify")
    String verify(@RequestParam(defaultValue = "") String token, Language language, Model model) {
        if (registration.verify(token)) {
            return "redirect:/" + language.code() + "/signin?verified";
        }
        model.addAttribute("token", "");
        model.addAttribute("usable", false);
        return "account/verify";
    }

}
