package org.saferinternethub.moderation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.regex.Matcher;

/**
 * All lexicon patterns of all languages, with an Aho-Corasick index over their anchors.
 * Every language's patterns run on every message: Belgian teens mix languages and short messages are easily
 * mis-detected, and the patterns are phrase-level so cross-language collisions are rare.
 */
final class Lexicon {
    static final String RESOURCE_DIR = "moderation/lexicon/";
    static final List<String> LANGUAGES = List.of("nl", "fr", "de", "en");
    static final List<String> HARM_CATEGORIES = List.of("self_harm", "grooming", "harassment", "sexual", "spam");
    /** Benign context: idioms (“ik lag dood”) mask overlapping hits; reported speech downgrades some labels. */
    static final String IDIOM = "idiom";
    static final String REPORTED = "reported";

    /** A pattern match in word-view coordinates. */
    record Hit(LexiconPattern pattern, int start, int end) {
    }

    private final List<LexiconPattern> patterns;
    /** Distinct required literals of all patterns. */
    private final AhoCorasick literals;
    /** For literal k: the (pattern, required group) pairs it satisfies, packed as (pattern << 6 | group) << 1 | w,
     *  where w = 1 when the pattern needs the literal at the start of a word. */
    private final int[][] literalUses;
    private final int[] literalLengths;
    /** Per pattern: the bit mask with one bit per required group. */
    private final long[] fullMask;
    private final int[] alwaysRun;
    /** Per pattern: literal ids its matches must start with (see {@link LexiconPattern#leadingLiterals}), or null. */
    private final int[][] leadingLiteralIds;

    Lexicon(List<LexiconPattern> patterns) {
        this.patterns = List.copyOf(patterns);
        java.util.Map<String, List<Integer>> uses = new java.util.LinkedHashMap<>();
        List<Integer> always = new ArrayList<>();
        this.fullMask = new long[patterns.size()];
        for (int id = 0; id < patterns.size(); id++) {
            List<List<String>> required = patterns.get(id).requiredGroups();
            if (required.isEmpty()) {
                always.add(id);
                continue;
            }
            int groupCount = Math.min(required.size(), 63);
            for (int g = 0; g < groupCount; g++) {
                for (String literal : required.get(g)) {
                    boolean atWordStart = literal.charAt(0) == LexiconPattern.AT_WORD_START;
                    uses.computeIfAbsent(LexiconPattern.unmarked(literal), l -> new ArrayList<>())
                            .add((id << 6 | g) << 1 | (atWordStart ? 1 : 0));
                }
            }
            fullMask[id] = (1L << groupCount) - 1;
        }
        List<String> keywords = new ArrayList<>(uses.keySet());
        this.literals = new AhoCorasick(keywords);
        this.literalLengths = keywords.stream().mapToInt(String::length).toArray();
        this.literalUses = uses.values().stream()
                .map(list -> list.stream().mapToInt(Integer::intValue).distinct().toArray())
                .toArray(int[][]::new);
        this.alwaysRun = always.stream().mapToInt(Integer::intValue).toArray();
        java.util.Map<String, Integer> literalIds = new java.util.HashMap<>();
        for (int k = 0; k < keywords.size(); k++) {
            literalIds.put(keywords.get(k), k);
        }
        this.leadingLiteralIds = new int[patterns.size()][];
        for (int id = 0; id < patterns.size(); id++) {
            List<String> leading = patterns.get(id).leadingLiterals();
            if (leading != null && leading.stream().allMatch(literalIds::containsKey)) {
                leadingLiteralIds[id] = leading.stream().mapToInt(literalIds::get).toArray();
            }
        }
    }

    /** Patterns that create labels: self_harm, grooming, harassment, sexual, spam. */
    static Lexicon harmFromClasspath(ClassLoader loader) {
        return fromClasspath(loader, HARM_CATEGORIES);
    }

    /** Context patterns (idiom, reported): only needed for texts that already have harm hits. */
    static Lexicon contextFromClasspath(ClassLoader loader) {
        return fromClasspath(loader, List.of(IDIOM, REPORTED));
    }

