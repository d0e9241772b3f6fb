package org.saferinternethub.agenda;

import java.time.Duration;
import java.time.LocalTime;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the agenda.
 *
 * @param map the activity map
 * @param inspiration the online inspiration day
 */
@ConfigurationProperties("hub.agenda")
record AgendaSettings(@DefaultValue MapSettings map, @DefaultValue InspirationSettings inspiration) {

    /**
     * @param reminderInterval how often the reminder job looks for mails to send (ISO-8601, e.g. {@code PT5M};
     *     read by the job's {@code @Scheduled} as {@code hub.agenda.inspiration.reminder-interval})
     * @param reminderTime from this time (Europe/Brussels) on the day before, reminders go out
     * @param streamOpensBefore how long before a session its stream link is shown to registered people
     * @param resendAfter an address that registers again within this time gets no second mail
     * @param photoMaxBytes the largest speaker photo accepted
     * @param photoMaxSide photos are scaled down to at most this many pixels wide and high
     */
    record InspirationSettings(@DefaultValue("PT5M") Duration reminderInterval,
            @DefaultValue("10:00") LocalTime reminderTime, @DefaultValue("30m") Duration streamOpensBefore,
            @DefaultValue("15m") Duration resendAfter, @DefaultValue("3145728") long photoMaxBytes,
            @DefaultValue("600") int photoMaxSide) {
    }

    /**
     * @param tileUrl the tile server, as a Leaflet URL template ({@code {s}}, {@code {z}}, {@code {x}}, {@code {y}});
     *     its origin is added to the map pages' {@code img-src} (env {@code HUB_AGENDA_MAP_TILEURL})
     * @param attribution the tile server's attribution text, shown on the map
     * @param attributionUrl where the attribution links to
     */
    record MapSettings(@DefaultValue("https://tile.openstreetmap.org/{z}/{x}/{y}.png") String tileUrl,
            @DefaultValue("© OpenStreetMap contributors") String attribution,
            @DefaultValue("https://www.openstreetmap.org/copyright") String attributionUrl) {

        /** The tile server's origin for the CSP, e.g. {@code https://tile.openstreetmap.org}; {@code {s}} becomes {@code *}. */
        String tileOrigin() {
            String withoutPath = tileUrl.replaceFirst("^(https?://[^/]+).*$", "$1");
            return withoutPath.replace("{s}", "*");
        }

    }

}
