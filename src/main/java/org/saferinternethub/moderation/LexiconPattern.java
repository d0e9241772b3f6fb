package org.saferinternethub.moderation;

import java.util.regex.Pattern;

/**
 * One line of a lexicon file, compiled for the word view.
 *
 * <p>Line syntax: {@code [~weight ]regex}. Authors write natural lower-case spelling; {@link #compile} then
 * rewrites the regex the same way {@link TextNormalizer#wordView} rewrites text: diacritics stripped,
 * apostrophes dropped, runs of a repeated letter squeezed to one, and every literal space made optional
 * (text that was spaced out letter by letter loses its spaces). A weight below 1 marks a weak signal that only
 * fires together with others of the same category.
 *
 * @param category  lexicon category (self_harm, grooming, ..., idiom, reported)
 * @param label     label for harm categories, null for context categories
 * @param source    file:line, for diagnostics
 * @param anchors   literals of which every match contains one, or null if the regex must always run
 * @param requiredGroups every independent literal set the regex needs (one literal of each must occur); a
 *                  conjunctive pre-filter that lets most texts skip the regex altogether
 * @param leadingLiterals when every match starts at a word-start occurrence of one of these literals, them;
 *                  the regex is then only tried at those positions instead of scanning the whole text
 * @param firstChars the ASCII chars a match can start with (indexed by char), or null when unknown; the regex is
 *                  then only tried where such a char sits on a word boundary, not at every position
 * @param start     the regex with the pairs of chars its matches can start with, when they are all word chars
 *                  (see {@link StartFilteredPattern}), or null
 */
