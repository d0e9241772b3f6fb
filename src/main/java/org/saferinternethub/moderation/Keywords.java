package org.saferinternethub.moderation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The required literals of several lexicons in one Aho-Corasick automaton: the harm, context, cue and cue-context
 * lexicons all read the same word view, so one pass over it serves them all. Each lexicon used to scan the text
 * with an automaton of its own, and those passes, with their per-pass bookkeeping, were a fifth of a screening.
 * Immutable and thread-safe; a {@link Scan} belongs to one screening.
 */
final class Keywords {
    private final Map<String, Integer> ids;
    private final int[] lengths;
    private final AhoCorasick automaton;

    private Keywords(List<String> literals) {
        this.ids = new LinkedHashMap<>();
        for (String literal : literals) {
            ids.putIfAbsent(literal, ids.size());
        }
        List<String> distinct = new ArrayList<>(ids.keySet());
        this.lengths = distinct.stream().mapToInt(String::length).toArray();
        this.automaton = new AhoCorasick(distinct);
    }

    /**
     * The keywords the lexicons of these patterns look for: the literals of the required groups they check (see
     * {@link Lexicon#selective}) and the literals their matches start with, unless one of those is short. A short
     * literal such as a two-letter word would cost a report at nearly every word.
     */
    @SafeVarargs
    static Keywords of(List<LexiconPattern>... patternLists) {
        List<String> literals = new ArrayList<>();
        for (List<LexiconPattern> patterns : patternLists) {
            for (LexiconPattern pattern : patterns) {
                for (List<String> group : Lexicon.selective(pattern.requiredGroups())) {
                    for (String literal : group) {
                        literals.add(LexiconPattern.unmarked(literal));
                    }
                }
                if (pattern.leadingLiterals() != null && Lexicon.allSelective(pattern.leadingLiterals())) {
                    literals.addAll(pattern.leadingLiterals());
                }
            }
        }
        return new Keywords(literals);
    }

    /** The id of a keyword, or -1 when it is not one. */
    int id(String literal) {
        Integer id = ids.get(literal);
        return id == null ? -1 : id;
    }

    int size() {
        return lengths.length;
    }

    /** Every keyword occurrence in a word view. */
    Scan scan(String text) {
        Scan scan = new Scan(this, text, lengths);
        automaton.collect(text, scan);
        return scan;
    }

    /**
     * The keyword occurrences in one text, in the order the automaton reports them (by end), and per keyword whether
     * it occurs at all and whether at the start of a word (after no ASCII letter or digit).
     */
    static final class Scan implements AhoCorasick.Occurrence {
        static final byte FOUND = 1;
        static final byte AT_WORD_START = 2;

        private final Keywords keywords;
        private final String text;
        private final int[] lengths;
        /** Per keyword id: {@link #FOUND} and {@link #AT_WORD_START} bits. */
        private final byte[] flags;
        /** Ids of the keywords found, each once, in the order first found. */
        private int[] distinct = new int[16];
        private int distinctCount;
        /** Word-start occurrences as (keyword id, start) pairs, in the order found. */
        private int[] wordStartOccurrences = new int[32];
        private int wordStartCount;
        private int[] wordStarts;

        private Scan(Keywords keywords, String text, int[] lengths) {
            this.keywords = keywords;
            this.text = text;
            this.lengths = lengths;
            this.flags = new byte[lengths.length];
        }

        @Override
        public void found(int id, int end) {
            if (flags[id] == 0) {
                if (distinctCount == distinct.length) {
                    distinct = java.util.Arrays.copyOf(distinct, distinctCount * 2);
                }
                distinct[distinctCount++] = id;
            }
            int start = end - lengths[id];
            if (start == 0 || !TextNormalizer.isAsciiLetterOrDigit(text.charAt(start - 1))) {
                flags[id] |= FOUND | AT_WORD_START;
                if (wordStartCount * 2 == wordStartOccurrences.length) {
                    wordStartOccurrences = java.util.Arrays.copyOf(wordStartOccurrences, wordStartCount * 4);
                }
                wordStartOccurrences[wordStartCount * 2] = id;
                wordStartOccurrences[wordStartCount * 2 + 1] = start;
                wordStartCount++;
            } else {
                flags[id] |= FOUND;
            }
        }

        String text() {
            return text;
        }

        /** Whether this scan found the keywords of {@code automaton}. */
        boolean by(Keywords automaton) {
            return keywords == automaton;
        }

        int distinctCount() {
            return distinctCount;
        }

        /** The k-th distinct keyword found. */
        int distinct(int k) {
            return distinct[k];
        }

        byte flags(int id) {
            return flags[id];
        }

        int wordStartCount() {
            return wordStartCount;
        }

        int wordStartKeyword(int k) {
            return wordStartOccurrences[k * 2];
        }

        int wordStartPosition(int k) {
            return wordStartOccurrences[k * 2 + 1];
        }

        /** {@link Lexicon#wordStarts} of the text, computed once for every lexicon that needs them. */
        int[] wordStarts() {
            if (wordStarts == null) {
                wordStarts = Lexicon.wordStarts(text);
            }
            return wordStarts;
        }
    }
}
