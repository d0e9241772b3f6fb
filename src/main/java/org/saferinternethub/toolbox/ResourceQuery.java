package org.saferinternethub.toolbox;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.saferinternethub.shared.Language;
import org.springframework.util.MultiValueMap;

/**
 * What a visitor searches for: words, selected facet values, order and page. The whole state fits in an
 * address ({@link #params()}), so a search can be bookmarked and shared.
 *
 * @param text the words typed, possibly empty
 * @param filters the selected values per facet; values of one facet are alternatives, facets combine
 * @param sort the order of the hits
 * @param page the page, from 0
 * @param language the visitor's language: its fields weigh most, the others are the fallback
 */
public record ResourceQuery(String text, Map<Facet, Set<String>> filters, Sort sort, int page, Language language) {

    /** Hits per page. */
    public static final int PAGE_SIZE = 20;

    /** How hits are ordered. */
    public enum Sort {
        RELEVANCE, NEWEST, TITLE
    }

    public ResourceQuery {
        text = text.strip();
        Map<Facet, Set<String>> copy = new EnumMap<>(Facet.class);
        filters.forEach((facet, values) -> {
            if (!values.isEmpty()) {
                copy.put(facet, Collections.unmodifiableSet(new LinkedHashSet<>(values)));
            }
        });
        filters = Collections.unmodifiableMap(copy);
        page = Math.max(0, Math.min(page, 500));
    }

    /** Everything published, newest first. */
    public static ResourceQuery all(Language language) {
        return new ResourceQuery("", Map.of(), Sort.NEWEST, 0, language);
    }

    /** Reads a query from address parameters, ignoring what it does not know. */
    public static ResourceQuery from(MultiValueMap<String, String> params, Language language) {
        Map<Facet, Set<String>> filters = new EnumMap<>(Facet.class);
        for (Facet facet : Facet.values()) {
            List<String> values = params.getOrDefault(facet.param(), List.of());
            Set<String> cleaned = new LinkedHashSet<>();
            for (String value : values) {
                if (value != null && !value.isBlank() && value.length() <= 100 && cleaned.size() < 20) {
                    cleaned.add(value.strip());
                }
            }
            filters.put(facet, cleaned);
        }
        String text = params.getFirst("q");
        if (text != null && text.length() > 200) {
            text = text.substring(0, 200);
        }
        Sort sort = Sort.RELEVANCE;
        String sortParam = params.getFirst("sort");
        if (sortParam != null) {
            for (Sort candidate : Sort.values()) {
                if (candidate.name().equalsIgnoreCase(sortParam)) {
                    sort = candidate;
                }
            }
        }
        int page = 0;
        try {
            String pageParam = params.getFirst("page");
            page = pageParam == null ? 0 : Integer.parseInt(pageParam);
        }
        catch (NumberFormatException ignored) {
            // A hand-edited address: show the first page.
        }
        return new ResourceQuery(text == null ? "" : text, filters, sort, page, language);
    }

    public Set<String> selected(Facet facet) {
        return filters.getOrDefault(facet, Set.of());
    }

    public boolean isSelected(Facet facet, String value) {
        return selected(facet).contains(value);
    }

    public boolean hasFilters() {
        return !filters.isEmpty();
    }

    /** The effective order: relevance means newest when no words are given. */
    public Sort effectiveSort() {
        return sort == Sort.RELEVANCE && text.isEmpty() ? Sort.NEWEST : sort;
    }

    public ResourceQuery withPage(int page) {
        return new ResourceQuery(text, filters, sort, page, language);
    }

    public ResourceQuery with(Facet facet, String value) {
        Map<Facet, Set<String>> changed = new EnumMap<>(Facet.class);
        changed.putAll(filters);
        Set<String> values = new LinkedHashSet<>(selected(facet));
        values.add(value);
        changed.put(facet, values);
        return new ResourceQuery(text, changed, sort, 0, language);
    }

    public ResourceQuery without(Facet facet) {
        Map<Facet, Set<String>> changed = new EnumMap<>(Facet.class);
        changed.putAll(filters);
        changed.remove(facet);
        return new ResourceQuery(text, changed, sort, 0, language);
    }

    public ResourceQuery withoutText() {
        return new ResourceQuery("", filters, sort, 0, language);
    }

    /** The query as address parameters, e.g. {@code q=cyberpesten&audience=TEACHERS&page=1}. */
    public String params() {
        List<String> parts = new ArrayList<>();
        if (!text.isEmpty()) {
            parts.add("q=" + encode(text));
        }
        filters.forEach((facet, values) -> values.forEach(value -> parts.add(facet.param() + "=" + encode(value))));
        if (sort != Sort.RELEVANCE) {
            parts.add("sort=" + sort.name().toLowerCase());
        }
        if (page > 0) {
            parts.add("page=" + page);
        }
        return String.join("&", parts);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

}
