package org.saferinternethub.agenda;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.saferinternethub.account.SignedInUser;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Component;

/**
 * Who is registered for an inspiration day, as far as a request tells: the registration whose token the
 * browser carries in a cookie (set when the person registers or opens the link of their mail), or the one made
 * while signed in. Only a confirmed registration opens the stream links.
 */
@Component
class InspirationAccess {

    static final String COOKIE = "HUB_INSPIRATION";
    private static final Duration MAX_LIFE = Duration.ofDays(400);

    private final InspirationRegistrations registrations;

    InspirationAccess(InspirationRegistrations registrations) {
        this.registrations = registrations;
    }

    /** The visitor's active registration for an edition, if any. */
    Optional<InspirationRegistration> of(Edition edition, HttpServletRequest request, @Nullable SignedInUser user) {
        Optional<InspirationRegistration> byCookie = token(request).flatMap(registrations::findByToken)
            .filter(registration -> registration.getEditionId() == edition.getId() && registration.isActive());
        if (byCookie.isPresent() || user == null) {
            return byCookie;
        }
        return registrations.findFirstByEditionIdAndAccountIdAndStatusNotOrderByIdDesc(edition.getId(), user.id(),
                RegistrationStatus.CANCELLED);
    }

    static boolean mayWatch(Optional<InspirationRegistration> registration) {
        return registration.filter(r -> r.getStatus() == RegistrationStatus.CONFIRMED).isPresent();
    }

    /** Remembers the registration in this browser until the day after the edition. */
    static void remember(InspirationRegistration registration, Edition edition, Instant now, HttpServletRequest request,
            HttpServletResponse response) {
        Instant until = edition.getDay().plusDays(2).atStartOfDay(Activity.BRUSSELS).toInstant();
        Duration life = Duration.between(now, until);
        if (life.compareTo(MAX_LIFE) > 0) {
            life = MAX_LIFE;
        }
        response.addHeader("Set-Cookie", ResponseCookie.from(COOKIE, registration.getToken()).path("/").httpOnly(true)
            .secure(request.isSecure()).sameSite("Lax").maxAge(life.isNegative() ? Duration.ofDays(1) : life).build()
            .toString());
    }

    static void forget(HttpServletRequest request, HttpServletResponse response) {
        response.addHeader("Set-Cookie", ResponseCookie.from(COOKIE, "").path("/").httpOnly(true)
            .secure(request.isSecure()).sameSite("Lax").maxAge(0).build().toString());
    }

    private static Optional<String> token(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        for (Cookie cookie : cookies) {
            if (COOKIE.equals(cookie.getName()) && cookie.getValue() != null && cookie.getValue().matches("[A-Za-z0-9_-]{20,64}")) {
                return Optional.of(cookie.getValue());
            }
        }
        return Optional.empty();
    }

}
