package org.saferinternethub.moderation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * SELF_HARM, GROOMING and SEXUAL from cues that only mean harm together, for the indirect phrasing a phrase
 * lexicon misses: a first-person subject with a burden, ending or self-injury cue in one sentence (“I'm just a
 * weight on everyone”), or a message addressed to the reader with a secrecy or meeting cue.
 *
 * <p>Rules live in {@code cues.<language>.txt} (see SOURCES.md there), one per line:
 * {@code role [~weight] [+self|+you] regex}. Roles: {@code self}, {@code you} and {@code other} mark a first-,
 * second- or third-person word; {@code guard} masks every cue it overlaps (ordinary senses; the idiom lexicon is
 * added as guards too); {@code calm} anywhere in the message (“see you tomorrow”, “bis bald”) silences every weak
 * cue; a label name makes a cue. A cue marked {@code +you} only counts when a second-person word of its language
 * sits in its sentence; one marked {@code +self} when the nearest person word before it there is a first-person
 * one (or, with none before, when one follows), so “my friend says she is a burden” is about someone else.
 * Weights of a label's distinct counted cues of one language add up, as in the lexicon, and the label fires at
 * 1.0.
 */
final class CueDetector implements Detector {
    static final String SELF = "self";
    static final String YOU = "you";
    static final String OTHER = "other";
    static final String GUARD = "guard";
    static final String CALM = "calm";
    private static final String CUE = "cue";
    private static final double FIRE_AT = 0.999;
    /** Keeps {@link #mayFire} an upper bound whatever order the weights are added in. */
    private static final double ROUNDING_SLACK = 1e-9;

    private final Lexicon cues;
    private final Lexicon context;

    CueDetector(Lexicon cues, Lexicon context) {
        this.cues = cues;
        this.context = context;
    }

    /** The cue rules of every language: cues, and the context that judges them (person words, guards, calm). */
    record Rules(List<LexiconPattern> cues, List<LexiconPattern> context) {
    }

    /** A detector with automata of its own (tests); the screener shares one automaton with the lexicon. */
    static CueDetector fromClasspath(ClassLoader loader) {
        Rules rules = rulesFromClasspath(loader);
        return new CueDetector(new Lexicon(rules.cues()), new Lexicon(rules.context()));
    }

    static Rules rulesFromClasspath(ClassLoader loader) {
        List<LexiconPattern> cueLines = new ArrayList<>();
        List<LexiconPattern> contextLines = new ArrayList<>();
        for (String language : Lexicon.LANGUAGES) {
            for (Lexicon.Line line : Lexicon.lines(loader, "cues." + language + ".txt")) {
                String source = line.source();
                String[] parts = line.text().split(" ", 2);
                String role = parts[0];
                String rest = parts.length > 1 ? parts[1].strip() : "";
                if (role.equals(SELF) || role.equals(YOU) || role.equals(OTHER) || role.equals(GUARD)
                        || role.equals(CALM)) {
                    contextLines.add(LexiconPattern.compile(role, null, language, source, rest));
                    continue;
                }
                Label label = Label.valueOf(role.toUpperCase(Locale.ROOT));
                String weight = "";
                if (rest.startsWith("~")) {
                    int space = rest.indexOf(' ');
                    weight = rest.substring(0, space + 1);
                    rest = rest.substring(space + 1).strip();
                }
                String category = CUE;
                if (rest.startsWith("+self ") || rest.startsWith("+you ")) {
                    int space = rest.indexOf(' ');
                    category = CUE + rest.substring(0, space);
                    rest = rest.substring(space + 1).strip();
                }
                cueLines.add(LexiconPattern.compile(category, label, language, source, weight + rest));
            }
            for (Lexicon.Line line : Lexicon.lines(loader, Lexicon.IDIOM + "." + language + ".txt")) {
                contextLines.add(LexiconPattern.compile(GUARD, null, language, line.source(), line.text()));
            }
        }
        return new Rules(cueLines, contextLines);
    }

    /** Every compiled line: cues, person markers, guards, calm markers and the idioms (diagnostics and tests). */
    List<LexiconPattern> patterns() {
        List<LexiconPattern> all = new ArrayList<>(cues.patterns());
        all.addAll(context.patterns());
        return all;
    }

    @Override
    public void detect(ScreeningInput input, List<Span> found) {
        detect(input, cues.scan(input.words().text()), found);
    }

