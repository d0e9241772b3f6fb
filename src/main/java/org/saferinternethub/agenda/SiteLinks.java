package org.saferinternethub.agenda;

import org.saferinternethub.platform.HubSettings;
import org.saferinternethub.shared.Language;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Absolute addresses of agenda pages for feeds, calendars and metadata: {@code hub.base-url}, or else the address
 * of the request being answered.
 */
@Component
class SiteLinks {

    private final HubSettings settings;

    SiteLinks(HubSettings settings) {
        this.settings = settings;
    }

    String base() {
        if (settings.baseUrl() != null) {
            String configured = settings.baseUrl().toString();
            return configured.endsWith("/") ? configured.substring(0, configured.length() - 1) : configured;
        }
        return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
    }

    String activityPage(Activity activity, Language language) {
        return base() + "/" + language.code() + "/agenda/activities/" + activity.getId();
    }

    String activityCalendar(Activity activity) {
        return base() + "/feeds/agenda/activities/" + activity.getId() + ".ics";
    }

    String listPage(Language language) {
        return base() + "/" + language.code() + "/agenda/activities";
    }

}
