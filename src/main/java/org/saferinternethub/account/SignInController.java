package org.saferinternethub.account;

import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.saferinternethub.shared.Language;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Sign-in: address and password, then for staff a code from their authenticator app — set up on the spot
 * the first time.
 */
@Controller
class SignInController {

    static final String SIGN_IN = "account/signin";
    static final String SECOND_FACTOR = "account/signin-code";
    static final String ENROL = "account/signin-enrol";

    private final SignIn signIn;
    private final SessionSignIn sessions;
    private final TwoFactor twoFactor;
    private final TwoFactorEnrolment enrolment;
    private final Registration registration;
    private final AccountMails mails;
    private final Accounts accounts;
    private final Links links;

    SignInController(SignIn signIn, SessionSignIn sessions, TwoFactor twoFactor, TwoFactorEnrolment enrolment,
            Registration registration, AccountMails mails, Accounts accounts, Links links) {
        this.signIn = signIn;
        this.sessions = sessions;
        this.twoFactor = twoFactor;
        this.enrolment = enrolment;
        this.registration = registration;
        this.mails = mails;
        this.accounts = accounts;
        this.links = links;
    }

    @GetMapping("/signin")
    String form(@RequestParam(required = false) String next, Model model) {
        model.addAttribute("next", safeNext(next, null));
        model.addAttribute("email", "");
        return SIGN_IN;
    }

    @PostMapping("/signin")
    String signIn(@RequestParam(defaultValue = "") String email, @RequestParam(defaultValue = "") String password,
            @RequestParam(required = false) String next, Language language,
            HttpServletRequest request, HttpServletResponse response, Model model) {
        String target = safeNext(next, language);
        model.addAttribute("next", target);
        model.addAttribute("email", email);
        SignIn.Attempt attempt = signIn.check(email, password, request.getRemoteAddr());
        if (attempt instanceof SignIn.Throttled throttled) {
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            model.addAttribute("error", "account.signin.throttled");
            model.addAttribute("waitSeconds", Math.max(1, throttled.delay().toSeconds()));
            return SIGN_IN;
        }
        if (attempt instanceof SignIn.Unusable unusable) {
            response.setStatus(HttpStatus.FORBIDDEN.value());
            if (unusable.disabled()) {
                model.addAttribute("error", "account.signin.disabled");
            }
            else {
                model.addAttribute("error", "account.signin.unverified");
                resendVerification(unusable.accountId(), language, request);
            }
            return SIGN_IN;
        }
        if (!(attempt instanceof SignIn.Passed passed)) {
            response.setStatus(HttpStatus.UNAUTHORIZED.value());
            model.addAttribute("error", "account.signin.wrong");
            return SIGN_IN;
        }
        if (passed.needsSecondFactor()) {
            HttpSession session = request.getSession(true);
            request.changeSessionId();
            new PendingSignIn(passed.accountId(), target, 0, null).store(session);
            return "redirect:/" + language.code() + (passed.hasSecondFactor() ? "/signin/code" : "/signin/enrol");
        }
        sessions.signIn(passed.accountId(), "password", request, response);
        return "redirect:" + target;
    }

    @GetMapping("/signin/code")
    String codeForm(HttpServletRequest request, Language language) {
        PendingSignIn pending = PendingSignIn.of(request.getSession(false));
        return pending == null ? "redirect:/" + language.code() + "/signin" : SECOND_FACTOR;
    }

    @PostMapping("/signin/code")
    String code(@RequestParam(defaultValue = "") String code, Language language,
            HttpServletRequest request, HttpServletResponse response, Model model) {
        HttpSession session = request.getSession(false);
        PendingSignIn pending = PendingSignIn.of(session);
        if (pending == null) {
            return "redirect:/" + language.code() + "/signin";
        }
        if (!enrolment.verify(pending.accountId(), code)) {
            PendingSignIn failed = pending.failedOnce();
            if (failed.failures() >= PendingSignIn.MAX_FAILURES) {
                PendingSignIn.clear(session);
                return "redirect:/" + language.code() + "/signin?code-failed";
            }
            failed.store(session);
            response.setStatus(HttpStatus.UNAUTHORIZED.value());
            model.addAttribute("error", "account.signin.code.wrong");
            return SECOND_FACTOR;
        }
        PendingSignIn.clear(session);
        sessions.signIn(pending.accountId(), "password and second factor", request, response);
        return "redirect:" + pending.next();
    }

    @GetMapping("/signin/enrol")
    String enrolForm(HttpServletRequest request, Language language, Model model) {
        HttpSession session = request.getSession(false);
        PendingSignIn pending = PendingSignIn.of(session);
        if (pending == null) {
            return "redirect:/" + language.code() + "/signin";
        }
        if (pending.enrolmentSecret() == null) {
            pending = pending.enrolling(twoFactor.newSecret());
            pending.store(session);
        }
        showEnrolment(pending, model);
        return ENROL;
    }

    @PostMapping("/signin/enrol")
    String enrol(@RequestParam(defaultValue = "") String code, Language language,
            HttpServletRequest request, HttpServletResponse response, Model model,
            RedirectAttributes redirect) {
        HttpSession session = request.getSession(false);
        PendingSignIn pending = PendingSignIn.of(session);
        if (pending == null || pending.enrolmentSecret() == null) {
            return "redirect:/" + language.code() + "/signin";
        }
        Optional<String[]> recoveryCodes = enrolment.enrol(pending.accountId(), pending.enrolmentSecret(), code);
        if (recoveryCodes.isEmpty()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            model.addAttribute("error", "account.enrol.code.wrong");
            showEnrolment(pending, model);
            return ENROL;
        }
        PendingSignIn.clear(session);
        sessions.signIn(pending.accountId(), "password and new second factor", request, response);
        redirect.addFlashAttribute("recoveryCodes", List.of(recoveryCodes.get()));
        redirect.addFlashAttribute("next", pending.next());
        return "redirect:/" + language.code() + "/account/recovery-codes";
    }

    private void showEnrolment(PendingSignIn pending, Model model) {
        String secret = pending.enrolmentSecret();
        model.addAttribute("secret", secret.replaceAll("(.{4})(?!$)", "$1 "));
        model.addAttribute("qrCode", twoFactor.qrCodeDataUri(secret, enrolment.labelFor(pending.accountId())));
    }

    private void resendVerification(long accountId, Language language, HttpServletRequest request) {
        registration.reissueVerification(accountId).ifPresent(token -> accounts.findById(accountId)
            .ifPresent(account -> mails.verifyAddress(account.getEmail(), account.getDisplayName(), language,
                    links.to(language, "/signup/verify?token=" + token))));
    }

    /** Only a path on this site: never an address elsewhere ({@code //evil.example}, {@code https://...}). */
    static String safeNext(String next, Language language) {
        if (next != null && next.startsWith("/") && !next.startsWith("//") && !next.contains("\\")
                && !next.contains("\r") && !next.contains("\n") && next.length() < 1000) {
            return next;
        }
        return language == null ? "" : "/" + language.code() + "/account";
    }

}
