package org.saferinternethub.account;

import org.saferinternethub.platform.HubSettings;
import org.saferinternethub.shared.Language;
import org.springframework.stereotype.Component;

/** Absolute links for mails, on the site's public address ({@link HubSettings#publicBase()}). */
@Component
class Links {

    private final HubSettings settings;

    Links(HubSettings settings) {
        this.settings = settings;
    }

    String to(Language language, String path) {
        return settings.publicBase() + "/" + language.code() + path;
    }

}
