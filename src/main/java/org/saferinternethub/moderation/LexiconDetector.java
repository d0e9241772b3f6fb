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
 *       drops GROOMING, HARASSMENT, SEXUAL and SPAM: the child is describing a problem, not causing one.
 *       SELF_HARM is never dropped this way: “I want to die, what should I do” must reach a human.</li>
 * </ul>
 * Weights of distinct patterns of one label add up; the label fires at 1.0.
 */
final class LexiconDetector implements Detector {
    static final Set<Label> DOWNGRADED_WHEN_REPORTED =
            EnumSet.of(Label.GROOMING, Label.HARASSMENT, Label.SEXUAL, Label.SPAM);
    private static final double FIRE_AT = 0.999;

    private final Lexicon harm;
    private final Lexicon context;

    /**
     * @param harm    patterns that create labels
     * @param context idiom and reported-speech patterns; only run when there are harm hits to judge, which keeps
     *                the (costly, common-word) context regexes off the bulk of benign traffic
     */
    LexiconDetector(Lexicon harm, Lexicon context) {
        this.harm = harm;
        this.context = context;
    }

    @Override
    public void detect(ScreeningInput input, List<Span> found) {
        MappedText view = input.words();
        List<Lexicon.Hit> hits = harm.match(view.text());
        if (hits.isEmpty()) {
            return;
        }
        hits = new ArrayList<>(hits);
        hits.addAll(context.match(view.text()));
        List<Lexicon.Hit> idioms = new ArrayList<>();
        boolean reported = false;
        for (Lexicon.Hit hit : hits) {
            if (Lexicon.IDIOM.equals(hit.pattern().category())) {
                idioms.add(hit);
            } else if (Lexicon.REPORTED.equals(hit.pattern().category())) {
                reported = true;
            }
        }
        Map<Label, List<Lexicon.Hit>> byLabel = new EnumMap<>(Label.class);
        for (Lexicon.Hit hit : hits) {
            Label label = hit.pattern().label();
            if (label == null || overlapsAny(hit, idioms)
                    || (reported && DOWNGRADED_WHEN_REPORTED.contains(label))) {
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

    private static boolean overlapsAny(Lexicon.Hit hit, List<Lexicon.Hit> others) {
        for (Lexicon.Hit other : others) {
            if (other.start() < hit.end() && hit.start() < other.end()) {
                return true;
            }
        }
        return false;
    }
}
