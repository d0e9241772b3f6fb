package org.saferinternethub.agenda;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.saferinternethub.shared.Language;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/**
 * schema.org {@code Event} metadata of an activity page, as JSON-LD. The JSON is written with {@code <}, {@code >}
 * and {@code &} as Unicode escapes, so that no text in it can close the {@code <script>} element it is placed in.
 */
@Component
class JsonLd {

    private final JsonMapper json;
    private final SiteLinks links;

    JsonLd(JsonMapper json, SiteLinks links) {
        this.json = json;
        this.links = links;
    }

    String event(Activity activity, Language language) {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("@context", "https://schema.org");
        event.put("@type", "Event");
        event.put("name", activity.getTitle().in(language).map(Object::toString).orElse(""));
        activity.getDescription().in(language).ifPresent(text -> event.put("description", text.value()));
        event.put("startDate", activity.localStart().toOffsetDateTime().toString());
        event.put("endDate", activity.localEnd().toOffsetDateTime().toString());
        event.put("eventStatus", activity.isCancelled() ? "https://schema.org/EventCancelled"
                : "https://schema.org/EventScheduled");
        event.put("url", links.activityPage(activity, language));
        event.put("inLanguage", activity.getLanguages().stream().map(Language::code).toList());
        event.put("organizer", Map.of("@type", "Organization", "name", activity.getOrganiserName()));
        if (activity.isOnline()) {
            event.put("eventAttendanceMode", "https://schema.org/OnlineEventAttendanceMode");
            event.put("location", Map.of("@type", "VirtualLocation", "url",
                    activity.getOnlineUrl() == null ? "" : activity.getOnlineUrl()));
        }
        else {
            event.put("eventAttendanceMode", "https://schema.org/OfflineEventAttendanceMode");
            Map<String, Object> address = new LinkedHashMap<>();
            address.put("@type", "PostalAddress");
            if (activity.getAddress() != null) {
                address.put("streetAddress", activity.getAddress());
            }
            address.put("postalCode", activity.getPostalCode());
            address.put("addressLocality", activity.getMunicipality());
            address.put("addressCountry", "BE");
            Map<String, Object> place = new LinkedHashMap<>();
            place.put("@type", "Place");
            place.put("name", activity.getMunicipality());
            place.put("address", address);
            if (activity.getLatitude() != null && activity.getLongitude() != null) {
                place.put("geo", Map.of("@type", "GeoCoordinates", "latitude", activity.getLatitude(), "longitude",
                        activity.getLongitude()));
            }
            event.put("location", place);
        }
        if (activity.isFree()) {
            event.put("isAccessibleForFree", true);
        }
        if (activity.getCapacity() != null) {
            event.put("maximumAttendeeCapacity", activity.getCapacity());
        }
        if (activity.getRegistrationUrl() != null) {
            event.put("offers", List.of(Map.of("@type", "Offer", "url", activity.getRegistrationUrl())));
        }
        return json.writeValueAsString(event).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
    }

}
