package org.saferinternethub.moderation;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LexiconTests {
    private static final Lexicon LEXICON = Lexicon.fromClasspath(LexiconTests.class.getClassLoader());

    @Test
    void everyCategoryAndLanguageHasPatterns() {
        for (String category : List.of("self_harm", "grooming", "harassment", "sexual", "spam", "idiom", "reported")) {
            for (String language : Lexicon.LANGUAGES) {
                assertTrue(LEXICON.patterns().stream()
                        .anyMatch(p -> p.category().equals(category) && p.language().equals(language)),
                        category + "." + language);
            }
        }
    }

    /** Untrusted input must never meet an unbounded quantifier: only {m,n} (and ?) are allowed in lexicons. */
    @Test
    void patternsUseBoundedQuantifiersOnly() {
        LEXICON.patterns().forEach(LexiconTests::assertBoundedQuantifiersOnly);
    }

    /** Fails if a pattern has {@code *}, {@code +} or an open range outside a character class. */
    static void assertBoundedQuantifiersOnly(LexiconPattern pattern) {
        String regex = pattern.pattern().pattern();
        boolean inClass = false;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i++;
            } else if (inClass) {
                inClass = c != ']';
            } else if (c == '[') {
                inClass = true;
            } else {
                assertTrue(c != '*' && c != '+', () -> "unbounded quantifier in " + pattern.source());
                if (c == '{') {
                    String quantifier = regex.substring(i, regex.indexOf('}', i) + 1);
                    assertTrue(quantifier.matches("\\{\\d+(,\\d+)?}"), () -> "open range in " + pattern.source());
                }
            }
        }
    }

    @Test
    void almostEveryPatternHasAnAnchor() {
        long withoutAnchor = LEXICON.patterns().stream().filter(p -> p.anchors() == null).count();
        assertTrue(withoutAnchor <= 5, "patterns that run on every message: " + withoutAnchor);
    }

    @Test
    void patternsAreRewrittenLikeTheText() {
        assertEquals("\\bkil ?yourself\\b", LexiconPattern.rewrite("\\bkill yourself\\b"));
        assertEquals("dont ?tel", LexiconPattern.rewrite("don't tell"));
        assertEquals("\\bbitch", LexiconPattern.rewrite("\\bbitch"));
        assertEquals("strase", LexiconPattern.rewrite("Straße"));
    }

    @Test
    void anchorsComeFromRequiredLiteralsOrRequiredGroups() {
        assertEquals(List.of("yourself"), LexiconPattern.anchorsOf("\\bkil ?yourself\\b"));
        assertEquals(List.of("send"), LexiconPattern.anchorsOf("\\bsend ?(?:pic|photo)"));
        assertEquals(List.of("picture", "photo"), LexiconPattern.anchorsOf("\\bme ?(?:picture|photo)s?"));
        assertNotNull(LexiconPattern.anchorsOf("(?:a|b)c{0,3}dd"));
        assertEquals(null, LexiconPattern.anchorsOf("(?:a|b)?x"));
    }

    @Test
    void firstCharsComeFromEveryWayAMatchCanStart() {
        assertEquals("ij", firstChars("\\b(?:ik|je) ?wil"));
        assertEquals("ij", firstChars("\\b(?:jij ?)?ik"));
        assertEquals("dkn", firstChars("\\b(?:n[o0]|(?:k|d)u)x"));
        assertEquals(null, firstChars("\\b(?:a|b)?x?"));
        assertEquals(null, firstChars("\\b(?=a)a"));
        assertEquals(null, firstChars("\\b.a"));
        assertEquals(null, firstChars("a\\b"));
    }

    private static String firstChars(String regex) {
        boolean[] first = LexiconPattern.firstCharsOf(regex);
        if (first == null) {
            return null;
        }
        StringBuilder chars = new StringBuilder();
        for (char c = 0; c < first.length; c++) {
            if (first[c]) {
                chars.append(c);
            }
        }
        return chars.toString();
    }

    /** Trying a pattern only where its first chars sit on a word boundary must find what a full scan finds. */
    @Test
    void positionedSearchFindsWhatAFullScanFinds() throws java.io.IOException {
        long positioned = LEXICON.patterns().stream().filter(p -> p.firstChars() != null).count();
        assertTrue(positioned >= LEXICON.patterns().size() * 9 / 10, "patterns with first chars: " + positioned);
        for (CorpusTests.Example example : CorpusTests.load()) {
            String view = TextNormalizer.wordView(TextNormalizer.baseView(example.text())).text();
            for (LexiconPattern pattern : LEXICON.patterns()) {
                List<Lexicon.Hit> fast = new java.util.ArrayList<>();
                Lexicon.find(pattern, view, fast);
                List<Lexicon.Hit> full = new java.util.ArrayList<>();
                java.util.regex.Matcher matcher = pattern.pattern().matcher(view);
                while (matcher.find()) {
                    if (matcher.end() > matcher.start()) {
                        full.add(new Lexicon.Hit(pattern, matcher.start(), matcher.end()));
                    }
                }
                assertEquals(full, fast, () -> pattern.source() + " on " + view);
            }
        }
    }
    /**
     * The pre-filters (required literals, one automaton shared by the four lexicons of a screener, leading literals)
     * hide no match a plain regex scan finds, and report only real matches.
     */
    @Test
    void sharedKeywordScanFindsEveryMatchOfAPlainScan() throws java.io.IOException {
        ClassLoader loader = LexiconTests.class.getClassLoader();
        List<LexiconPattern> harm = Lexicon.harmPatterns(loader);
        List<LexiconPattern> context = Lexicon.contextPatterns(loader);
        CueDetector.Rules cues = CueDetector.rulesFromClasspath(loader);
        Keywords keywords = Keywords.of(harm, context, cues.cues(), cues.context());
        List<Lexicon> lexicons = List.of(new Lexicon(harm, keywords), new Lexicon(context, keywords),
                new Lexicon(cues.cues(), keywords), new Lexicon(cues.context(), keywords));
        int matches = 0;
        for (CorpusTests.Example example : CorpusTests.load()) {
            String view = TextNormalizer.wordView(TextNormalizer.baseView(example.text())).text();
            Keywords.Scan scan = keywords.scan(view);
            for (Lexicon lexicon : lexicons) {
                java.util.Set<String> found = new java.util.HashSet<>();
                for (Lexicon.Hit hit : lexicon.match(scan)) {
                    java.util.regex.Matcher matcher = hit.pattern().pattern().matcher(view);
                    matcher.region(hit.start(), view.length()).useTransparentBounds(true).useAnchoringBounds(false);
                    assertTrue(matcher.lookingAt() && matcher.end() == hit.end(),
                            () -> hit.pattern().source() + " reported " + hit + " on " + view);
                    found.add(hit.pattern().source() + "@" + hit.start() + "-" + hit.end());
                }
                for (LexiconPattern pattern : lexicon.patterns()) {
                    java.util.regex.Matcher matcher = pattern.pattern().matcher(view);
                    while (matcher.find()) {
                        String match = pattern.source() + "@" + matcher.start() + "-" + matcher.end();
                        assertTrue(matcher.end() == matcher.start() || found.contains(match),
                                () -> match + " missed on " + view);
                        matches++;
                    }
                }
            }
        }
        assertTrue(matches > 1_000, "matches checked: " + matches);
    }
}
