package org.saferinternethub.toolbox;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.saferinternethub.shared.LocalizedText.Localized;

/**
 * One page of toolbox search results with the counts of every facet.
 *
 * @param query what was asked
 * @param hits the resources of this page
 * @param total how many resources match in all
 * @param facets per facet, its values with the number of resources each would give, counted with the other
 *     facets' filters applied but not its own (so choosing another value of a facet shows honest numbers)
 * @param withoutFilter per selected facet, how many resources match when that facet's filter is removed
 */
public record ResourcePage(ResourceQuery query, List<Hit> hits, long total, Map<Facet, List<FacetValue>> facets,
        Map<Facet, Long> withoutFilter) {

    public int pages() {
        return (int) Math.min(500, (total + ResourceQuery.PAGE_SIZE - 1) / ResourceQuery.PAGE_SIZE);
    }

    public boolean hasPrevious() {
        return query.page() > 0;
    }

    public boolean hasNext() {
        return query.page() + 1 < pages();
    }

    /**
     * A facet value and its count.
     *
     * @param value the value in addresses, e.g. {@code cyberbullying}
     * @param label its name when it comes from data (themes, organisations); null when a message names it
     * @param count how many resources it would give
     * @param selected whether it is chosen now
     */
    public record FacetValue(String value, @Nullable String label, long count, boolean selected) {
    }

    /**
     * A resource as a search result.
     *
     * @param id the resource
     * @param title its title in the visitor's language or a fallback
     * @param summary its summary, likewise
     * @param summaryParts the summary cut into parts, those matching the words searched for marked
     * @param kind what sort of resource it is
     * @param providerName who offers it
     * @param organisationId the organisation that offers it
     * @param ageMin youngest age it is meant for, if any
     * @param ageMax oldest age it is meant for, if any
     * @param languages the codes of the languages it is available in
     * @param themes the slugs of its themes
     * @param cost whether it is free
     * @param publishedAt when it was published
     */
    public record Hit(long id, Localized title, Localized summary, List<Part> summaryParts, Kind kind,
            String providerName, long organisationId, @Nullable Integer ageMin, @Nullable Integer ageMax,
            Set<String> languages, Set<String> themes, Cost cost, @Nullable Instant publishedAt) {
    }

    /** A piece of text, marked when it matches a searched word. */
    public record Part(String text, boolean match) {
    }

}
