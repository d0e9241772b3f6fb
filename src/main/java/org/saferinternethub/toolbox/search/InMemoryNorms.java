package org.saferinternethub.toolbox.search;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.lucene.index.FilterLeafReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiReader;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.FixedBitSet;
import org.jspecify.annotations.Nullable;

/**
 * Each segment's norms (the field lengths BM25 weighs scores by), read once into an array per field.
 * <p>
 * A resource has text in only some of the four languages, so Lucene stores the norms of each language's fields
 * sparsely, and finding one document's norm means walking an index of which documents have one. Ranking by
 * relevance scores every match in up to twelve fields: at 100,000 resources that walk was a third of a search.
 * In memory a norm is one array read, for one byte per document and field with text, about a megabyte per field
 * at 100,000 resources. Segments never change once written, so the arrays are kept until Lucene closes the
 * segment; the values are Lucene's own, so scores are exactly those of the index as written.
 */
final class InMemoryNorms {

    private final Map<IndexReader.CacheKey, Map<String, Norms>> segments = new ConcurrentHashMap<>();

    /**
     * The same documents as the given reader, whose segments answer norms from memory. Close it after use: it
     * holds a reference to each segment of the given reader, which stays open as well.
     */
    IndexReader over(IndexReader reader) throws IOException {
        List<LeafReaderContext> leaves = reader.leaves();
        LeafReader[] wrapped = new LeafReader[leaves.size()];
        for (int i = 0; i < wrapped.length; i++) {
            wrapped[i] = wrap(leaves.get(i).reader());
        }
        return new MultiReader(wrapped, false);
    }

    private LeafReader wrap(LeafReader segment) {
        IndexReader.CacheHelper cacheHelper = segment.getCoreCacheHelper();
        if (cacheHelper == null) {
            return segment;
        }
        Map<String, Norms> fields = segments.computeIfAbsent(cacheHelper.getKey(), key -> {
            cacheHelper.addClosedListener(segments::remove);
            return new ConcurrentHashMap<>();
        });
        return new FilterLeafReader(segment) {
            @Override
            public @Nullable NumericDocValues getNormValues(String field) throws IOException {
                Norms norms = fields.get(field);
                if (norms == null) {
                    norms = Norms.read(in, field);
                    fields.putIfAbsent(field, norms);
                }
                if (norms == Norms.NONE) {
                    return null;
                }
                return norms == Norms.NOT_BYTES ? in.getNormValues(field) : norms.iterator();
            }

            @Override
            public CacheHelper getCoreCacheHelper() {
                return in.getCoreCacheHelper();
            }

            @Override
            public CacheHelper getReaderCacheHelper() {
                return in.getReaderCacheHelper();
            }
        };
    }

    /**
     * One field's norms in a segment.
     *
     * @param values the norm of each document, by number
     * @param present the documents with a norm
     */
    private record Norms(byte[] values, FixedBitSet present) {

        /** A field without norms. */
        static final Norms NONE = new Norms(new byte[0], new FixedBitSet(0));
        /** A field whose norms do not fit in a byte, as no similarity here writes them: those are read from disk. */
        static final Norms NOT_BYTES = new Norms(new byte[0], new FixedBitSet(0));

        static Norms read(LeafReader segment, String field) throws IOException {
            int maxDoc = segment.maxDoc();
            FixedBitSet present = new FixedBitSet(maxDoc);
            NumericDocValues norms = segment.getNormValues(field);
            if (norms == null) {
                return NONE;
            }
            byte[] values = new byte[maxDoc];
            for (int doc = norms.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = norms.nextDoc()) {
                long norm = norms.longValue();
                if (norm != (byte) norm) {
                    return NOT_BYTES;
                }
                values[doc] = (byte) norm;
                present.set(doc);
            }
            return new Norms(values, present);
        }

        NumericDocValues iterator() {
            byte[] norms = values;
            return new NumericDocValues() {
                private int doc = -1;

                @Override
                public long longValue() {
                    return norms[doc];
                }

                @Override
                public boolean advanceExact(int target) {
                    doc = target;
                    return present.get(target);
                }

                @Override
                public int docID() {
                    return doc;
                }

                @Override
                public int nextDoc() {
                    return advance(doc + 1);
                }

                @Override
                public int advance(int target) {
                    doc = target >= present.length() ? NO_MORE_DOCS : present.nextSetBit(target);
                    return doc;
                }

                @Override
                public long cost() {
                    return present.cardinality();
                }
            };
        }
    }

}
