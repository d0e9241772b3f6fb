package org.saferinternethub.toolbox.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.BulkScorer;
import org.apache.lucene.search.CollectionTerminatedException;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedNumericSortField;
import org.apache.lucene.search.SortedSetSortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopFieldCollector;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.FixedBitSet;
import org.hibernate.search.backend.lucene.LuceneBackend;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.mapper.orm.mapping.SearchMapping;
import org.jspecify.annotations.Nullable;
import org.saferinternethub.shared.Language;
import org.saferinternethub.toolbox.Facet;
import org.saferinternethub.toolbox.ResourceQuery;
import org.saferinternethub.toolbox.Status;

/**
 * The toolbox search straight on the embedded Lucene index: hits, total and every facet's counts.
 * <p>
 * Hibernate Search's terms aggregations read each matching document's doc values through hash maps, once per
 * facet, and faceted search needs one more query per selected facet (its counts without its own filter). Here a
 * pass without scores records the published documents the words match in a bitset per segment; the counts come
 * from {@link FacetBitsets} by bit arithmetic, each facet over the matches every other facet's filter accepts;
 * and Lucene then ranks only the matches every filter accepts, skipping those that cannot reach the page.
 * Without words, newest first, the page is read off each segment's presorted order. The query has the fields,
 * analysers, boosts and typo tolerance of {@link ResourceSearch#searchWithDsl}, so both give the same page.
 */
final class LuceneFacetedSearch {

    /** What Hibernate Search writes into every document: the entity id, as doc values. */
    private static final String ID_FIELD = "__HSEARCH_id_docvalue";
    private static final int MAX_WORDS = 16;
    private static final Query PUBLISHED = new TermQuery(new Term("status", Status.PUBLISHED.name()));
    /** The text fields of each language and their weight; the field names are these plus the language code. */
    private static final Map<String, Float> TEXT_FIELDS = Map.of("title", 4f, "summary", 2f, "body", 1f);

    private final SearchMapping mapping;
    private final LuceneBackend backend;
    private final FacetBitsets bitsets = new FacetBitsets();
    private final InMemoryNorms norms = new InMemoryNorms();

    private LuceneFacetedSearch(SearchMapping mapping, LuceneBackend backend) {
        this.mapping = mapping;
        this.backend = backend;
    }

    /** The fast path, when the index is the embedded Lucene one; none with an Elasticsearch or OpenSearch backend. */
    static Optional<LuceneFacetedSearch> on(SearchMapping mapping) {
        try {
            return Optional.of(new LuceneFacetedSearch(mapping, mapping.backend().unwrap(LuceneBackend.class)));
        }
        catch (RuntimeException otherBackend) {
            return Optional.empty();
        }
    }

    /**
     * The result of a search before the hits are read from the database.
     *
     * @param ids the ids of the page's hits, best first
     * @param total how many resources match every filter
     * @param counts per facet, the count of each value (values with none left out)
     * @param withoutFilter per selected facet, how many would match without its own filter
     */
    record Outcome(List<Long> ids, long total, Map<Facet, Map<String, Long>> counts, Map<Facet, Long> withoutFilter) {
    }

