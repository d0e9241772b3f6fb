package org.saferinternethub.toolbox;

import java.net.URI;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.saferinternethub.shared.Language;
import org.saferinternethub.shared.LocalizedText;
import org.saferinternethub.toolbox.search.Resource;
import org.springframework.validation.Errors;

/** What an editor types about a resource; texts per language, empty ones left out. */
record ResourceForm(
        @Size(max = 300) @Nullable String titleNl, @Size(max = 300) @Nullable String titleFr,
        @Size(max = 300) @Nullable String titleDe, @Size(max = 300) @Nullable String titleEn,
        @Size(max = 2000) @Nullable String summaryNl, @Size(max = 2000) @Nullable String summaryFr,
        @Size(max = 2000) @Nullable String summaryDe, @Size(max = 2000) @Nullable String summaryEn,
        @Size(max = 20000) @Nullable String bodyNl, @Size(max = 20000) @Nullable String bodyFr,
        @Size(max = 20000) @Nullable String bodyDe, @Size(max = 20000) @Nullable String bodyEn,
        @NotNull @Nullable Kind kind, @Nullable List<String> themes, @Nullable List<Audience> audiences,
        @Nullable List<Language> languages, @Nullable List<Format> formats,
        @Min(0) @Max(120) @Nullable Integer ageMin, @Min(0) @Max(120) @Nullable Integer ageMax,
        @NotNull @Nullable Cost cost, @Size(max = 200) @Nullable String priceText, @Nullable String region,
        @Size(max = 5000) @Nullable String links) {

    static ResourceForm empty() {
        return new ResourceForm(null, null, null, null, null, null, null, null, null, null, null, null, Kind.GUIDE,
                List.of(), List.of(), List.of(), List.of(), null, null, Cost.FREE, null, null, null);
    }

    static ResourceForm of(Resource.Content content) {
        return new ResourceForm(get(content.title(), Language.NL), get(content.title(), Language.FR),
                get(content.title(), Language.DE), get(content.title(), Language.EN), get(content.summary(), Language.NL),
                get(content.summary(), Language.FR), get(content.summary(), Language.DE),
                get(content.summary(), Language.EN), get(content.body(), Language.NL), get(content.body(), Language.FR),
                get(content.body(), Language.DE), get(content.body(), Language.EN), content.kind(),
                List.copyOf(content.themes()), List.copyOf(content.audiences()), List.copyOf(content.languages()),
                List.copyOf(content.formats()), content.ageMin(), content.ageMax(), content.cost(), content.priceText(),
                content.region(), String.join("\n", content.links()));
    }

    private static @Nullable String get(LocalizedText text, Language language) {
        return text.get(language).orElse(null);
    }

    /** Checks what annotations cannot: a title in some language, a summary with each title, known values. */
    void check(Errors errors, Set<String> knownThemes, List<String> knownRegions) {
        LocalizedText title = title();
        LocalizedText summary = summary();
        if (title.isEmpty()) {
            errors.rejectValue("titleEn", "toolbox.form.error.title");
        }
        for (Language language : title.asMap().keySet()) {
            if (summary.get(language).isEmpty()) {
                errors.rejectValue("summary" + capitalised(language), "toolbox.form.error.summary");
            }
        }
        if (ageMin != null && ageMax != null && ageMin > ageMax) {
            errors.rejectValue("ageMax", "toolbox.form.error.ages");
        }
        if (themes != null && !knownThemes.containsAll(themes)) {
            errors.rejectValue("themes", "toolbox.form.error.theme");
        }
        if (region != null && !region.isBlank() && !knownRegions.contains(region)) {
            errors.rejectValue("region", "toolbox.form.error.region");
        }
        for (String link : linkList()) {
            if (!isWebAddress(link)) {
                errors.rejectValue("links", "toolbox.form.error.link");
                break;
            }
        }
    }

    static String capitalised(Language language) {
        return language.code().substring(0, 1).toUpperCase() + language.code().substring(1);
    }

    LocalizedText title() {
        return texts(titleNl, titleFr, titleDe, titleEn);
    }

    LocalizedText summary() {
        return texts(summaryNl, summaryFr, summaryDe, summaryEn);
    }

    LocalizedText body() {
        return texts(bodyNl, bodyFr, bodyDe, bodyEn);
    }

    List<String> linkList() {
        List<String> list = new ArrayList<>();
        if (links != null) {
            links.lines().map(String::strip).filter(line -> !line.isEmpty()).limit(20).forEach(list::add);
        }
        return list;
    }

    /** The form as resource content; the languages it is available in include every language it is written in. */
    Resource.Content content() {
        Set<Language> available = new LinkedHashSet<>(languages == null ? List.of() : languages);
        available.addAll(title().asMap().keySet());
        return new Resource.Content(title(), summary(), body(), kind == null ? Kind.GUIDE : kind,
                themes == null ? Set.of() : Set.copyOf(themes), audiences == null ? Set.of() : Set.copyOf(audiences),
                available, formats == null ? Set.of() : Set.copyOf(formats), linkList(), ageMin, ageMax,
                cost == null ? Cost.FREE : cost, blankToNull(priceText), blankToNull(region));
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static boolean isWebAddress(String link) {
        try {
            URI uri = URI.create(link);
            return ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null;
        }
        catch (IllegalArgumentException notAnAddress) {
            return false;
        }
    }

    private static LocalizedText texts(@Nullable String nl, @Nullable String fr, @Nullable String de, @Nullable String en) {
        Map<Language, String> map = new EnumMap<>(Language.class);
        put(map, Language.NL, nl);
        put(map, Language.FR, fr);
        put(map, Language.DE, de);
        put(map, Language.EN, en);
        return LocalizedText.of(map);
    }

    private static void put(Map<Language, String> map, Language language, @Nullable String value) {
        if (value != null && !value.isBlank()) {
            map.put(language, value);
        }
    }

}
