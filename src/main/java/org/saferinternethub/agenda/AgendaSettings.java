package org.saferinternethub.agenda;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the agenda.
 *
 * @param map the activity map
 */
@ConfigurationProperties("hub.agenda")
record AgendaSettings(@DefaultValue MapSettings map) {

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