    Outcome search(ResourceQuery query, Set<String> themesNamed) {
        try (IndexReader index = mapping.scope(Resource.class).extension(LuceneExtension.get()).openIndexReader();
                IndexReader reader = norms.over(index)) {
            if (query.text().isEmpty() && query.effectiveSort() == ResourceQuery.Sort.NEWEST) {
                return browse(reader, query);
            }
            IndexSearcher searcher = new IndexSearcher(reader);
            Query words = searcher.rewrite(matching(searcher, query, themesNamed));
            int wanted = (query.page() + 1) * ResourceQuery.PAGE_SIZE;
            List<SegmentMatches> segments = searcher.search(words, new MatchingCollectorManager(query));
            long[][] accepted = new long[reader.leaves().size()][];
            for (SegmentMatches matches : segments) {
                accepted[matches.leaf()] = filtered(matches, null);
            }
            ScoreDoc[] docs = best(searcher, words, accepted, sort(query), wanted).scoreDocs;
            List<Long> ids = new ArrayList<>();
            for (int i = query.page() * ResourceQuery.PAGE_SIZE; i < docs.length; i++) {
                ids.add(id(reader, docs[i].doc));
            }
            return outcome(segments, ids);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Without words, newest first: the matches are the published documents Lucene has not deleted, and the page is
     * read off each segment's newest-first order, so no document is visited one by one. Ties go to the lower
     * document number, as in Lucene's own sort.
     */
    private Outcome browse(IndexReader reader, ResourceQuery query) throws IOException {
        int wanted = (query.page() + 1) * ResourceQuery.PAGE_SIZE;
        List<SegmentMatches> segments = new ArrayList<>();
        List<long[]> candidates = new ArrayList<>();
        for (LeafReaderContext leaf : reader.leaves()) {
            FacetBitsets.Segment segment = bitsets.of(leaf.reader());
            long[] matched = segment.published().clone();
            Bits live = leaf.reader().getLiveDocs();
            if (live instanceof FixedBitSet fixed) {
                long[] liveBits = fixed.getBits();
                for (int i = 0; i < matched.length; i++) {
                    matched[i] &= liveBits[i];
                }
            }
            else if (live != null) {
                for (int doc = 0; doc < segment.maxDoc(); doc++) {
                    if (!live.get(doc)) {
                        matched[doc >>> 6] &= ~(1L << doc);
                    }
                }
            }
            SegmentMatches matches = new SegmentMatches(leaf.ord, segment, matched, accepted(segment, query));
            segments.add(matches);
            long[] all = filtered(matches, null);
            int[] order = segment.newestFirst();
            int found = 0;
            for (int i = 0; i < order.length && found < wanted; i++) {
                int doc = order[i];
                if ((all[doc >>> 6] & (1L << doc)) != 0) {
                    candidates.add(new long[] { segment.newestKeys()[i], leaf.docBase + doc });
                    found++;
                }
            }
        }
        candidates.sort((a, b) -> a[0] != b[0] ? Long.compare(b[0], a[0]) : Long.compare(a[1], b[1]));
        List<Long> ids = new ArrayList<>();
        for (int i = query.page() * ResourceQuery.PAGE_SIZE; i < Math.min(wanted, candidates.size()); i++) {
            ids.add(id(reader, (int) candidates.get(i)[1]));
        }
        return outcome(segments, ids);
    }

    /**
     * The best documents of the given ones for a query, in a sort. Lucene is handed the documents as those it may
     * return, as it is handed the ones not deleted, so that it still skips what cannot reach the page: required
     * with the query, they would lead it through every accepted document one by one.
     */
    private static TopFieldDocs best(IndexSearcher searcher, Query query, long[][] accepted, Sort sort, int wanted)
            throws IOException {
        TopFieldCollectorManager manager = new TopFieldCollectorManager(sort, wanted, null, wanted, false);
        TopFieldCollector collector = manager.newCollector();
        Weight weight = searcher.createWeight(searcher.rewrite(query), collector.scoreMode(), 1f);
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            long[] bits = accepted[leaf.ord];
            BulkScorer scorer = bits == null ? null : weight.bulkScorer(leaf);
            if (scorer == null) {
                continue;
            }
            try {
                LeafCollector leafCollector = collector.getLeafCollector(leaf);
                scorer.score(leafCollector, new FixedBitSet(bits, leaf.reader().maxDoc()), 0, DocIdSetIterator.NO_MORE_DOCS);
                leafCollector.finish();
            }
            catch (CollectionTerminatedException nothingCompetitiveLeft) {
                // the collector needs nothing more from this segment
            }
        }
        return manager.reduce(List.of(collector));
    }

    /** Per selected facet, the documents of a segment its filter accepts: those with any of the chosen values. */
    private static Map<Facet, long[]> accepted(FacetBitsets.Segment segment, ResourceQuery query) {
        int words = FacetBitsets.words(segment.maxDoc());
        Map<Facet, long[]> accepted = new EnumMap<>(Facet.class);
        query.filters().forEach((facet, values) -> {
            long[] any = new long[words];
            for (String value : values) {
                int ord = segment.ordinal(facet, value);
                if (ord >= 0) {
                    long[] has = segment.bits().get(facet)[ord];
                    for (int i = 0; i < words; i++) {
                        any[i] |= has[i];
                    }
                }
            }
            accepted.put(facet, any);
        });
        return accepted;
    }

    private static long id(IndexReader reader, int doc) throws IOException {
        List<LeafReaderContext> leaves = reader.leaves();
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        BinaryDocValues ids = DocValues.getBinary(leaf.reader(), ID_FIELD);
        if (!ids.advanceExact(doc - leaf.docBase)) {
            throw new IllegalStateException("A toolbox index document without its id");
        }
        return Long.parseLong(ids.binaryValue().utf8ToString());
    }

    private static Sort sort(ResourceQuery query) {
        SortField newest = new SortedNumericSortField("publishedAt", SortField.Type.LONG, true);
        return switch (query.effectiveSort()) {
            case NEWEST -> new Sort(newest, SortField.FIELD_SCORE);
            case TITLE -> {
                SortField title = new SortedSetSortField("title_sort_" + query.language().code(), false);
                title.setMissingValue(SortField.STRING_LAST);
                yield new Sort(title, SortField.FIELD_SCORE);
            }
            case RELEVANCE -> new Sort(SortField.FIELD_SCORE, newest);
        };
    }

    /**
     * What the words match, or every published resource when there are none. Whether a match is published is
     * checked while collecting, with the facet filters: a query of only optional clauses lets Lucene score a
     * block of documents at a time, where a required clause would make it step through them one by one.
     */
    private Query matching(IndexSearcher searcher, ResourceQuery query, Set<String> themesNamed) throws IOException {
        return query.text().isEmpty() ? new ConstantScoreQuery(PUBLISHED)
                : words(searcher, query.text(), query.language(), themesNamed);
    }

    /**
     * Any word, in any language's title, summary or body (the visitor's language weighing most); or in the
     * provider's name; or the themes the words name. A word no published resource contains, in any language, is a
     * typo or a word the catalogue lacks: it is also matched with one letter changed after the first.
     * <p>
     * Each term is looked up in every segment once, here, and the query carries what was found to both passes;
     * a field that lacks the term is left out. With twelve fields a word and a dozen segments, the lookups in the
     * terms dictionaries had become a third of a search.
     */
    private Query words(IndexSearcher searcher, String text, Language visitor, Set<String> themesNamed) throws IOException {
        Map<Language, List<String>> terms = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            terms.put(language, analyse(language.code(), text));
        }
        int count = terms.get(visitor).size();
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        for (int word = 0; word < count; word++) {
            BooleanQuery.Builder exact = new BooleanQuery.Builder();
            BooleanQuery.Builder typo = new BooleanQuery.Builder();
            for (Language language : Language.values()) {
                List<String> inLanguage = terms.get(language);
                if (word >= inLanguage.size() || inLanguage.subList(0, word).contains(inLanguage.get(word))) {
                    continue;
                }
                float weight = language == visitor ? 1f : 0.4f;
                for (Map.Entry<String, Float> field : TEXT_FIELDS.entrySet()) {
                    Term term = new Term(field.getKey() + "." + language.code(), inLanguage.get(word));
                    float boost = field.getValue() * weight;
                    TermStates states = TermStates.build(searcher, term, true);
                    if (states.docFreq() > 0) {
                        exact.add(new BoostQuery(new TermQuery(term, states), 3f * boost), Occur.SHOULD);
                    }
                    typo.add(new BoostQuery(new FuzzyQuery(term, 1, 1), boost), Occur.SHOULD);
                }
            }
            BooleanQuery exactly = exact.build();
            for (BooleanClause clause : exactly.clauses()) {
                any.add(clause);
            }
            if (exactly.clauses().isEmpty() || !existsPublished(searcher, exactly)) {
                for (BooleanClause clause : typo.build().clauses()) {
                    any.add(clause);
                }
            }
        }
        for (String word : analyse("default", text)) {
            Term term = new Term("providerName", word);
            TermStates states = TermStates.build(searcher, term, true);
            if (states.docFreq() > 0) {
                any.add(new BoostQuery(new TermQuery(term, states), 2f), Occur.SHOULD);
            }
        }
        if (!themesNamed.isEmpty()) {
            any.add(new BoostQuery(new TermInSetQuery("theme", themesNamed.stream().map(BytesRef::new).toList()), 2f),
                    Occur.SHOULD);
        }
        return any.build();
    }