record LexiconPattern(String category, Label label, String language, String source, Pattern pattern,
                      double weight, java.util.List<String> anchors,
                      java.util.List<java.util.List<String>> requiredGroups, java.util.List<String> leadingLiterals,
                      boolean[] firstChars, StartFilteredPattern start) {

    static LexiconPattern compile(String category, Label label, String language, String source, String line) {
        double weight = 1.0;
        String body = line.strip();
        if (body.startsWith("~")) {
            int space = body.indexOf(' ');
            weight = Double.parseDouble(body.substring(1, space));
            body = body.substring(space + 1).strip();
        }
        String rewritten = rewrite(body);
        Pattern pattern;
        try {
            pattern = Pattern.compile(rewritten);
        } catch (java.util.regex.PatternSyntaxException e) {
            throw new IllegalArgumentException("bad lexicon pattern at " + source + ": " + e.getMessage(), e);
        }
        boolean[] firstChars = firstCharsOf(rewritten);
        return new LexiconPattern(category, label, language, source, pattern, weight, anchorsOf(rewritten),
                requiredGroupsOf(rewritten), leadingLiteralsOf(rewritten), firstChars,
                startsWithWordChars(firstChars) ? StartFilteredPattern.atWordStart(pattern) : null);
    }

    private static boolean startsWithWordChars(boolean[] firstChars) {
        if (firstChars == null) {
            return false;
        }
        for (char c = 0; c < firstChars.length; c++) {
            if (firstChars[c] && !TextNormalizer.isAsciiLetterOrDigit(c)) {
                return false;
            }
        }
        return true;
    }

    /** Applies the word-view normalisation to the literal parts of a regex. */
    static String rewrite(String regex) {
        StringBuilder out = new StringBuilder(regex.length() + 16);
        int classDepth = 0;
        char previousLiteral = 0;
        int i = 0;
        while (i < regex.length()) {
            char c = regex.charAt(i);
            if (c == '\\' && i + 1 < regex.length()) {
                char escaped = regex.charAt(i + 1);
                out.append(c).append(escaped);
                i += 2;
                if ((escaped == 'p' || escaped == 'P') && i < regex.length() && regex.charAt(i) == '{') {
                    int close = regex.indexOf('}', i);
                    out.append(regex, i, close + 1);
                    i = close + 1;
                }
                previousLiteral = 0;
                continue;
            }
            if (c == '[') {
                classDepth++;
            } else if (c == ']' && classDepth > 0) {
                classDepth--;
            }
            if (c == '\'' || c == '\u2019') {
                i++;
                continue;
            }
            if (c == ' ' && classDepth == 0) {
                char following = i + 1 < regex.length() ? regex.charAt(i + 1) : 0;
                out.append(following == '?' || following == '*' || following == '+' || following == '{'
                        ? " " : " ?");
                previousLiteral = 0;
                i++;
                continue;
            }
            String folded = c < 0x80 ? String.valueOf(Character.toLowerCase(c)) : TextNormalizer.fold(c);
            for (int k = 0; k < folded.length(); k++) {
                char f = folded.charAt(k);
                boolean letter = TextNormalizer.isAsciiLetter(f);
                if (letter && f == previousLiteral) {
                    continue; // squeeze, like the text
                }
                out.append(f);
                previousLiteral = letter ? f : 0;
            }
            i++;
        }
        return out.toString();
    }

    /**
     * Marks a literal that the regex only matches at the start of a word (it follows {@code \\b}): the pre-filter
     * then ignores occurrences inside words, so “he” is not “found” in “the”.
     */
    static final char AT_WORD_START = '\u0001';

    /**
     * Literals of which every match must contain at least one, or null when no such set is found (the regex then
     * runs on every text). Candidates are literal runs at group depth 0 and non-optional groups whose every
     * alternative has anchors itself; the candidate whose shortest literal is longest wins.
     */
    static java.util.List<String> anchorsOf(String regex) {
        java.util.List<String> marked = anchorsOf(regex, false);
        return marked == null ? null : marked.stream().map(LexiconPattern::unmarked).toList();
    }

    static String unmarked(String literal) {
        return literal.charAt(0) == AT_WORD_START ? literal.substring(1) : literal;
    }

    private static java.util.List<String> anchorsOf(String regex, boolean atWordStart) {
        java.util.List<String> alternatives = splitTopLevel(regex);
        if (alternatives.size() > 1) {
            java.util.List<String> union = new java.util.ArrayList<>();
            for (String alternative : alternatives) {
                java.util.List<String> anchors = anchorsOf(alternative, atWordStart);
                if (anchors == null) {
                    return null;
                }
                union.addAll(anchors);
            }
            return union;
        }
        java.util.List<String> best = null;
        for (java.util.List<String> candidate : depthZeroCandidates(regex, atWordStart)) {
            best = better(best, candidate);
        }
        return best;
    }

    /**
     * All literal sets required at depth 0 (for a regex with top-level alternation: its single anchor set), with
     * word-start literals marked by {@link #AT_WORD_START}. Empty when nothing usable is found.
     */
    static java.util.List<java.util.List<String>> requiredGroupsOf(String regex) {
        if (splitTopLevel(regex).size() > 1) {
            java.util.List<String> anchors = anchorsOf(regex, false);
            return anchors == null ? java.util.List.of() : java.util.List.of(anchors);
        }
        return depthZeroCandidates(regex, false);
    }

    /**
     * For a regex of the form {@code \\b<literal>...} or {@code \\b(?:<lit>...|<lit>...)...}: the literals a match
     * must start with, or null when matches may start elsewhere.
     */
    static java.util.List<String> leadingLiteralsOf(String regex) {
        if (!regex.startsWith("\\b") || regex.length() < 3 || splitTopLevel(regex).size() > 1) {
            return null;
        }
        char first = regex.charAt(2);
        java.util.List<String> literals;
        if (TextNormalizer.isAsciiLetterOrDigit(first)) {
            java.util.List<java.util.List<String>> candidates = depthZeroCandidates(regex, false);
            literals = candidates.isEmpty() ? null : candidates.get(0);
            if (literals != null && !regex.startsWith(unmarked(literals.get(0)), 2)) {
                return null; // the first literal run was too short to be a candidate
            }
        } else if (regex.startsWith("(?:", 2)) {
            int after = skipGroup(regex, 2);
            boolean optional = after < regex.length() && "?*".indexOf(regex.charAt(after)) >= 0
                    || regex.startsWith("{0", after);
            String content = regex.substring(5, after - 1);
            literals = optional ? null : anchorsOf(content, true);
            if (literals != null) {
                java.util.List<String> plain = literals.stream().map(LexiconPattern::unmarked).toList();
                for (String alternative : splitTopLevel(content)) {
                    if (plain.stream().noneMatch(alternative::startsWith)) {
                        return null; // this alternative's literal is not where the match starts
                    }
                }
            }
        } else {
            return null;
        }
        if (literals == null || literals.stream().anyMatch(l -> l.charAt(0) != AT_WORD_START)) {
            return null;
        }
        return literals.stream().map(LexiconPattern::unmarked).toList();
    }

    /**
     * For a regex starting with {@code \\b}: the ASCII chars its matches can start with, or null when that cannot be
     * told from the regex (escapes other than {@code \\b} and {@code \\d}, non-ASCII literals, dots, negated classes,
     * look-arounds, or a regex that can match the empty string).
     */
    static boolean[] firstCharsOf(String regex) {
        if (!regex.startsWith("\\b")) {
            return null;
        }
        boolean[] first = new boolean[128];
        int result = firstCharsOfSequence(regex, 2, regex.length(), first);
        return result == FIRST_NOT_NULLABLE ? first : null;
    }

    private static final int FIRST_UNKNOWN = 0;
    private static final int FIRST_NOT_NULLABLE = 1;
    private static final int FIRST_NULLABLE = 2;

    /** Adds the possible first chars of the regex from {@code from} to {@code to} (exclusive) to {@code first}; says whether it can be empty. */
    private static int firstCharsOfSequence(String regex, int from, int to, boolean[] first) {
        int i = from;
        while (i < to) {
            char c = regex.charAt(i);
            int elementEnd;
            int element;
            if (c == '\\') {
                if (i + 1 < to && regex.charAt(i + 1) == 'b') {
                    i += 2; // zero-width
                    continue;
                }
                if (i + 1 < to && regex.charAt(i + 1) == 'd') {
                    // amounts (“50 euro”): without this the whole pattern would fall back to a find at every position
                    for (char d = '0'; d <= '9'; d++) {
                        first[d] = true;
                    }
                    elementEnd = i + 2;
                    element = FIRST_NOT_NULLABLE;
                } else {
                    return FIRST_UNKNOWN;
                }
            } else if (c == '(') {
                if (!regex.startsWith("(?:", i) && (i + 1 < to && regex.charAt(i + 1) == '?')) {
                    return FIRST_UNKNOWN; // look-arounds, flags, named groups
                }
                elementEnd = skipGroup(regex, i);
                int contentStart = regex.startsWith("(?:", i) ? i + 3 : i + 1;
                element = FIRST_NOT_NULLABLE;
                for (String alternative : splitTopLevel(regex.substring(contentStart, elementEnd - 1))) {
                    int inner = firstCharsOfSequence(alternative, 0, alternative.length(), first);
                    if (inner == FIRST_UNKNOWN) {
                        return FIRST_UNKNOWN;
                    }
                    if (inner == FIRST_NULLABLE) {
                        element = FIRST_NULLABLE;
                    }
                }
            } else if (c == '[') {
                elementEnd = skipGroup(regex, i);
                if (!addClass(regex.substring(i + 1, elementEnd - 1), first)) {
                    return FIRST_UNKNOWN;
                }
                element = FIRST_NOT_NULLABLE;
            } else if (c < 0x80 && ".^$|)?*+{}".indexOf(c) < 0) {
                first[c] = true;
                elementEnd = i + 1;
                element = FIRST_NOT_NULLABLE;
            } else {
                return FIRST_UNKNOWN;
            }
            i = elementEnd;
            if (i < to && (regex.charAt(i) == '?' || regex.charAt(i) == '*')) {
                element = FIRST_NULLABLE;
                i++;
            } else if (i < to && regex.charAt(i) == '{') {
                int close = regex.indexOf('}', i);
                if (close < 0) {
                    return FIRST_UNKNOWN;
                }
                if (regex.charAt(i + 1) == '0') {
                    element = FIRST_NULLABLE;
                }
                i = close + 1;
            } else if (i < to && regex.charAt(i) == '+') {
                i++;
            }
            if (i < to && (regex.charAt(i) == '?' || regex.charAt(i) == '+')) {
                i++; // lazy or possessive
            }
            if (element == FIRST_NOT_NULLABLE) {
                return FIRST_NOT_NULLABLE;
            }
        }
        return FIRST_NULLABLE;
    }

    /** Adds the chars of a simple class body (“a-z0-9_”); false for negated classes or escapes. */
    private static boolean addClass(String body, boolean[] first) {
        if (body.isEmpty() || body.charAt(0) == '^') {
            return false;
        }
        for (int k = 0; k < body.length(); k++) {
            char c = body.charAt(k);
            if (c == '\\' || c == '[' || c >= 0x80) {
                return false;
            }
            if (k + 2 < body.length() && body.charAt(k + 1) == '-') {
                char last = body.charAt(k + 2);
                if (last == '\\' || last >= 0x80 || last < c) {
                    return false;
                }
                for (char r = c; r <= last; r++) {
                    first[r] = true;
                }
                k += 2;
            } else {
                first[c] = true;
            }
        }
        return true;
    }

    private static java.util.List<java.util.List<String>> depthZeroCandidates(String regex, boolean atWordStart) {
        java.util.List<java.util.List<String>> candidates = new java.util.ArrayList<>();
        StringBuilder run = new StringBuilder();
        boolean runAtWordStart = false;
        boolean afterBoundary = atWordStart; // the next token starts right after \b (or at a word start)
        int i = 0;
        while (i <= regex.length()) {
            char c = i < regex.length() ? regex.charAt(i) : 0;
            if (c != 0 && (TextNormalizer.isAsciiLetterOrDigit(c) || c == '#' || c == '@')) {
                if (run.length() == 0) {
                    runAtWordStart = afterBoundary && TextNormalizer.isAsciiLetterOrDigit(c);
                }
                afterBoundary = false;
                run.append(c);
                i++;
                continue;
            }
            if ((c == '?' || c == '*' || c == '{') && run.length() > 0) {
                run.setLength(run.length() - 1); // the last literal is optional
            }
            if (run.length() >= 2) {
                candidates.add(java.util.List.of(runAtWordStart ? AT_WORD_START + run.toString() : run.toString()));
            }
            run.setLength(0);
            if (c == 0) {
                break;
            }
            if (c == '{') {
                int close = regex.indexOf('}', i);
                i = close < 0 ? regex.length() : close + 1;
                afterBoundary = false;
                continue;
            }
            if (c == '\\') {
                afterBoundary = i + 1 < regex.length() && regex.charAt(i + 1) == 'b';
                i += 2;
                if (i < regex.length() && regex.charAt(i) == '{') {
                    i = regex.indexOf('}', i) + 1;
                }
                continue;
            }
            if (c == '(' || c == '[') {
                int after = skipGroup(regex, i);
                boolean optional = after < regex.length() && "?*".indexOf(regex.charAt(after)) >= 0
                        || regex.startsWith("{0", after);
                if (c == '(' && !optional && !regex.startsWith("(?!", i) && !regex.startsWith("(?<", i)) {
                    int contentStart = regex.startsWith("(?:", i) || regex.startsWith("(?=", i) ? i + 3 : i + 1;
                    java.util.List<String> inner = anchorsOf(regex.substring(contentStart, after - 1), afterBoundary);
                    if (inner != null) {
                        candidates.add(inner);
                    }
                }
                afterBoundary = false;
                i = after;
                continue;
            }
            afterBoundary = false;
            i++;
        }
        return candidates;
    }

    /** The word-start marker counts as one char: such a literal is about as selective as one char more. */
    private static int effectiveLength(String literal) {
        return literal.length();
    }

    private static java.util.List<String> better(java.util.List<String> current, java.util.List<String> candidate) {
        if (current == null) {
            return candidate;
        }
        int currentMin = current.stream().mapToInt(LexiconPattern::effectiveLength).min().orElse(0);
        int candidateMin = candidate.stream().mapToInt(LexiconPattern::effectiveLength).min().orElse(0);
        if (candidateMin != currentMin) {
            return candidateMin > currentMin ? candidate : current;
        }
        return candidate.size() < current.size() ? candidate : current;
    }

    /** Splits on '|' at group depth 0 outside classes. */
    private static java.util.List<String> splitTopLevel(String regex) {
        java.util.List<String> parts = new java.util.ArrayList<>();
        int depth = 0;
        boolean inClass = false;
        int partStart = 0;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i++;
            } else if (inClass) {
                inClass = c != ']';
            } else if (c == '[') {
                inClass = true;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == '|' && depth == 0) {
                parts.add(regex.substring(partStart, i));
                partStart = i + 1;
            }
        }
        parts.add(regex.substring(partStart));
        return parts;
    }

    /** Index just past the group or class opening at {@code open}. */
    private static int skipGroup(String regex, int open) {
        int depth = 0;
        boolean inClass = false;
        int i = open;
        while (i < regex.length()) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i += 2;
                continue;
            }
            if (inClass) {
                if (c == ']') {
                    inClass = false;
                    if (depth == 0) {
                        return i + 1;
                    }
                }
            } else if (c == '[') {
                inClass = true;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
                if (depth == 0) {
                    return i + 1;
                }
            }
            i++;
        }
        return regex.length();
    }
}
