package org.saferinternethub.toolbox;

import java.util.LinkedHashMap;
import java.util.Map;

import org.saferinternethub.platform.HubSettings;
import org.saferinternethub.platform.OpenGraph;
import org.saferinternethub.shared.Language;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/**
 * What search engines and link previews read on a resource page: schema.org {@code LearningResource} as JSON-LD
 * (written with {@code <}, {@code >} and {@code &} escaped, so no text can close its {@code <script>}) and Open
 * Graph tags.
 */
@Component
class ResourceMetadata {

    private final JsonMapper json;
    private final HubSettings settings;

    ResourceMetadata(JsonMapper json, HubSettings settings) {
        this.json = json;
        this.settings = settings;
    }

    String jsonLd(Toolbox.ResourceDetails resource, Language language) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("@context", "https://schema.org");
        data.put("@type", "LearningResource");
        data.put("name", resource.title().value());
        data.put("description", resource.summary().value());
        data.put("url", pageUrl(resource, language));
        data.put("learningResourceType", resource.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '));
        data.put("inLanguage", resource.languages().stream().map(Language::code).toList());
        data.put("about", resource.themes().stream().map(Toolbox.ThemeName::name).toList());
        data.put("audience", resource.audiences().stream()
            .map(audience -> Map.of("@type", "Audience", "audienceType", audience.name().toLowerCase(java.util.Locale.ROOT)))
            .toList());
        if (resource.ageMin() != null || resource.ageMax() != null) {
            data.put("typicalAgeRange", (resource.ageMin() == null ? "" : resource.ageMin()) + "-"
                    + (resource.ageMax() == null ? "" : resource.ageMax()));
        }
        data.put("isAccessibleForFree", resource.cost() == Cost.FREE);
        data.put("provider", Map.of("@type", "Organization", "name", resource.providerName()));
        if (resource.publishedAt() != null) {
            data.put("datePublished", resource.publishedAt().toString());
        }
        data.put("dateModified", resource.updatedAt().toString());
        return json.writeValueAsString(data).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
    }

    OpenGraph openGraph(Toolbox.ResourceDetails resource, Language language) {
        return new OpenGraph(resource.title().value(), resource.summary().value(), pageUrl(resource, language), "article",
                language.code() + "_BE");
    }

    private String pageUrl(Toolbox.ResourceDetails resource, Language language) {
        return settings.publicBase() + "/" + language.code() + "/toolbox/resources/" + resource.id();
    }

}
