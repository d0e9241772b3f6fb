package org.saferinternethub.platform;

import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Addresses without a language: {@code /} leads to the home page in the visitor's language, and
 * {@code /nl} to {@code /nl/}.
 */
@RestController
class RootController {

    private final LanguageResolution languages;

    RootController(LanguageResolution languages) {
        this.languages = languages;
    }

    @GetMapping("/")
    ResponseEntity<Void> root(HttpServletRequest request) {
        return ResponseEntity.status(302)
            .header("Vary", "Accept-Language, Cookie")
            .location(URI.create("/" + languages.preferredLanguage(request).code() + "/"))
            .build();
    }

    @GetMapping(value = "/robots.txt", produces = "text/plain")
    String robots() {
        return """
                User-agent: *
                Disallow: /nl/admin/
                Disallow: /fr/admin/
                Disallow: /de/admin/
                Disallow: /en/admin/
                Disallow: /nl/account/
                Disallow: /fr/account/
                Disallow: /de/account/
                Disallow: /en/account/
                """;
    }

}
