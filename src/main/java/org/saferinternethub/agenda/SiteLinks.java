package org.saferinternethub.agenda;

import org.saferinternethub.platform.HubSettings;
import org.saferinternethub.shared.Language;
import org.springframework.stereotype.Component;

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
        return settings.publicBase();
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
