package org.saferinternethub.account;

import jakarta.servlet.http.HttpServletRequest;

import org.saferinternethub.platform.HubSettings;
import org.saferinternethub.shared.Language;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Absolute links for mails: the configured public address, or else the one the request came in on. */
@Component
class Links {

    private final HubSettings settings;

    Links(HubSettings settings) {
        this.settings = settings;
    }

    String to(HttpServletRequest request, Language language, String path) {
        String base = settings.baseUrl() != null ? settings.baseUrl().toString().replaceAll("/+$", "")
                : ServletUriComponentsBuilder.fromContextPath(request).replaceQuery(null).toUriString();
        return base + "/" + language.code() + path;
    }

}