    /** Whether a published resource matches, stopping at the first one. */
    private static boolean existsPublished(IndexSearcher searcher, Query query) throws IOException {
        Query published = new BooleanQuery.Builder().add(PUBLISHED, Occur.FILTER).add(query, Occur.FILTER).build();
        Weight weight = searcher.createWeight(searcher.rewrite(published), ScoreMode.COMPLETE_NO_SCORES, 1f);
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            Scorer scorer = weight.scorer(leaf);
            if (scorer == null) {
                continue;
            }
            Bits live = leaf.reader().getLiveDocs();
            DocIdSetIterator docs = scorer.iterator();
            for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                if (live == null || live.get(doc)) {
                    return true;
                }
            }
        }
        return false;
    }

    private List<String> analyse(String analyzerName, String text) {
        Analyzer analyzer = backend.analyzer(analyzerName)
            .orElseThrow(() -> new IllegalStateException("No analyser " + analyzerName));
        List<String> terms = new ArrayList<>();
        try (TokenStream tokens = analyzer.tokenStream("", text)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            while (tokens.incrementToken() && terms.size() < MAX_WORDS) {
                terms.add(term.toString());
            }
            tokens.end();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }

    /** One segment's part of a search: what the words matched, and per selected facet the documents its filter accepts. */
    private record SegmentMatches(int leaf, FacetBitsets.Segment segment, long[] matched, Map<Facet, long[]> accepted) {
    }

    private final class MatchingCollectorManager implements CollectorManager<Collector, List<SegmentMatches>> {
        private final ResourceQuery query;
        private final List<SegmentMatches> segments = new ArrayList<>();

        MatchingCollectorManager(ResourceQuery query) {
            this.query = query;
        }

        /**
         * Records in a bitset every published document the words match, without scoring them: the counts need
         * them all, the page only the best, which Lucene then finds among those every filter accepts.
         */
        @Override
        public Collector newCollector() {
            return new Collector() {
                @Override
                public ScoreMode scoreMode() {
                    return ScoreMode.COMPLETE_NO_SCORES;
                }

                @Override
                public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
                    FacetBitsets.Segment segment = bitsets.of(context.reader());
                    long[] published = segment.published();
                    long[] matched = new long[FacetBitsets.words(segment.maxDoc())];
                    segments.add(new SegmentMatches(context.ord, segment, matched, accepted(segment, query)));
                    return new LeafCollector() {
                        @Override
                        public void setScorer(Scorable scorer) {
                            // Scores are not needed to know what matches.
                        }

                        @Override
                        public void collect(int doc) {
                            matched[doc >>> 6] |= published[doc >>> 6] & (1L << doc);
                        }
                    };
                }
            };
        }

        @Override
        public List<SegmentMatches> reduce(Collection<Collector> collectors) {
            return segments;
        }
    }

    /** The total and every facet's counts, from what each segment matched. */
    private static Outcome outcome(List<SegmentMatches> segments, List<Long> ids) {
        Map<Facet, Map<String, Long>> counts = new EnumMap<>(Facet.class);
        Map<Facet, Long> withoutFilter = new EnumMap<>(Facet.class);
        long total = 0;
        Map<Facet, Map<String, Long>> sums = new EnumMap<>(Facet.class);
        for (Facet facet : Facet.values()) {
            sums.put(facet, new HashMap<>());
        }
        Map<Facet, long[]> unfiltered = new EnumMap<>(Facet.class);
        for (SegmentMatches matches : segments) {
            long[] all = filtered(matches, null);
            total += cardinality(all);
            for (Facet facet : Facet.values()) {
                long[] counted = matches.accepted().containsKey(facet) ? filtered(matches, facet) : all;
                if (matches.accepted().containsKey(facet)) {
                    unfiltered.computeIfAbsent(facet, f -> new long[1])[0] += cardinality(counted);
                }
                String[] values = matches.segment().values().get(facet);
                long[][] bits = matches.segment().bits().get(facet);
                for (int ord = 0; ord < values.length; ord++) {
                    long count = intersection(counted, bits[ord]);
                    if (count > 0) {
                        sums.get(facet).merge(values[ord], count, Long::sum);
                    }
                }
            }
        }
        sums.forEach((facet, values) -> counts.put(facet, byCount(values)));
        unfiltered.forEach((facet, count) -> withoutFilter.put(facet, count[0]));
        return new Outcome(ids, total, counts, withoutFilter);
    }

    /** The matches every selected facet's filter accepts, but the given facet's. */
    private static long[] filtered(SegmentMatches matches, @Nullable Facet ignored) {
        long[] result = matches.matched().clone();
        matches.accepted().forEach((facet, accepted) -> {
            if (facet != ignored) {
                for (int i = 0; i < result.length; i++) {
                    result[i] &= accepted[i];
                }
            }
        });
        return result;
    }

    private static long cardinality(long[] bits) {
        long count = 0;
        for (long word : bits) {
            count += Long.bitCount(word);
        }
        return count;
    }

    private static long intersection(long[] a, long[] b) {
        long count = 0;
        for (int i = 0; i < a.length; i++) {
            count += Long.bitCount(a[i] & b[i]);
        }
        return count;
    }

    /** Most frequent first, then by value, as Hibernate Search orders a terms aggregation. */
    private static Map<String, Long> byCount(Map<String, Long> counts) {
        Map<String, Long> ordered = new LinkedHashMap<>();
        counts.entrySet().stream()
            .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
            .limit(ResourceSearch.MAX_FACET_VALUES)
            .forEach(entry -> ordered.put(entry.getKey(), entry.getValue()));
        return ordered;
    }

}