    /** {@link #detect(ScreeningInput, List)} with the keyword scan of the word view made once for several detectors. */
    void detect(ScreeningInput input, Keywords.Scan scan, List<Span> found) {
        MappedText view = input.words();
        String text = view.text();
        List<Lexicon.Hit> hits = cues.match(scan);
        if (hits.isEmpty() || !mayFire(hits)) {
            return;
        }
        List<Lexicon.Hit> context = this.context.match(scan);
        boolean calm = context.stream().anyMatch(hit -> CALM.equals(hit.pattern().category()));
        Map<Label, List<Lexicon.Hit>> counted = new EnumMap<>(Label.class);
        for (Lexicon.Hit hit : hits) {
            LexiconPattern pattern = hit.pattern();
            String category = pattern.category();
            if (masked(hit, context) || (calm && pattern.weight() < FIRE_AT)) {
                continue;
            }
            if (category.length() > CUE.length()) {
                String person = category.substring(CUE.length() + 1);
                if (!personInSentence(text, hit, context, person, pattern.language())) {
                    continue;
                }
            }
            counted.computeIfAbsent(pattern.label(), l -> new ArrayList<>()).add(hit);
        }
        for (Map.Entry<Label, List<Lexicon.Hit>> entry : counted.entrySet()) {
            // per language: the same words often match the parallel cue of two languages, which is one cue
            Map<String, Double> weights = new java.util.HashMap<>();
            List<LexiconPattern> distinct = new ArrayList<>();
            for (Lexicon.Hit hit : entry.getValue()) {
                if (distinct.stream().noneMatch(p -> p == hit.pattern())) {
                    distinct.add(hit.pattern());
                    weights.merge(hit.pattern().language(), hit.pattern().weight(), Double::sum);
                }
            }
            double weight = weights.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
            if (weight < FIRE_AT) {
                continue;
            }
            double score = Math.min(1.0, 0.5 + weight / 2);
            for (Lexicon.Hit hit : entry.getValue()) {
                found.add(ScreeningInput.span(view, hit.start(), hit.end(), entry.getKey(), score));
            }
        }
    }

    /**
     * Whether some label could reach {@value #FIRE_AT} if every hit counted. The context (guards, calm, person words)
     * only ever drops hits, so when even this bound stays below, its costly match cannot change the outcome: most
     * messages with a cue have one weak cue (“foto”, “robux”) and nothing to add it to.
     */
    private static boolean mayFire(List<Lexicon.Hit> hits) {
        // per label and language; a string key per hit cost more than the sums
        double[] weights = new double[Label.values().length * Lexicon.LANGUAGES.size()];
        Set<LexiconPattern> distinct = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Lexicon.Hit hit : hits) {
            LexiconPattern pattern = hit.pattern();
            if (!distinct.add(pattern)) {
                continue;
            }
            int key = pattern.label().ordinal() * Lexicon.LANGUAGES.size()
                    + Lexicon.LANGUAGES.indexOf(pattern.language());
            weights[key] += pattern.weight();
            if (weights[key] >= FIRE_AT - ROUNDING_SLACK) {
                return true;
            }
        }
        return false;
    }

    private static boolean masked(Lexicon.Hit hit, List<Lexicon.Hit> context) {
        for (Lexicon.Hit other : context) {
            if (GUARD.equals(other.pattern().category()) && other.start() < hit.end() && hit.start() < other.end()) {
                return true;
            }
        }
        return false;
    }

    /** Whether a marker of {@code person} in the cue's language sits in the cue's sentence (see the class doc). */
    private static boolean personInSentence(String text, Lexicon.Hit hit, List<Lexicon.Hit> context, String person,
                                            String language) {
        int from = sentenceStart(text, hit.start());
        int to = sentenceEnd(text, hit.end());
        Lexicon.Hit nearestBefore = null;
        boolean anywhere = false;
        for (Lexicon.Hit other : context) {
            LexiconPattern pattern = other.pattern();
            String role = pattern.category();
            boolean relevant = person.equals(role) || (person.equals(SELF) && OTHER.equals(role));
            if (!relevant || !language.equals(pattern.language()) || other.start() < from || other.end() > to) {
                continue;
            }
            anywhere |= person.equals(role);
            if (other.start() < hit.start() && (nearestBefore == null || other.start() > nearestBefore.start())) {
                nearestBefore = other;
            }
        }
        if (nearestBefore != null) {
            return person.equals(nearestBefore.pattern().category());
        }
        return anywhere;
    }

    private static int sentenceStart(String text, int at) {
        for (int k = at - 1; k >= 0; k--) {
            if (isBoundary(text, k)) {
                return k + 1;
            }
        }
        return 0;
    }

    private static int sentenceEnd(String text, int at) {
        for (int k = at; k < text.length(); k++) {
            if (isBoundary(text, k)) {
                return k;
            }
        }
        return text.length();
    }

    private static boolean isBoundary(String text, int k) {
        char c = text.charAt(k);
        return c == '.' || c == '!' || c == '?' || c == ';';
    }
}
