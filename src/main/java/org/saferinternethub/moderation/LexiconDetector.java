package org.saferinternethub.moderation;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * SELF_HARM, GROOMING, HARASSMENT, SEXUAL and SPAM from the lexicon, with two context rules:
 * <ul>
 *   <li>an idiom match (“ik lag dood van het lachen”, “this level is killing me”) masks every harm hit it overlaps;</li>
 *   <li>reported speech / help-seeking (“someone in my class calls me ...”, “what should I do?”, “I blocked him”)
 *       drops GROOMING, HARASSMENT, SEXUAL and SPAM in its own sentence: the child is describing a problem, not
 *       causing one (a threat in another sentence of the same message still counts);</li>
 *   <li>a proper noun written as one (“Niger”) is not the slur it squeezes onto.
 *       SELF_HARM is never dropped this way: “I want to die, what should I do” must reach a human.</li>
 * </ul>
 * Weights of distinct patterns of one label add up; the label fires at 1.0.
 */
final class LexiconDetector {
    static final Set<Label> DOWNGRADED_WHEN_REPORTED =
            EnumSet.of(Label.GROOMING, Label.HARASSMENT, Label.SEXUAL, Label.SPAM);
    private static final double FIRE_AT = 0.999;
    /** Keeps {@link #mayFire} an upper bound whatever order the weights are added in. */
    private static final double ROUNDING_SLACK = 1e-9;

    private final Lexicon harm;
    private final Lexicon context;
    /** Names (lower case, folded) that must not count as the harm term they squeeze onto. */
    private final Set<String> properNouns;

    /**
     * @param harm    patterns that create labels
     * @param context idiom and reported-speech patterns; only run when there are harm hits to judge, which keeps
     *                the (costly, common-word) context regexes off the bulk of benign traffic
     */
    LexiconDetector(Lexicon harm, Lexicon context, Set<String> properNouns) {
        this.harm = harm;
        this.context = context;
        this.properNouns = Set.copyOf(properNouns);
    }

    /** Adds the spans of the labels that fire, from the keyword scan of the word view shared with the cue detector. */
    void detect(ScreeningInput input, Keywords.Scan scan, List<Span> found) {
        MappedText view = input.words();
        List<Lexicon.Hit> hits = harm.match(scan);
        if (hits.isEmpty() || !mayFire(hits)) {
            return;
        }
        hits = new ArrayList<>(hits);
        hits.addAll(context.match(scan));
        List<Lexicon.Hit> idioms = new ArrayList<>();
        List<Lexicon.Hit> reported = new ArrayList<>();
        for (Lexicon.Hit hit : hits) {
            if (Lexicon.IDIOM.equals(hit.pattern().category())) {
                idioms.add(hit);
            } else if (Lexicon.REPORTED.equals(hit.pattern().category())) {
                reported.add(hit);
            }
        }
        Map<Label, List<Lexicon.Hit>> byLabel = new EnumMap<>(Label.class);
        for (Lexicon.Hit hit : hits) {
            Label label = hit.pattern().label();
            if (label == null || overlapsAny(hit, idioms)
                    || (DOWNGRADED_WHEN_REPORTED.contains(label) && inSentenceOfAny(view.text(), hit, reported))
                    || namesAProperNoun(input.original(), view, hit)) {
                continue;
            }
            byLabel.computeIfAbsent(label, l -> new ArrayList<>()).add(hit);
        }
        for (Map.Entry<Label, List<Lexicon.Hit>> entry : byLabel.entrySet()) {
            // identity: a record's hashCode would hash the pattern's literal lists on every add
            Set<LexiconPattern> distinct = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
            for (Lexicon.Hit hit : entry.getValue()) {
                distinct.add(hit.pattern());
            }
            double weight = distinct.stream().mapToDouble(LexiconPattern::weight).sum();
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
     * Whether some label could reach {@value #FIRE_AT} if every hit counted. The context rules only ever drop hits,
     * so when even this bound stays below, the context match cannot change the outcome and is skipped.
     */
    private static boolean mayFire(List<Lexicon.Hit> hits) {
        Map<Label, Double> weights = new EnumMap<>(Label.class);
        Set<LexiconPattern> distinct = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (Lexicon.Hit hit : hits) {
            Label label = hit.pattern().label();
            if (label != null && distinct.add(hit.pattern())
                    && weights.merge(label, hit.pattern().weight(), Double::sum) >= FIRE_AT - ROUNDING_SLACK) {
                return true;
            }
        }
        return false;
    }

    /** Whether one of {@code others} starts in the same sentence as {@code hit} (no “.”, “!” or “?” between). */
    private static boolean inSentenceOfAny(String text, Lexicon.Hit hit, List<Lexicon.Hit> others) {
        for (Lexicon.Hit other : others) {
            int from = Math.min(hit.start(), other.start());
            int to = Math.max(hit.start(), other.start());
            boolean boundary = false;
            for (int k = from; k < to && !boundary; k++) {
                char c = text.charAt(k);
                boundary = (c == '.' || c == '!' || c == '?') && (k + 1 == text.length() || text.charAt(k + 1) == ' ');
            }
            if (!boundary) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the hit covers a word written as one of the proper nouns (capital initial, then lower case): “Niger”
     * squeezes onto a slur in the word view, but the writer spelled a country. Shouted or lower-case spellings
     * still count.
     */
    private boolean namesAProperNoun(String original, MappedText view, Lexicon.Hit hit) {
        if (properNouns.isEmpty()) {
            return false;
        }
        int start = view.toOriginalStart(hit.start());
        int end = view.toOriginalEnd(hit.end());
        while (start > 0 && Character.isLetter(original.charAt(start - 1))) {
            start--;
        }
        while (end < original.length() && Character.isLetter(original.charAt(end))) {
            end++;
        }
        int k = start;
        while (k < end) {
            if (!Character.isLetter(original.charAt(k))) {
                k++;
                continue;
            }
            int wordStart = k;
            while (k < end && Character.isLetter(original.charAt(k))) {
                k++;
            }
            String word = original.substring(wordStart, k);
            if (word.length() > 1 && Character.isUpperCase(word.charAt(0))
                    && word.substring(1).chars().anyMatch(Character::isLowerCase)
                    && properNouns.contains(TextNormalizer.baseView(word).text())) {
                return true;
            }
        }
        return false;
    }

    private static boolean overlapsAny(Lexicon.Hit hit, List<Lexicon.Hit> others) {
        for (Lexicon.Hit other : others) {
            if (other.start() < hit.end() && hit.start() < other.end()) {
                return true;
            }
        }
        return false;
    }
}