    /** Proper nouns that must not count as a harm term (see {@code proper_nouns.txt}), lower case and folded. */
    static java.util.Set<String> properNounsFromClasspath(ClassLoader loader) {
        java.util.Set<String> nouns = new java.util.HashSet<>();
        try (InputStream in = loader.getResourceAsStream(RESOURCE_DIR + "proper_nouns.txt")) {
            if (in == null) {
                throw new IllegalStateException("missing lexicon resource " + RESOURCE_DIR + "proper_nouns.txt");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                String trimmed = line.strip();
                if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
                    nouns.add(TextNormalizer.baseView(trimmed).text());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read proper nouns", e);
        }
        return nouns;
    }

    /** All categories in one index (diagnostics and tests). */
    static Lexicon fromClasspath(ClassLoader loader) {
        List<String> categories = new ArrayList<>(HARM_CATEGORIES);
        categories.add(IDIOM);
        categories.add(REPORTED);
        return fromClasspath(loader, categories);
    }

    private static Lexicon fromClasspath(ClassLoader loader, List<String> categories) {
        List<LexiconPattern> all = new ArrayList<>();
        for (String category : categories) {
            Label label = HARM_CATEGORIES.contains(category)
                    ? Label.valueOf(category.toUpperCase(java.util.Locale.ROOT)) : null;
            for (String language : LANGUAGES) {
                String file = category + "." + language + ".txt";
                all.addAll(load(loader, file, category, label, language));
            }
        }
        return new Lexicon(all);
    }

    private static List<LexiconPattern> load(ClassLoader loader, String file, String category, Label label,
                                             String language) {
        List<LexiconPattern> result = new ArrayList<>();
        for (Line line : lines(loader, file)) {
            result.add(LexiconPattern.compile(category, label, language, line.source(), line.text()));
        }
        return result;
    }

    /** A non-comment line of a lexicon file, and where it stands ({@code file:line}, for messages and tests). */
    record Line(String source, String text) {
    }

    /** The non-empty, non-comment lines of a file in {@link #RESOURCE_DIR}, stripped. */
    static List<Line> lines(ClassLoader loader, String file) {
        List<Line> result = new ArrayList<>();
        try (InputStream in = loader.getResourceAsStream(RESOURCE_DIR + file)) {
            if (in == null) {
                throw new IllegalStateException("missing lexicon resource " + RESOURCE_DIR + file);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int lineNumber = 0;
            while ((line = reader.readLine()) != null) {
                lineNumber++;
                String trimmed = line.strip();
                if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
                    result.add(new Line(file + ":" + lineNumber, trimmed));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read lexicon " + file, e);
        }
        return result;
    }

    List<LexiconPattern> patterns() {
        return patterns;
    }

    int alwaysRunCount() {
        return alwaysRun.length;
    }

    /**
     * Every match of every pattern whose required literals all occur in the word view: one automaton pass,
     * then only the few regexes that can match run.
     */
    List<Hit> match(String wordView) {
        BitSet anywhere = new BitSet(literalUses.length);
        BitSet atWordStart = new BitSet(literalUses.length);
        // word-start occurrences as (literal, start) pairs, for patterns that can only match there
        int[][] occurrences = {new int[16]};
        int[] occurrenceCount = {0};
        literals.collect(wordView, (literal, end) -> {
            anywhere.set(literal);
            int start = end - literalLengths[literal];
            if (start == 0 || !TextNormalizer.isAsciiLetterOrDigit(wordView.charAt(start - 1))) {
                atWordStart.set(literal);
                if (occurrenceCount[0] * 2 + 2 > occurrences[0].length) {
                    occurrences[0] = java.util.Arrays.copyOf(occurrences[0], occurrences[0].length * 2);
                }
                occurrences[0][occurrenceCount[0] * 2] = literal;
                occurrences[0][occurrenceCount[0] * 2 + 1] = start;
                occurrenceCount[0]++;
            }
        });
        long[] masks = new long[patterns.size()];
        BitSet ready = new BitSet(patterns.size());
        for (int k = anywhere.nextSetBit(0); k >= 0; k = anywhere.nextSetBit(k + 1)) {
            boolean wordStart = atWordStart.get(k);
            for (int packed : literalUses[k]) {
                if ((packed & 1) == 1 && !wordStart) {
                    continue;
                }
                int use = packed >>> 1;
                int id = use >>> 6;
                masks[id] |= 1L << (use & 63);
                if (masks[id] == fullMask[id]) {
                    ready.set(id);
                }
            }
        }
        List<Hit> hits = new ArrayList<>();
        int[] wordStarts = null; // computed once per text for all the patterns that need them
        for (int id = ready.nextSetBit(0); id >= 0; id = ready.nextSetBit(id + 1)) {
            int[] leading = leadingLiteralIds[id];
            if (leading == null) {
                if (wordStarts == null) {
                    wordStarts = wordStarts(wordView);
                }
                find(patterns.get(id), wordView, wordStarts, hits);
            } else {
                findAt(patterns.get(id), wordView, leading, occurrences[0], occurrenceCount[0], hits);
            }
        }
        for (int id : alwaysRun) {
            if (wordStarts == null) {
                wordStarts = wordStarts(wordView);
            }
            find(patterns.get(id), wordView, wordStarts, hits);
        }
        return hits;
    }

    /** Tries the regex only where one of its leading literals starts a word. */
    private static void findAt(LexiconPattern pattern, String text, int[] leading, int[] occurrences, int count,
                               List<Hit> hits) {
        Matcher matcher = null;
        int lastStart = -1;
        for (int o = 0; o < count; o++) {
            int literal = occurrences[o * 2];
            int start = occurrences[o * 2 + 1];
            if (start == lastStart || !contains(leading, literal)
                    || (pattern.start() != null && !pattern.start().mayStartAt(text, start, text.length()))) {
                continue;
            }
            if (matcher == null) {
                matcher = pattern.pattern().matcher(text);
                matcher.useTransparentBounds(true).useAnchoringBounds(false);
            }
            matcher.region(start, text.length());
            if (matcher.lookingAt() && matcher.end() > matcher.start()) {
                hits.add(new Hit(pattern, matcher.start(), matcher.end()));
                lastStart = start;
            }
        }
    }

    private static boolean contains(int[] values, int value) {
        for (int v : values) {
            if (v == value) {
                return true;
            }
        }
        return false;
    }

    /**
     * The matches {@link Matcher#find()} would give. When the pattern knows its possible first chars, the regex is
     * only tried where one of them sits at a word boundary: every pattern starts with {@code \\b}, and trying a
     * regex with a dozen alternatives at every position of the text was most of the screening cost.
     */
    static void find(LexiconPattern pattern, String text, List<Hit> hits) {
        find(pattern, text, wordStarts(text), hits);
    }

    /**
     * Positions where a pattern with a {@link LexiconPattern#start} filter can match: an ASCII letter or digit with no
     * word char before. Such a pattern starts with {@code \b} and a letter or digit, so {@link StartFilteredPattern}
     * rejects every other position anyway; listing these once per text spares each pattern a pass over every char.
     */
    static int[] wordStarts(String text) {
        int[] starts = new int[Math.min(text.length(), 16)];
        int count = 0;
        for (int p = 0; p < text.length(); p++) {
            if (TextNormalizer.isAsciiLetterOrDigit(text.charAt(p))
                    && (p == 0 || !isWordCharBefore(text.charAt(p - 1)))) {
                if (count == starts.length) {
                    starts = java.util.Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = p;
            }
        }
        return java.util.Arrays.copyOf(starts, count);
    }

    /** The chars {@link StartFilteredPattern#atWordStart} rules out before a match. */
    private static boolean isWordCharBefore(char c) {
        return TextNormalizer.isAsciiLetterOrDigit(c) || (c >= 'A' && c <= 'Z') || c == '_';
    }

    /** {@link #find(LexiconPattern, String, List)} with the text's {@link #wordStarts}. */
    private static void find(LexiconPattern pattern, String text, int[] wordStarts, List<Hit> hits) {
        if (pattern.start() != null) {
            // the matches Matcher.find gives: tried in order, resuming after each match
            Matcher matcher = null;
            int next = 0;
            for (int start : wordStarts) {
                if (start < next || !pattern.start().mayStartAt(text, start, text.length())) {
                    continue;
                }
                if (matcher == null) {
                    matcher = pattern.pattern().matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
                }
                matcher.region(start, text.length());
                if (matcher.lookingAt()) {
                    if (matcher.end() > matcher.start()) {
                        hits.add(new Hit(pattern, matcher.start(), matcher.end()));
                    }
                    next = matcher.end() == matcher.start() ? matcher.end() + 1 : matcher.end();
                }
            }
            return;
        }
        boolean[] first = pattern.firstChars();
        Matcher matcher = pattern.pattern().matcher(text);
        if (first == null) {
            while (matcher.find()) {
                if (matcher.end() > matcher.start()) {
                    hits.add(new Hit(pattern, matcher.start(), matcher.end()));
                }
            }
            return;
        }
        matcher.useTransparentBounds(true).useAnchoringBounds(false);
        int length = text.length();
        int from = 0;
        for (int p = 0; p < length; p++) {
            char c = text.charAt(p);
            if (p < from || c >= first.length || !first[c]) {
                continue;
            }
            if (TextNormalizer.isAsciiLetterOrDigit(c) && p > 0
                    && TextNormalizer.isAsciiLetterOrDigit(text.charAt(p - 1))) {
                continue; // no word boundary here, so “\\b” fails
            }
            matcher.region(p, length);
            if (matcher.lookingAt()) {
                if (matcher.end() > matcher.start()) {
                    hits.add(new Hit(pattern, matcher.start(), matcher.end()));
                }
                from = Math.max(matcher.end(), p + 1);
            }
        }
    }
}
