package org.saferinternethub.moderation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
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

    /** Literals shorter than this occur in nearly every text, and are not worth a keyword. */
    static final int SELECTIVE_LENGTH = 3;

    private final List<LexiconPattern> patterns;
    /** The automaton this lexicon's literals are found with, possibly shared with other lexicons. */
    private final Keywords keywords;
    /** For keyword k: the (pattern, required group) pairs it satisfies, packed as (pattern << 6 | group) << 1 | w,
     *  where w = 1 when the pattern needs the literal at the start of a word; null for other lexicons' keywords. */
    private final int[][] literalUses;
    /** Per pattern: the bit mask with one bit per required group. */
    private final long[] fullMask;
    private final int[] alwaysRun;
    /** Patterns with only short required literals (see {@link #selective}): ready for every text, bit per pattern. */
    private final long[] alwaysReady;
    /** Per pattern: whether it is only tried where one of its {@link LexiconPattern#leadingLiterals} starts a word. */
    private final boolean[] startsWithLeading;
    /** For keyword k: the patterns whose matches may start where k starts a word; null when none. */
    private final int[][] leadingUses;
    /**
     * Per pattern: its leading literals when one of them is shorter than {@link #SELECTIVE_LENGTH} (found with
     * indexOf, only for patterns that are ready), else null. As keywords, “en”, “de” or “he” (in every “the”) made
     * two thirds of the automaton's reports.
     */
    private final String[][] shortLeading;
    /**
     * Per thread, the required groups found so far of each pattern (all zero between calls), and the patterns whose
     * mask a call has set, to clear them: zeroing a fresh mask array per lexicon and message cost more than filling it.
     */
    private final ThreadLocal<long[]> groupsFound;
    private final ThreadLocal<int[]> touchedPatterns;

    /** A lexicon with an automaton of its own. */
    Lexicon(List<LexiconPattern> patterns) {
        this(patterns, Keywords.of(patterns));
    }

    /** @param keywords an automaton that knows every required literal of the patterns (see {@link Keywords#of}) */
    Lexicon(List<LexiconPattern> patterns, Keywords keywords) {
        this.patterns = List.copyOf(patterns);
        this.keywords = keywords;
        this.groupsFound = ThreadLocal.withInitial(() -> new long[patterns.size()]);
        this.touchedPatterns = ThreadLocal.withInitial(() -> new int[patterns.size()]);
        List<List<Integer>> uses = new ArrayList<>();
        for (int k = 0; k < keywords.size(); k++) {
            uses.add(null);
        }
        List<Integer> always = new ArrayList<>();
        this.alwaysReady = new long[(patterns.size() + 63) >>> 6];
        java.util.Set<String> ownLiterals = new java.util.HashSet<>();
        this.fullMask = new long[patterns.size()];
        for (int id = 0; id < patterns.size(); id++) {
            for (List<String> group : patterns.get(id).requiredGroups()) {
                group.forEach(literal -> ownLiterals.add(LexiconPattern.unmarked(literal)));
            }
            if (patterns.get(id).requiredGroups().isEmpty()) {
                always.add(id);
                continue;
            }
            List<List<String>> required = selective(patterns.get(id).requiredGroups());
            if (required.isEmpty()) {
                alwaysReady[id >>> 6] |= 1L << id;
                continue;
            }
            int groupCount = Math.min(required.size(), 63);
            for (int g = 0; g < groupCount; g++) {
                for (String literal : required.get(g)) {
                    boolean atWordStart = literal.charAt(0) == LexiconPattern.AT_WORD_START;
                    int keyword = keywordId(keywords, LexiconPattern.unmarked(literal));
                    if (uses.get(keyword) == null) {
                        uses.set(keyword, new ArrayList<>());
                    }
                    uses.get(keyword).add((id << 6 | g) << 1 | (atWordStart ? 1 : 0));
                }
            }
            fullMask[id] = (1L << groupCount) - 1;
        }
        this.literalUses = uses.stream()
                .map(list -> list == null ? null : list.stream().mapToInt(Integer::intValue).distinct().toArray())
                .toArray(int[][]::new);
        this.alwaysRun = always.stream().mapToInt(Integer::intValue).toArray();
        // only patterns whose leading literals are all required literals of this lexicon, as when every lexicon had
        // an automaton of its own: the others keep the scan that resumes after each match
        this.startsWithLeading = new boolean[patterns.size()];
        this.shortLeading = new String[patterns.size()][];
        List<List<Integer>> leaders = new ArrayList<>();
        for (int k = 0; k < keywords.size(); k++) {
            leaders.add(null);
        }
        for (int id = 0; id < patterns.size(); id++) {
            List<String> leading = patterns.get(id).leadingLiterals();
            if (leading == null || !ownLiterals.containsAll(leading)) {
                continue;
            }
            startsWithLeading[id] = true;
            if (!allSelective(leading)) {
                shortLeading[id] = leading.toArray(String[]::new);
                continue;
            }
            for (String literal : leading) {
                int keyword = keywords.id(literal);
                if (leaders.get(keyword) == null) {
                    leaders.set(keyword, new ArrayList<>());
                }
                leaders.get(keyword).add(id);
            }
        }
        this.leadingUses = leaders.stream()
                .map(list -> list == null ? null : list.stream().mapToInt(Integer::intValue).distinct().toArray())
                .toArray(int[][]::new);
    }

    /**
     * The required groups worth checking: those whose every literal has at least {@link #SELECTIVE_LENGTH} chars. A
     * group that may be satisfied by “je”, “ik” or “in” is satisfied by nearly every message of its language, and
     * finding those words and updating the masks of every pattern that needs one was a third of the lexicon work.
     * Leaving a group out only lets more texts through to the position filters and the regex, which decide; a
     * pattern left with none is tried on every text.
     */
    static List<List<String>> selective(List<List<String>> groups) {
        List<List<String>> kept = new ArrayList<>();
        for (List<String> group : groups) {
            if (allSelective(group)) {
                kept.add(group);
            }
        }
        return kept;
    }

    /** Whether every literal is long enough to be worth a keyword (see {@link #selective}). */
    static boolean allSelective(List<String> literals) {
        return shortest(literals) >= SELECTIVE_LENGTH;
    }

    private static int shortest(List<String> group) {
        return group.stream().mapToInt(l -> LexiconPattern.unmarked(l).length()).min().orElse(0);
    }

    private static int keywordId(Keywords keywords, String literal) {
        int id = keywords.id(literal);
        if (id < 0) {
            throw new IllegalArgumentException("the keyword automaton lacks the literal " + literal);
        }
        return id;
    }

    /** Patterns that create labels: self_harm, grooming, harassment, sexual, spam. */
    static List<LexiconPattern> harmPatterns(ClassLoader loader) {
        return patterns(loader, HARM_CATEGORIES);
    }

    /** Context patterns (idiom, reported): only needed for texts that already have harm hits. */
    static List<LexiconPattern> contextPatterns(ClassLoader loader) {
        return patterns(loader, List.of(IDIOM, REPORTED));
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
        return new Lexicon(patterns(loader, categories));
    }

    private static List<LexiconPattern> patterns(ClassLoader loader, List<String> categories) {
        List<LexiconPattern> all = new ArrayList<>();
        for (String category : categories) {
            Label label = HARM_CATEGORIES.contains(category)
                    ? Label.valueOf(category.toUpperCase(java.util.Locale.ROOT)) : null;
            for (String language : LANGUAGES) {
                String file = category + "." + language + ".txt";
                all.addAll(load(loader, file, category, label, language));
            }
        }
        return all;
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
        return match(keywords.scan(wordView));
    }

    /** The keyword scan of a word view that {@link #match(Keywords.Scan)} reads. */
    Keywords.Scan scan(String wordView) {
        return keywords.scan(wordView);
    }

    /** {@link #match(String)} on a keyword scan, made by this lexicon's automaton or by another (then scanned anew). */
    List<Hit> match(Keywords.Scan scan) {
        if (!scan.by(keywords)) {
            return match(scan.text());
        }
        String wordView = scan.text();
        long[] masks = groupsFound.get();
        int[] touched = touchedPatterns.get();
        int touchedCount = 0;
        long[] ready = alwaysReady.clone();
        for (int k = 0; k < scan.distinctCount(); k++) {
            int keyword = scan.distinct(k);
            int[] uses = literalUses[keyword];
            if (uses == null) {
                continue;
            }
            boolean wordStart = (scan.flags(keyword) & Keywords.Scan.AT_WORD_START) != 0;
            for (int packed : uses) {
                if ((packed & 1) == 1 && !wordStart) {
                    continue;
                }
                int use = packed >>> 1;
                int id = use >>> 6;
                if (masks[id] == 0) {
                    touched[touchedCount++] = id;
                }
                masks[id] |= 1L << (use & 63);
                if (masks[id] == fullMask[id]) {
                    ready[id >>> 6] |= 1L << id;
                }
            }
        }
        for (int t = 0; t < touchedCount; t++) {
            masks[touched[t]] = 0;
        }
        long[] candidates = leadingCandidates(scan, ready);
        int candidate = 0;
        List<Hit> hits = new ArrayList<>();
        for (int word = 0; word < ready.length; word++) {
            for (long bits = ready[word]; bits != 0; bits &= bits - 1) {
                int id = word << 6 | Long.numberOfTrailingZeros(bits);
                if (!startsWithLeading[id]) {
                    find(patterns.get(id), wordView, scan.wordStarts(), hits);
                    continue;
                }
                int first = candidate;
                while (candidate < candidates.length && (int) (candidates[candidate] >>> 32) == id) {
                    candidate++;
                }
                findAt(patterns.get(id), wordView, candidates, first, candidate, hits);
            }
        }
        for (int id : alwaysRun) {
            find(patterns.get(id), wordView, scan.wordStarts(), hits);
        }
        return hits;
    }

    /**
     * Where the ready patterns that start with a leading literal may match: (pattern id, start) pairs packed in a
     * long each, sorted, so each pattern's starts follow one another in text order.
     */
    private long[] leadingCandidates(Keywords.Scan scan, long[] ready) {
        long[] candidates = new long[8];
        int count = 0;
        for (int o = 0; o < scan.wordStartCount(); o++) {
            int[] leaders = leadingUses[scan.wordStartKeyword(o)];
            if (leaders == null) {
                continue;
            }
            for (int id : leaders) {
                if ((ready[id >>> 6] & 1L << id) != 0) {
                    if (count == candidates.length) {
                        candidates = java.util.Arrays.copyOf(candidates, count * 2);
                    }
                    candidates[count++] = (long) id << 32 | scan.wordStartPosition(o);
                }
            }
        }
        String text = scan.text();
        for (int word = 0; word < ready.length; word++) {
            for (long bits = ready[word]; bits != 0; bits &= bits - 1) {
                int id = word << 6 | Long.numberOfTrailingZeros(bits);
                if (shortLeading[id] == null) {
                    continue;
                }
                for (String literal : shortLeading[id]) {
                    for (int at = text.indexOf(literal); at >= 0; at = text.indexOf(literal, at + 1)) {
                        // a word start as the keyword scan defines it
                        if (at == 0 || !TextNormalizer.isAsciiLetterOrDigit(text.charAt(at - 1))) {
                            if (count == candidates.length) {
                                candidates = java.util.Arrays.copyOf(candidates, count * 2);
                            }
                            candidates[count++] = (long) id << 32 | at;
                        }
                    }
                }
            }
        }
        candidates = java.util.Arrays.copyOf(candidates, count);
        java.util.Arrays.sort(candidates);
        return candidates;
    }

    /** Tries the regex at the given starts ({@code candidates} from {@code from} to {@code to}, in text order). */
    private static void findAt(LexiconPattern pattern, String text, long[] candidates, int from, int to,
                               List<Hit> hits) {
        Matcher matcher = null;
        int lastStart = -1;
        for (int c = from; c < to; c++) {
            int start = (int) candidates[c];
            if (start == lastStart
                    || (pattern.start() != null && !pattern.start().mayStartAt(text, start, text.length()))) {
                continue;
            }
            lastStart = start;
            if (matcher == null) {
                matcher = pattern.pattern().matcher(text);
                matcher.useTransparentBounds(true).useAnchoringBounds(false);
            }
            matcher.region(start, text.length());
            if (matcher.lookingAt() && matcher.end() > matcher.start()) {
                hits.add(new Hit(pattern, matcher.start(), matcher.end()));
            }
        }
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
            boolean[] first = pattern.firstChars();
            for (int start : wordStarts) {
                char c = text.charAt(start);
                // the first char alone rules out most word starts, without a call
                if (start < next || (c < first.length && !first[c])
                        || !pattern.start().mayStartAt(text, start, text.length())) {
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
