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
    private final org.springframework.core.env.Environment environment;

    SiteLinks(HubSettings settings, org.springframework.core.env.Environment environment) {
        this.settings = settings;
        this.environment = environment;
    }

    String base() {
        return settings.publicBase();
    }

    /**
     * The base for links in mail, also outside a request (the reminder job): {@code hub.base-url}, the request's
     * address, or else this machine's own port (set {@code hub.base-url} in production).
     */
    String mailBase() {
        try {
            return base();
        }
        catch (IllegalStateException noRequest) {
            return "http://localhost:" + environment.getProperty("local.server.port",
                    environment.getProperty("server.port", "8080"));
        }
    }

    String programmePage(Edition edition, Language language) {
        return mailBase() + "/" + language.code() + "/agenda/inspiration/" + edition.getYear();
    }

    String registrationPage(InspirationRegistration registration) {
        return mailBase() + "/" + registration.getLanguage().code() + "/agenda/inspiration/registration/"
                + registration.getToken();
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
