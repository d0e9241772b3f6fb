package org.saferinternethub.platform;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.saferinternethub.shared.Language;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Settings that hold for the whole platform.
 *
 * @param dataDir the folder for the embedded database, the search index and the mail outbox (env {@code HUB_DATA_DIR})
 * @param defaultLanguage the language {@code /} leads to when neither a cookie nor the browser names one of ours
 * @param baseUrl the public address of the site, used in links sent by mail; when empty, the address of the request
 * @param quickExit where the quick-exit control sends a visitor
 * @param helplines the centre's helplines, shown in the footer and on every help page
 * @param session how long a signed-in session may last
 * @param regions the regions of this deployment, as codes whose names are in the {@code platform.region.*} messages
 */
@ConfigurationProperties("hub")
public record HubSettings(
        @DefaultValue("./data") Path dataDir,
        @DefaultValue("NL") Language defaultLanguage,
        @Nullable URI baseUrl,
        @DefaultValue QuickExit quickExit,
        @DefaultValue List<Helpline> helplines,
        @DefaultValue SessionLimits session,
        @DefaultValue({ "BE", "BE-VLG", "BE-WAL", "BE-BRU", "BE-DG" }) List<String> regions) {

    /**
     * The public address of the site without a trailing slash, for absolute links in mail, feeds, sitemaps and
     * metadata: {@code hub.base-url}, or else the address of the request being answered.
     */
    public String publicBase() {
        if (baseUrl != null) {
            return baseUrl.toString().replaceAll("/+$", "");
        }
        return ServletUriComponentsBuilder.fromCurrentContextPath().replaceQuery(null).build().toUriString();
    }

    /**
     * @param url a neutral page (weather, news) that replaces the current one; it must not be our own site
     */
    public record QuickExit(@DefaultValue("https://www.meteo.be/") URI url) {
    }

    /**
     * @param name the helpline's name, e.g. {@code Awel}
     * @param number the number as dialled, e.g. {@code 102}
     * @param display the number as shown, e.g. {@code 102} or {@code 116 000}
     * @param url its website
     * @param languages the languages it answers in (empty: all)
     * @param description one line per language code ({@code nl}, {@code fr}, {@code de}, {@code en}) saying who it is for
     */
    public record Helpline(String name, String number, String display, @Nullable URI url,
            @DefaultValue List<Language> languages, @DefaultValue Map<String, String> description) {

        public String describe(Language language) {
            return description.getOrDefault(language.code(), description.getOrDefault("en", ""));
        }

        public String telHref() {
            return "tel:" + number.replaceAll("[^0-9+]", "");
        }

    }

    /**
     * @param absoluteTimeout a session ends this long after sign-in, however active (the idle timeout is
     *     {@code server.servlet.session.timeout})
     */
    public record SessionLimits(@DefaultValue("12h") Duration absoluteTimeout) {
    }

}
