package org.saferinternethub.moderation;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A regex plus the ASCII chars its matches can start with and the chars that can never stand just before a match
 * (what its leading {@code \\b} or look-behind rules out). {@link Scan#find} gives the matches {@link Matcher#find}
 * would, but only tries the regex where a match can start: java.util.regex has no first-char optimisation for a
 * regex opening with a look-behind or a word alternation, so it runs the whole alternation at every position,
 * which was most of what the PII detectors cost. Non-ASCII chars always pass both filters, so the filter only ever
 * skips positions where the regex cannot match.
 *
 * <p>The filter also knows which second chars can follow each first char, learnt from the regex itself: a match
 * attempt on the two chars alone that neither matches nor reads past them ({@link Matcher#hitEnd}) proves that no
 * match starts with them. Each attempt at a real position costs a matcher reset (all its group and loop slots),
 * so ruling out “is”, “it”, “in” for a regex about “i am”, “i will” matters more than it looks.
 */
final class StartFilteredPattern {
    private static final int ASCII = 128;
    /**
     * Chars the prefix trie is learnt for: what lexicon words are made of. Any other char in a text ends the
     * filtering there (the regex is tried), so the trie stays small and the probing at start-up cheap.
     */
    private static final String PROBED = " 0123456789abcdefghijklmnopqrstuvwxyz";
    /** Index of each ASCII char in {@link #PROBED}, -1 for the others. */
    private static final byte[] PROBED_COLUMN = new byte[ASCII];
    static {
        java.util.Arrays.fill(PROBED_COLUMN, (byte) -1);
        for (int k = 0; k < PROBED.length(); k++) {
            PROBED_COLUMN[PROBED.charAt(k)] = (byte) k;
        }
    }
    /** Table entries past the last row (rows fit a byte, as at most {@link #PREFIX_NODES} nodes are expanded). */
    private static final int REJECT = 255;
    private static final int ACCEPT = 254;
    /** Deeper than this, or beyond this many nodes, the trie stops telling prefixes apart (and lets them pass). */
    private static final int PREFIX_DEPTH = 8;
    private static final int PREFIX_NODES = 64;

    private final Pattern pattern;
    private final boolean[] canStart = new boolean[ASCII];
    private final boolean[] neverBefore = new boolean[ASCII];
    /** For a first char: bit c2 set when a match may start with the two chars (c1, c2); null when c1 cannot start. */
    private final long[][] secondChars = new long[ASCII][];
    /** When positive: every match has an ASCII digit among its first {@code digitReach} chars. */
    private final int digitReach;
    private final boolean learnsPrefixes;
    /** See {@link #withRunEndingIn}: null, or the chars of the run every match starts with and those that may end it. */
    private final boolean[] runChars;
    private final boolean[] runEnds;
    private final String runCharsSpec;
    private final String runEndsSpec;
    private final String startChars;
    private final String neverBeforeChars;
    /**
     * Longer prefixes than the two-char table can tell, as a trie learnt from the regex (see {@link #learnPrefixes}),
     * flattened for a walk of one array read per char: row r, column {@link #PROBED} index k holds the row of the
     * prefix plus that char, {@link #REJECT} or {@link #ACCEPT} (the trie can tell no more). Null when not learnt.
     */
    private final byte[] prefixTable;

    /**
     * @param startChars  chars a match can start with, as in a regex class body without escapes: {@code a-z0-9+}
     * @param neverBefore chars that cannot precede a match, same syntax; empty when any char can
     */
    StartFilteredPattern(Pattern pattern, String startChars, String neverBefore) {
        this(pattern, startChars, neverBefore, 0);
    }

    private StartFilteredPattern(Pattern pattern, String startChars, String neverBefore, int digitReach) {
        this(pattern, startChars, neverBefore, digitReach, false, null, null);
    }

    private StartFilteredPattern(Pattern pattern, String startChars, String neverBefore, int digitReach,
                                 boolean learnPrefixes, String runChars, String runEnds) {
        this.pattern = pattern;
        this.digitReach = digitReach;
        this.runCharsSpec = runChars;
        this.runEndsSpec = runEnds;
        this.runChars = runChars == null ? null : new boolean[ASCII];
        this.runEnds = runEnds == null ? null : new boolean[ASCII];
        if (runChars != null) {
            mark(runChars, this.runChars);
            mark(runEnds, this.runEnds);
        }
        mark(startChars, canStart);
        mark(neverBefore, this.neverBefore);
        learnSecondChars();
        this.startChars = startChars;
        this.neverBeforeChars = neverBefore;
        this.learnsPrefixes = learnPrefixes;
        List<char[]> chars = new ArrayList<>();
        List<int[]> next = new ArrayList<>();
        if (learnPrefixes) {
            learnPrefixes(chars, next);
        }
        this.prefixTable = learnPrefixes ? flatten(chars, next) : null;
    }

    /**
     * The same regex, for one whose every match has a digit among its first {@code reach} chars (an address has its
     * house number a few words after the street name starts): positions with no digit that close are skipped.
     */
    StartFilteredPattern withDigitWithin(int reach) {
        return new StartFilteredPattern(pattern, startChars, neverBeforeChars, reach, learnsPrefixes, runCharsSpec,
                runEndsSpec);
    }

    /**
     * The same regex, for one whose every match starts with a run of {@code runChars} directly followed by one of
     * {@code runEnds} (a link's first label runs up to a dot, or to the colon of “https:”): positions whose run ends
     * otherwise are skipped. Without this the link regex, with its look-behind and host alternations, was tried at
     * every word of any message with a dot in it.
     */
    StartFilteredPattern withRunEndingIn(String runChars, String runEnds) {
        return new StartFilteredPattern(pattern, startChars, neverBeforeChars, digitReach, learnsPrefixes, runChars,
                runEnds);
    }

    /**
     * A regex opening with {@code \\b} and a letter or digit: its matches start a word, with one of the chars
     * {@link LexiconPattern#firstCharsOf} reads from the regex itself.
     */
    static StartFilteredPattern atWordStart(Pattern pattern) {
        boolean[] first = LexiconPattern.firstCharsOf(pattern.pattern());
        if (first == null) {
            throw new IllegalArgumentException("cannot tell the first chars of " + pattern);
        }
        StringBuilder startChars = new StringBuilder();
        for (char c = 0; c < first.length; c++) {
            if (first[c]) {
                if (!TextNormalizer.isAsciiLetterOrDigit(c)) {
                    throw new IllegalArgumentException("a match may start with a non-word char: " + pattern);
                }
                startChars.append(c);
            }
        }
        // Only a regex with no look-behind: a probe string has nothing before its first char, so a look-behind
        // reaching back past the start could fail on the probe where the real text would match.
        boolean learnPrefixes = !pattern.pattern().contains("(?<");
        return new StartFilteredPattern(pattern, startChars.toString(), "a-zA-Z0-9_", 0, learnPrefixes, null, null);
    }

    /** The matches in the whole text. */
    Scan scan(String text) {
        return scan(text, 0, text.length());
    }

    /** The matches from {@code from} to {@code to} (exclusive), with transparent bounds (look-arounds see the text around it). */
    Scan scan(String text, int from, int to) {
        return new Scan(text, from, to);
    }

    private void learnSecondChars() {
        char[] pair = new char[2];
        Matcher attempt = pattern.matcher("");
        for (char first = 0; first < ASCII; first++) {
            if (!canStart[first]) {
                continue;
            }
            long[] seconds = new long[2];
            pair[0] = first;
            for (char second = 0; second < ASCII; second++) {
                pair[1] = second;
                // a String, like every text screened: a second CharSequence type would slow every regex call site
                attempt.reset(new String(pair)); // reused: allocating a matcher per probe doubled the start-up time
                if (attempt.lookingAt() || attempt.hitEnd()) {
                    seconds[second >> 6] |= 1L << second;
                }
            }
            secondChars[first] = seconds;
        }
    }

    /**
     * Learns which longer prefixes a match can start with, breadth first, the way {@link #learnSecondChars} learns
     * pairs: a match attempt on a prefix alone that neither matches nor reads past it proves that no match starts
     * with it. Two chars often say little (“yo” lets every “you” through to a regex about “you seem older”), and a
     * rejected attempt costs a matcher reset of all its group and loop slots, the most expensive step of a screening.
     */
    private void learnPrefixes(List<char[]> chars, List<int[]> next) {
        List<String> prefixes = new ArrayList<>();
        prefixes.add("");
        chars.add(null);
        next.add(null);
        int expanded = 0;
        Matcher attempt = pattern.matcher("");
        for (int node = 0; node < prefixes.size(); node++) {
            String prefix = prefixes.get(node);
            if (prefix.length() >= PREFIX_DEPTH || expanded >= PREFIX_NODES) {
                continue; // stays null: every char passes
            }
            expanded++;
            StringBuilder allowed = new StringBuilder();
            List<Integer> children = new ArrayList<>();
            for (int k = 0; k < PROBED.length(); k++) {
                char c = PROBED.charAt(k);
                String probe = prefix + c;
                attempt.reset(probe);
                if (attempt.lookingAt()) {
                    allowed.append(c);
                    children.add(-1); // matches already: longer prefixes cannot be ruled out
                } else if (attempt.hitEnd()) {
                    allowed.append(c);
                    children.add(prefixes.size());
                    prefixes.add(probe);
                    chars.add(null);
                    next.add(null);
                }
            }
            chars.set(node, allowed.toString().toCharArray());
            next.set(node, children.stream().mapToInt(Integer::intValue).toArray());
        }
    }

    /** The trie as one table; only the nodes that were expanded get a row, every other node accepts. */
    private static byte[] flatten(List<char[]> chars, List<int[]> next) {
        int[] rowOf = new int[chars.size()];
        int rows = 0;
        for (int node = 0; node < chars.size(); node++) {
            rowOf[node] = chars.get(node) == null ? -1 : rows++;
        }
        // bytes, not chars: the tables of all lexicon patterns together outgrew the cache, and a walk missed it
        byte[] table = new byte[rows * PROBED.length()];
        java.util.Arrays.fill(table, (byte) REJECT);
        for (int node = 0; node < chars.size(); node++) {
            char[] allowed = chars.get(node);
            if (allowed == null) {
                continue;
            }
            for (int k = 0; k < allowed.length; k++) {
                int child = next.get(node)[k];
                table[rowOf[node] * PROBED.length() + PROBED_COLUMN[allowed[k]]] =
                        (byte) (child < 0 || rowOf[child] < 0 ? ACCEPT : rowOf[child]);
            }
        }
        return table;
    }

    /** Whether the text from {@code position} may start a match as far as the learnt prefix trie can tell. */
    private boolean prefixMayMatch(String text, int position, int to) {
        int row = 0;
        for (int p = position; p < to; p++) {
            char c = text.charAt(p);
            int column = c < ASCII ? PROBED_COLUMN[c] : -1;
            if (column < 0) {
                return true;
            }
            int next = prefixTable[row * PROBED.length() + column] & 0xFF;
            if (next == REJECT) {
                return false;
            }
            if (next == ACCEPT) {
                return true;
            }
            row = next;
        }
        return true;
    }

    /** False only when no match can start at {@code position} ({@code to}: end of the searched region). */
    boolean mayStartAt(String text, int position, int to) {
        char c = text.charAt(position);
        if (c < ASCII) {
            long[] seconds = secondChars[c];
            if (seconds == null) {
                return false;
            }
            if (position + 1 < to) {
                char second = text.charAt(position + 1);
                if (second < ASCII && (seconds[second >> 6] & (1L << second)) == 0) {
                    return false;
                }
            }
        }
        if (position > 0) {
            char before = text.charAt(position - 1);
            if (before < ASCII && neverBefore[before]) {
                return false;
            }
        }
        return prefixTable == null || prefixMayMatch(text, position, to);
    }

    private static void mark(String chars, boolean[] table) {
        for (int k = 0; k < chars.length(); k++) {
            char c = chars.charAt(k);
            if (k + 2 < chars.length() && chars.charAt(k + 1) == '-') {
                for (char r = c; r <= chars.charAt(k + 2); r++) {
                    table[r] = true;
                }
                k += 2;
            } else {
                table[c] = true;
            }
        }
    }

    /** One pass over a text; {@link #matcher()} holds the groups of the last match found. */
    final class Scan {
        private final String text;
        /** Created on the first attempt: with the prefix filter, most scans of a lexicon pattern never try it. */
        private Matcher matcher;
        private int to;
        private int next;
        /** Index of the first digit at or after the current position (text length when none). */
        private int nextDigit = -1;

        private Scan(String text, int from, int to) {
            this.text = text;
            this.next = from;
            this.to = to;
        }

        /** Restarts the scan from {@code from} to {@code to}, reusing the matcher. */
        void region(int from, int to) {
            this.next = from;
            this.to = to;
        }

        /** Finds the next match, as {@link Matcher#find()} would; false when there is none. */
        boolean find() {
            for (int p = next; p < to; p++) {
                if (!mayStartAt(text, p, to) || !digitWithinReach(p) || !runEndsRight(p)) {
                    continue;
                }
                matcher().region(p, to);
                if (matcher.lookingAt()) {
                    next = matcher.end() == matcher.start() ? matcher.end() + 1 : matcher.end();
                    return true;
                }
            }
            next = to;
            return false;
        }

        Matcher matcher() {
            if (matcher == null) {
                matcher = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
            }
            return matcher;
        }

        private boolean runEndsRight(int position) {
            if (runChars == null) {
                return true;
            }
            int end = position;
            while (end < text.length() && text.charAt(end) < ASCII && runChars[text.charAt(end)]) {
                end++;
            }
            return end < text.length() && text.charAt(end) < ASCII && runEnds[text.charAt(end)];
        }

        private boolean digitWithinReach(int position) {
            if (digitReach <= 0) {
                return true;
            }
            if (nextDigit < position) {
                nextDigit = position;
                while (nextDigit < text.length() && !TextNormalizer.isAsciiDigit(text.charAt(nextDigit))) {
                    nextDigit++;
                }
            }
            return nextDigit - position < digitReach;
        }
    }
}
