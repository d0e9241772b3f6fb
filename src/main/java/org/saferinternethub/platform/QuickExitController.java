package org.saferinternethub.platform;

import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.logout.CookieClearingLogoutHandler;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The quick exit, at {@code /quick-exit} without a language (a {@code RestController}, so outside the language
 * prefix): it ends the visitor's session and sends them to the neutral site ({@code hub.quick-exit.url}).
 * <p>
 * Without JavaScript the control is a plain link here; the answer is {@code 303 See Other} to the neutral site.
 * Pages of the youth space are sent with {@code no-store}, so Back reloads the last one and, the session being
 * gone, gets the sign-in page instead of the thread. With JavaScript, {@code hub.js} replaces the page with the
 * neutral site itself and tells this address with {@code navigator.sendBeacon} (a POST, exempt from CSRF on this
 * path only: ending a session is harmless, and a forged request can do no more). The beacon ignores the answer,
 * so POST answers {@code 204} rather than a redirect that would have the browser fetch the neutral site in the
 * background, a request to another origin from a page of the space.
 * <p>
 * Every session ends, not only a young member's: whoever reaches for the quick exit, on a help page too, wants
 * to leave no open door behind them, and one rule is simpler to trust than one per role. Signing in again is the
 * only cost. The answer is the same whether or not anyone was signed in.
 * <p>
 * {@code Clear-Site-Data: "cache"} drops the pages this browser kept of the site (also from the back-forward
 * cache), so that Back cannot show one from memory. Not {@code "cookies"} (the session is already ended on the
 * server, and it would also clear other sites of the same registrable domain and the language choice) nor
 * {@code "storage"}.
 */
@RestController
class QuickExitController {

    static final String PATH = "/quick-exit";

    private static final String SESSION_COOKIE = "HUB_SESSION";

    private final HubSettings settings;
    private final AuditLog auditLog;

    QuickExitController(HubSettings settings, AuditLog auditLog) {
        this.settings = settings;
        this.auditLog = auditLog;
    }

    @GetMapping(PATH)
    ResponseEntity<Void> leave(HttpServletRequest request, HttpServletResponse response) {
        endSession(request, response);
        return ResponseEntity.status(HttpStatus.SEE_OTHER)
            .location(URI.create(settings.quickExit().url().toString()))
            .headers(QuickExitController::noTrace)
            .build();
    }

    @PostMapping(PATH)
    ResponseEntity<Void> beacon(HttpServletRequest request, HttpServletResponse response) {
        endSession(request, response);
        return ResponseEntity.noContent().headers(QuickExitController::noTrace).build();
    }

    private void endSession(HttpServletRequest request, HttpServletResponse response) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        boolean signedIn = authentication != null && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken);
        if (signedIn) {
            auditLog.record(authentication.getName(), "auth.sign-out", null, AuditLog.Outcome.SUCCESS, "quick exit");
        }
        if (signedIn || request.getSession(false) != null) {
            new SecurityContextLogoutHandler().logout(request, response, authentication);
            new CookieClearingLogoutHandler(SESSION_COOKIE).logout(request, response, authentication);
        }
    }

    private static void noTrace(HttpHeaders headers) {
        headers.setCacheControl("no-store");
        headers.set("Clear-Site-Data", "\"cache\"");
    }

}
