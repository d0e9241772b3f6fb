package org.saferinternethub.toolbox;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;
import org.saferinternethub.platform.Markdown;
import org.saferinternethub.shared.Language;
import org.saferinternethub.shared.LocalizedText;
import org.saferinternethub.shared.LocalizedText.Localized;
import org.saferinternethub.toolbox.ResourcePage.FacetValue;
import org.saferinternethub.toolbox.SearchLabels.ThemeLabel;
import org.saferinternethub.toolbox.search.Resource;
import org.saferinternethub.toolbox.search.ResourceSearch;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The toolbox as the rest of the platform sees it: search the published catalogue and read one resource.
 */
@Service
public class Toolbox {

    private final ResourceSearch search;
    private final Resources resources;
    private final SearchLabels labels;
    private final Markdown markdown;

    Toolbox(ResourceSearch search, Resources resources, SearchLabels labels, Markdown markdown) {
        this.search = search;
        this.resources = resources;
        this.labels = labels;
        this.markdown = markdown;
    }

    /** Published resources matching a query, with the counts of every facet. */
    @Transactional(readOnly = true)
    public ResourcePage search(ResourceQuery query) {
        List<ThemeLabel> taxonomy = labels.themes();
        ResourcePage page = search.search(query, themesNamedBy(query.text(), taxonomy));
        Map<String, String> themeNames = namesIn(taxonomy, query.language());
        Map<String, String> organisationNames = labels.organisationNames(page.facets().getOrDefault(Facet.ORGANISATION, List.of())
            .stream().map(FacetValue::value).toList());
        Map<Facet, List<FacetValue>> facets = new EnumMap<>(Facet.class);
        page.facets().forEach((facet, values) -> {
            if (facet == Facet.THEME || facet == Facet.ORGANISATION) {
                Map<String, String> names = facet == Facet.THEME ? themeNames : organisationNames;
                values = values.stream()
                    .map(value -> new FacetValue(value.value(), names.getOrDefault(value.value(), value.value()),
                            value.count(), value.selected()))
                    .toList();
            }
            facets.put(facet, values);
        });
        return new ResourcePage(page.query(), page.hits(), page.total(), facets, page.withoutFilter());
    }

    /** A published resource, as shown on its page and in the API. */
    @Transactional(readOnly = true)
    public Optional<ResourceDetails> published(long id, Language language) {
        return resources.findById(id).filter(resource -> resource.getStatus() == Status.PUBLISHED)
            .map(resource -> details(resource, language));
    }

    /**
     * The themes whose name, in any language, holds one of the searched words of five letters or more: "pesten"
     * and "cyberpesten" name the cyberbullying theme. Words in the names of three themes or more ("online") name
     * none. A renamed theme is found by its new name at once ({@link SearchLabels}).
     */
    Set<String> themesNamedBy(String text) {
        return themesNamedBy(text, labels.themes());
    }

    private static Set<String> themesNamedBy(String text, List<ThemeLabel> taxonomy) {
        List<String> searched = ResourceSearch.words(text).stream().filter(word -> word.length() >= 5).toList();
        if (searched.isEmpty()) {
            return Set.of();
        }
        Map<String, Set<String>> wordsByTheme = new HashMap<>();
        Map<String, Integer> themesPerWord = new HashMap<>();
        for (ThemeLabel theme : taxonomy) {
            Set<String> words = new HashSet<>();
            theme.name().asMap().values().forEach(name -> words.addAll(ResourceSearch.words(name)));
            wordsByTheme.put(theme.slug(), words);
            words.forEach(word -> themesPerWord.merge(word, 1, Integer::sum));
        }
        Set<String> named = new TreeSet<>();
        wordsByTheme.forEach((slug, words) -> {
            for (String word : words) {
                boolean distinctive = word.length() >= 5 && themesPerWord.get(word) < 3;
                if (distinctive && searched.stream().anyMatch(s -> word.contains(s) || s.startsWith(word))) {
                    named.add(slug);
                }
            }
        });
        return named;
    }

    Map<String, String> themeNames(Language language) {
        return namesIn(labels.themes(), language);
    }

    private static Map<String, String> namesIn(List<ThemeLabel> taxonomy, Language language) {
        Map<String, String> names = new LinkedHashMap<>();
        taxonomy.forEach(theme -> names.putIfAbsent(theme.slug(),
                theme.name().in(language).map(Localized::value).orElse(theme.slug())));
        return names;
    }

    ResourceDetails details(Resource resource, Language language) {
        Localized title = resource.getTitle().in(language).orElse(new Localized("", language, false));
        Localized summary = text(resource.getSummary(), title.language(), language);
        Localized body = text(resource.getBody(), title.language(), language);
        Map<String, String> themeNames = themeNames(language);
        List<ThemeName> themeList = new ArrayList<>();
        themeNames.forEach((slug, name) -> {
            if (resource.getThemes().contains(slug)) {
                themeList.add(new ThemeName(slug, name));
            }
        });
        List<AttachmentView> attachments = resource.getAttachments().stream()
            .map(a -> new AttachmentView(a.getId() == null ? 0 : a.getId(), a.getFileName(), a.getMediaType(), a.getSize()))
            .toList();
        return new ResourceDetails(resource.getId() == null ? 0 : resource.getId(), title, summary,
                new Localized(markdown.toSafeHtml(body.value()), body.language(), body.fallback()), resource.getKind(),
                themeList, Set.copyOf(resource.getAudiences()), resource.getAgeMin(), resource.getAgeMax(),
                resource.getLanguages().stream().sorted().toList(), Set.copyOf(resource.getFormats()), resource.getCost(),
                resource.getPriceText(), resource.getRegion(), List.copyOf(resource.getLinks()), attachments,
                resource.getOrganisationId(), resource.getProviderName(), resource.getStatus(), resource.getReviewComment(),
                resource.getPublishedAt(), resource.getUpdatedAt(), Set.copyOf(resource.getThemes()));
    }

    private static Localized text(LocalizedText text, Language preferred, Language reader) {
        return text.get(preferred).map(value -> new Localized(value, preferred, preferred != reader))
            .or(() -> text.in(reader))
            .orElse(new Localized("", reader, false));
    }


    /**
     * A resource as its page shows it.
     *
     * @param bodyHtml the body rendered from Markdown and sanitised; the only text a page may insert unescaped
     */
    public record ResourceDetails(long id, Localized title, Localized summary, Localized bodyHtml, Kind kind,
            List<ThemeName> themes, Set<Audience> audiences, @Nullable Integer ageMin, @Nullable Integer ageMax,
            List<Language> languages, Set<Format> formats, Cost cost, @Nullable String priceText,
            @Nullable String region, List<String> links, List<AttachmentView> attachments, long organisationId,
            String providerName, Status status, @Nullable String reviewComment, @Nullable Instant publishedAt,
            Instant updatedAt, Set<String> themeSlugs) {
    }

    /** A theme with its name in the reader's language. */
    public record ThemeName(String slug, String name) {
    }

    /** An attached file, downloaded from the resource page. */
    public record AttachmentView(long id, String fileName, String mediaType, long size) {
    }

}
