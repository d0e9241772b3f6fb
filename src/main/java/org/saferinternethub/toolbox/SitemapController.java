package org.saferinternethub.toolbox;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import jakarta.servlet.http.HttpServletRequest;

import org.saferinternethub.platform.HubSettings;
import org.saferinternethub.shared.Language;
import org.springframework.data.domain.Limit;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

/**
 * The toolbox's sitemap for search engines: the search and theme pages and every published resource, each in
 * the four languages with {@code hreflang} alternates. Unpublished resources never appear.
 */
@RestController
class SitemapController {

    /** The most addresses one sitemap file may hold, divided by the four languages. */
    private static final int MAX_RESOURCES = 12_000;

    private final Resources resources;
    private final Themes themes;
    private final HubSettings settings;

    SitemapController(Resources resources, Themes themes, HubSettings settings) {
        this.resources = resources;
        this.themes = themes;
        this.settings = settings;
    }

    @GetMapping(value = "/sitemaps/toolbox.xml", produces = MediaType.APPLICATION_XML_VALUE)
    String sitemap(HttpServletRequest request) {
        String base = settings.publicBase();
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n");
        page(xml, base, "/toolbox", null);
        page(xml, base, "/toolbox/themes", null);
        themes.findAllByOrderByPositionAsc().forEach(theme -> page(xml, base, "/toolbox/themes/" + theme.getSlug(), null));
        for (Object[] row : resources.publishedIdsAndChanges(Limit.of(MAX_RESOURCES))) {
            page(xml, base, "/toolbox/resources/" + row[0], (Instant) row[1]);
        }
        return xml.append("</urlset>\n").toString();
    }

    private static void page(StringBuilder xml, String base, String path, @org.jspecify.annotations.Nullable Instant changed) {
        for (Language language : Language.values()) {
            xml.append("  <url><loc>").append(HtmlUtils.htmlEscape(base + "/" + language.code() + path)).append("</loc>");
            if (changed != null) {
                xml.append("<lastmod>").append(DateTimeFormatter.ISO_LOCAL_DATE.format(changed.atOffset(ZoneOffset.UTC)))
                    .append("</lastmod>");
            }
            for (Language alternate : Language.values()) {
                xml.append("<xhtml:link rel=\"alternate\" hreflang=\"").append(alternate.code()).append("\" href=\"")
                    .append(HtmlUtils.htmlEscape(base + "/" + alternate.code() + path)).append("\"/>");
            }
            xml.append("</url>\n");
        }
    }

}
