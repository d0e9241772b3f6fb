package org.saferinternethub.platform;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.saferinternethub.shared.Language;
import org.springframework.http.ResponseCookie;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Decides the language of a request: the address names it ({@code /fr/...}); where it doesn't, the visitor's
 * last choice (a cookie), then the browser's {@code Accept-Language}, then the configured default.
 * <p>
 * Also a {@link HandlerInterceptor} that remembers the language of every page visited in that cookie, so that
 * {@code /} leads back to it.
 */
class LanguageResolution implements LocaleResolver, HandlerInterceptor {

    static final String COOKIE = "hub_lang";

    private final Language defaultLanguage;

    LanguageResolution(Language defaultLanguage) {
        this.defaultLanguage = defaultLanguage;
    }

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        return languageFor(request).locale();
    }

    Language languageFor(HttpServletRequest request) {
        return SitePaths.languageOf(SitePaths.requestedPath(request))
            .or(() -> fromCookie(request))
            .or(() -> fromAcceptLanguage(request))
            .orElse(defaultLanguage);
    }

    /** The language for a visitor who has not named one in the address. */
    Language preferredLanguage(HttpServletRequest request) {
        return fromCookie(request).or(() -> fromAcceptLanguage(request)).orElse(defaultLanguage);
    }

    @Override
    public void setLocale(HttpServletRequest request, @Nullable HttpServletResponse response, @Nullable Locale locale) {
        throw new UnsupportedOperationException("The language is chosen by the address: link to /<language>/...");
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        SitePaths.languageOf(request.getRequestURI()).ifPresent(language -> {
            if (fromCookie(request).filter(language::equals).isEmpty()) {
                ResponseCookie cookie = ResponseCookie.from(COOKIE, language.code())
                    .path("/")
                    .maxAge(Duration.ofDays(365))
                    .httpOnly(true)
                    .sameSite("Lax")
                    .secure(request.isSecure())
                    .build();
                response.addHeader("Set-Cookie", cookie.toString());
            }
        });
        return true;
    }

    private static Optional<Language> fromCookie(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        for (Cookie cookie : cookies) {
            if (COOKIE.equals(cookie.getName())) {
                return Language.fromCode(cookie.getValue());
            }
        }
        return Optional.empty();
    }

    private static Optional<Language> fromAcceptLanguage(HttpServletRequest request) {
        String header = request.getHeader("Accept-Language");
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        try {
            return Locale.LanguageRange.parse(header).stream()
                .flatMap(range -> Language.fromCode(range.getRange()).stream())
                .findFirst();
        }
        catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }

}
