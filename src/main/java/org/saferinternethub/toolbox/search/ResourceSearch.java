package org.saferinternethub.toolbox.search;

import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.text.Normalizer;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import org.hibernate.Session;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.common.ValueModel;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.scope.SearchScope;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.jspecify.annotations.Nullable;
import org.saferinternethub.shared.Language;
import org.saferinternethub.shared.LocalizedText;
import org.saferinternethub.toolbox.Cost;
import org.saferinternethub.toolbox.Facet;
import org.saferinternethub.toolbox.Kind;
import org.saferinternethub.toolbox.ResourcePage;
import org.saferinternethub.toolbox.ResourcePage.FacetValue;
import org.saferinternethub.toolbox.ResourcePage.Hit;
import org.saferinternethub.toolbox.ResourcePage.Part;
import org.saferinternethub.toolbox.ResourceQuery;
import org.saferinternethub.toolbox.Status;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Faceted full-text search over published resources with Hibernate Search.
 * <p>
 * Words are matched in the visitor's language first (its fields weigh most) and in the other languages as a
 * fallback; a word no published resource contains is also matched with one typo. Facet counts follow the usual rule of faceted search: each
 * facet is counted with every other facet's filter applied but not its own. On the embedded Lucene index
 * {@link LuceneFacetedSearch} does the search in one pass; on other backends the Hibernate Search DSL does it
 * ({@link #searchWithDsl}).
 */
@Component
public class ResourceSearch {

    static final int MAX_FACET_VALUES = 100;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}");

    private final EntityManager entityManager;
    private final Optional<LuceneFacetedSearch> lucene;

    ResourceSearch(EntityManager entityManager, EntityManagerFactory entityManagerFactory) {
        this.entityManager = entityManager;
        this.lucene = LuceneFacetedSearch.on(Search.mapping(entityManagerFactory));
    }

    @Transactional(readOnly = true)
    public ResourcePage search(ResourceQuery query) {
        return search(query, Set.of());
    }

    /**
     * As {@link #search(ResourceQuery)}, where the words also find the resources of the given themes: those
     * whose name the words name, so that a search for a theme finds what is filed under it.
     */
    @Transactional(readOnly = true)
    public ResourcePage search(ResourceQuery query, Set<String> themesNamed) {
        return page(query, lucene.map(fast -> fast.search(query, themesNamed)).orElseGet(() -> dsl(query, themesNamed)));
    }

    /**
     * The same search through the Hibernate Search DSL, as on an Elasticsearch or OpenSearch backend; on the
     * embedded Lucene index it must give the same page as {@link #search(ResourceQuery, Set)}, which tests check.
     */
    @Transactional(readOnly = true)
    public ResourcePage searchWithDsl(ResourceQuery query, Set<String> themesNamed) {
        return page(query, dsl(query, themesNamed));
    }

    private ResourcePage page(ResourceQuery query, LuceneFacetedSearch.Outcome outcome) {
        Map<Facet, List<FacetValue>> facets = new EnumMap<>(Facet.class);
        for (Facet facet : Facet.values()) {
            Map<String, Long> values = new LinkedHashMap<>(outcome.counts().getOrDefault(facet, Map.of()));
            query.selected(facet).forEach(value -> values.putIfAbsent(value, 0L));
            facets.put(facet, values.entrySet().stream()
                .map(entry -> new FacetValue(entry.getKey(), null, entry.getValue(), query.isSelected(facet, entry.getKey())))
                .toList());
        }
        List<Hit> hits = hits(outcome.ids(), query.language(), words(query.text()));
        return new ResourcePage(query, hits, outcome.total(), facets, outcome.withoutFilter());
    }

    /**
     * The main query counts the facets without a selection, and each facet with a selection gets one more
     * count-only query without its own filter.
     */
    private LuceneFacetedSearch.Outcome dsl(ResourceQuery query, Set<String> themesNamed) {
        Set<String> unknown = unknownWords(query);
        SearchSession session = Search.session(entityManager);
        SearchScope<Resource> scope = session.scope(Resource.class);
        Map<Facet, AggregationKey<Map<String, Long>>> keys = new EnumMap<>(Facet.class);
        var step = session.search(scope)
            .select(f -> f.id(Long.class))
            .where(f -> matching(f, query, themesNamed, unknown, null))
            .sort(f -> switch (query.effectiveSort()) {
                case NEWEST -> f.field("publishedAt").desc().then().score();
                case TITLE -> f.field("title_sort_" + query.language().code()).then().score();
                case RELEVANCE -> f.score().then().field("publishedAt").desc();
            });
        for (Facet facet : Facet.values()) {
            if (query.selected(facet).isEmpty()) {
                AggregationKey<Map<String, Long>> key = AggregationKey.of(facet.param());
                keys.put(facet, key);
                step = step.aggregation(key, f -> f.terms().field(facet.param(), String.class, ValueModel.INDEX)
                    .maxTermCount(MAX_FACET_VALUES));
            }
        }
        SearchResult<Long> result = step.fetch(query.page() * ResourceQuery.PAGE_SIZE, ResourceQuery.PAGE_SIZE);

        Map<Facet, Map<String, Long>> counts = new EnumMap<>(Facet.class);
        Map<Facet, Long> withoutFilter = new EnumMap<>(Facet.class);
        keys.forEach((facet, key) -> counts.put(facet, result.aggregation(key)));
        for (Facet facet : Facet.values()) {
            if (!query.selected(facet).isEmpty()) {
                AggregationKey<Map<String, Long>> key = AggregationKey.of(facet.param());
                SearchResult<Resource> own = session.search(scope)
                    .where(f -> matching(f, query, themesNamed, unknown, facet))
                    .aggregation(key, f -> f.terms().field(facet.param(), String.class, ValueModel.INDEX)
                        .maxTermCount(MAX_FACET_VALUES))
                    .fetch(0);
                counts.put(facet, own.aggregation(key));
                withoutFilter.put(facet, own.total().hitCount());
            }
        }
        return new LuceneFacetedSearch.Outcome(result.hits(), result.total().hitCount(), counts, withoutFilter);
    }

    /** Published resources sharing a theme with this one, most themes in common first. */
    @Transactional(readOnly = true)
    public List<Hit> related(long resourceId, Set<String> themes, Language language, int count) {
        if (themes.isEmpty()) {
            return List.of();
        }
        return Search.session(entityManager).search(Resource.class)
            .where(f -> f.bool()
                .must(f.match().field("status").matching(Status.PUBLISHED))
                .must(anyOf(f, "theme", themes))
                .mustNot(f.id().matching(resourceId)))
            .sort(f -> f.score().then().field("publishedAt").desc())
            .fetchHits(count)
            .stream().map(resource -> hit(resource, language, List.of())).toList();
    }

    /** Resources published since a moment, newest first. */
    @Transactional(readOnly = true)
    public List<Hit> publishedSince(Instant since, Language language, int count) {
        return Search.session(entityManager).search(Resource.class)
            .where(f -> f.bool()
                .must(f.match().field("status").matching(Status.PUBLISHED))
                .must(f.range().field("publishedAt").atLeast(since)))
            .sort(f -> f.field("publishedAt").desc())
            .fetchHits(count)
            .stream().map(resource -> hit(resource, language, List.of())).toList();
    }

    /** The latest published resources available in a language, newest first, for the feed. */
    @Transactional(readOnly = true)
    public List<Hit> latestIn(Language language, int count) {
        return Search.session(entityManager).search(Resource.class)
            .where(f -> f.bool()
                .must(f.match().field("status").matching(Status.PUBLISHED))
                .must(f.match().field("language").matching(language.code())))
            .sort(f -> f.field("publishedAt").desc())
            .fetchHits(count)
            .stream().map(resource -> hit(resource, language, List.of())).toList();
    }

    /** Titles of published resources starting with what is typed, for suggestions. */
    @Transactional(readOnly = true)
    public List<Hit> titlesStartingWith(String text, Language language, int count) {
        List<String> words = words(text);
        if (words.isEmpty()) {
            return List.of();
        }
        String last = words.get(words.size() - 1);
        return Search.session(entityManager).search(Resource.class)
            .where(f -> f.bool()
                .must(f.match().field("status").matching(Status.PUBLISHED))
                .must(titlePrefix(f, last, language)))
            .fetchHits(count)
            .stream().map(resource -> hit(resource, language, List.of())).toList();
    }

    private static SearchPredicate titlePrefix(SearchPredicateFactory f, String prefix, Language language) {
        var any = f.or();
        for (Language each : Language.values()) {
            any.add(f.wildcard().field("title." + each.code()).matching(prefix + "*").boost(each == language ? 2f : 1f));
        }
        return any.toPredicate();
    }

    private PredicateFinalStep matching(SearchPredicateFactory f, ResourceQuery query, Set<String> themesNamed,
            Set<String> unknown, @Nullable Facet ignored) {
        var bool = f.bool().must(f.match().field("status").matching(Status.PUBLISHED));
        if (!query.text().isEmpty()) {
            bool.must(textMatches(f, query.text(), query.language(), themesNamed, unknown));
        }
        query.filters().forEach((facet, values) -> {
            if (facet != ignored) {
                bool.must(anyOf(f, facet.param(), values));
            }
        });
        return bool;
    }

    private static SearchPredicate anyOf(SearchPredicateFactory f, String field, Set<String> values) {
        var any = f.or();
        values.forEach(value -> any.add(f.match().field(field).matching(value, ValueModel.INDEX)));
        return any.toPredicate();
    }

    /**
     * The words no published resource contains, exactly, in any language: as in {@link LuceneFacetedSearch}, only
     * these are also matched with one typo. Read once per search, as the facets' count queries repeat the words.
     */
    private Set<String> unknownWords(ResourceQuery query) {
        Set<String> unknown = new HashSet<>();
        Matcher words = WORD.matcher(query.text());
        int count = 0;
        while (words.find() && count++ < 16) {
            String word = words.group();
            long known = Search.session(entityManager).search(Resource.class)
                .where(f -> f.bool().must(f.match().field("status").matching(Status.PUBLISHED))
                    .must(wordMatches(f, word, query.language(), false)))
                .fetchTotalHitCount();
            if (known == 0) {
                unknown.add(word);
            }
        }
        return unknown;
    }

    private SearchPredicate textMatches(SearchPredicateFactory f, String text, Language language,
            Set<String> themesNamed, Set<String> unknown) {
        var b = f.or();
        Matcher words = WORD.matcher(text);
        int count = 0;
        while (words.find() && count++ < 16) {
            b.add(wordMatches(f, words.group(), language, false));
            if (unknown.contains(words.group())) {
                b.add(wordMatches(f, words.group(), language, true));
            }
        }
        b.add(f.match().field("providerName").matching(text).boost(2f));
        if (!themesNamed.isEmpty()) {
            b.add(f.terms().field("theme").matchingAny(themesNamed).boost(2f));
        }
        return b.toPredicate();
    }

    private static SearchPredicate wordMatches(SearchPredicateFactory f, String word, Language language, boolean typo) {
        var b = f.or();
        for (Language each : Language.values()) {
            float weight = each == language ? 1f : 0.4f;
            String code = each.code();
            var match = f.match().field("title." + code).boost(4f * weight).field("summary." + code).boost(2f * weight)
                .field("body." + code).boost(weight).matching(word);
            b.add(typo ? match.fuzzy(1, 1) : match.boost(3f));
        }
        return b.toPredicate();
    }

    private static Hit hit(Resource resource, Language language, List<String> words) {
        return hit(resource.getId() == null ? 0 : resource.getId(), resource.getTitle(), resource.getSummary(),
                resource.getKind(), resource.getProviderName(), resource.getOrganisationId(), resource.getAgeMin(),
                resource.getAgeMax(), Set.copyOf(resource.getLanguageCodes()), Set.copyOf(resource.getThemes()),
                resource.getCost(), resource.getPublishedAt(), language, words);
    }

    /**
     * The hits of a page, in the order of the ids, read with one query of only the columns a hit shows, themes and
     * languages aggregated in it: loading the resources would read their bodies and all their collections, and
     * each further query is one more round trip to the database in every search. In JDBC, as Hibernate translates
     * a query with a list parameter again for every length of the list, which showed in profiles of the search.
     */
    private List<Hit> hits(List<Long> ids, Language language, List<String> words) {
        if (ids.isEmpty()) {
            return List.of();
        }
        String sql = "select r.id, r.title_nl, r.title_fr, r.title_de, r.title_en, r.summary_nl, r.summary_fr, r.summary_de, "
                + "r.summary_en, r.kind, r.provider_name, r.organisation_id, r.age_min, r.age_max, r.cost, r.published_at, "
                + "(select array_agg(t.theme) from toolbox_resource_theme t where t.resource_id = r.id), "
                + "(select array_agg(l.language) from toolbox_resource_language l where l.resource_id = r.id) "
                + "from toolbox_resource r where r.id in (" + String.join(", ", Collections.nCopies(ids.size(), "?")) + ")";
        Map<Long, Hit> hits = entityManager.unwrap(Session.class).doReturningWork(connection -> {
            Map<Long, Hit> read = new HashMap<>();
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                for (int i = 0; i < ids.size(); i++) {
                    statement.setLong(i + 1, ids.get(i));
                }
                try (ResultSet row = statement.executeQuery()) {
                    while (row.next()) {
                        long id = row.getLong(1);
                        Set<String> languages = new TreeSet<>();
                        strings(row, 18).forEach(code -> languages.add(Language.valueOf(code).code()));
                        read.put(id, hit(id, localized(row, 2), localized(row, 6), Kind.valueOf(row.getString(10)),
                                row.getString(11), row.getLong(12), row.getObject(13, Integer.class),
                                row.getObject(14, Integer.class), languages, new TreeSet<>(strings(row, 17)),
                                Cost.valueOf(row.getString(15)), instant(row.getObject(16, OffsetDateTime.class)), language, words));
                    }
                }
            }
            return read;
        });
        return ids.stream().map(hits::get).filter(Objects::nonNull).toList();
    }

    /** The strings of an array column; none for SQL null (an aggregate over no rows). */
    private static List<String> strings(ResultSet row, int column) throws SQLException {
        Array array = row.getArray(column);
        if (array == null) {
            return List.of();
        }
        List<String> strings = new ArrayList<>();
        for (Object element : (Object[]) array.getArray()) {
            strings.add((String) element);
        }
        array.free();
        return strings;
    }

    /** Four columns in the order nl, fr, de, en, as {@link Language} lists them, from the given one on. */
    private static LocalizedText localized(ResultSet row, int first) throws SQLException {
        Map<Language, String> texts = new EnumMap<>(Language.class);
        for (Language each : Language.values()) {
            texts.put(each, row.getString(first + each.ordinal()));
        }
        return LocalizedText.of(texts);
    }

    private static @Nullable Instant instant(@Nullable OffsetDateTime value) {
        return value == null ? null : value.toInstant();
    }

    private static Hit hit(long id, LocalizedText titles, LocalizedText summaries, Kind kind, String providerName,
            long organisationId, @Nullable Integer ageMin, @Nullable Integer ageMax, Set<String> languages,
            Set<String> themes, Cost cost, @Nullable Instant publishedAt, Language language, List<String> words) {
        LocalizedText.Localized title = titles.in(language).orElse(new LocalizedText.Localized("", language, false));
        LocalizedText.Localized summary = summaries.in(title.language())
            .or(() -> summaries.in(language))
            .orElse(new LocalizedText.Localized("", title.language(), title.fallback()));
        return new Hit(id, title, summary, highlight(summary.value(), words), kind, providerName, organisationId, ageMin,
                ageMax, Set.copyOf(languages), Set.copyOf(themes), cost, publishedAt);
    }

    /**
     * Cuts a text into parts and marks the words that share a stem-like beginning with a searched word, ignoring
     * case and accents: a light stand-in for the index's analysers that needs no stored copy of the text.
     */
    static List<Part> highlight(String text, List<String> words) {
        List<Part> parts = new ArrayList<>();
        if (words.isEmpty()) {
            parts.add(new Part(text, false));
            return parts;
        }
        Matcher matcher = WORD.matcher(text);
        int position = 0;
        while (matcher.find()) {
            String folded = fold(matcher.group());
            boolean match = folded.length() >= 3 && words.stream().anyMatch(word -> folded.startsWith(stem(word)) || word.startsWith(stem(folded)));
            if (match) {
                if (matcher.start() > position) {
                    parts.add(new Part(text.substring(position, matcher.start()), false));
                }
                parts.add(new Part(matcher.group(), true));
                position = matcher.end();
            }
        }
        if (position < text.length()) {
            parts.add(new Part(text.substring(position), false));
        }
        return parts;
    }

    private static String stem(String word) {
        return word.length() <= 4 ? word : word.substring(0, Math.max(4, word.length() - 2));
    }

    /** The words of a query of three letters or more, lower case and without accents. */
    public static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        Matcher matcher = WORD.matcher(text);
        while (matcher.find()) {
            if (matcher.group().length() >= 3) {
                words.add(fold(matcher.group()));
            }
        }
        return words;
    }

    private static String fold(String word) {
        if (word.chars().allMatch(c -> c < 0x80)) {
            // Most words of a summary: nothing to decompose, and decomposing every word of every hit showed in profiles.
            return word.toLowerCase(Locale.ROOT);
        }
        return MARKS.matcher(Normalizer.normalize(word, Normalizer.Form.NFD)).replaceAll("").toLowerCase(Locale.ROOT);
    }

}
