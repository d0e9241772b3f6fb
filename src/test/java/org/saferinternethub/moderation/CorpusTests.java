package org.saferinternethub.moderation;

import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Scores the engine on the hand-written corpus: recall per label (message carries the label) and the benign pass
 * rate (benign message screened by a MEMBER is published with no labels). Thresholds sit at the level reached.
 */
class CorpusTests {
    // Ratchets at the level reached on this corpus (1.0 after tuning; blind batches scored lower, see README)
    private static final double MIN_RECALL = 1.0;
    private static final double MIN_BENIGN_PASS = 1.0;
    private static final int MIN_MESSAGES_PER_LANGUAGE = 80;

    record Example(String language, Set<Label> expected, String text) {
    }

    static List<Example> load() throws IOException {
        return load("moderation/corpus.tsv");
    }

    static List<Example> load(String resource) throws IOException {
        List<Example> examples = new ArrayList<>();
        try (InputStream in = CorpusTests.class.getClassLoader().getResourceAsStream(resource)) {
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] columns = line.split("\t", 3);
                Set<Label> labels = EnumSet.noneOf(Label.class);
                if (!columns[1].equals("-")) {
                    for (String label : columns[1].split(",")) {
                        labels.add(Label.valueOf(label.strip()));
                    }
                }
                examples.add(new Example(columns[0], labels, columns[2]));
            }
        }
        return examples;
    }

    /** Recall per label ({found, total}), benign messages published untouched, and a printable table. */
    record Scores(Map<Label, int[]> recall, int benign, int benignPassed, Map<String, Integer> perLanguage,
                  String table) {
        double recallOf(Label label) {
            int[] counts = recall.get(label);
            return counts[0] / (double) counts[1];
        }

        double benignRate() {
            return benignPassed / (double) benign;
        }
    }

    static Scores score(Screener screener, List<Example> corpus) {
        Map<String, Integer> perLanguage = new TreeMap<>();
        Map<Label, int[]> recall = new EnumMap<>(Label.class);
        Map<Label, Integer> extraLabels = new EnumMap<>(Label.class);
        int benign = 0;
        int benignPassed = 0;
        int languageCorrect = 0;
        List<String> misses = new ArrayList<>();
        for (Example example : corpus) {
            perLanguage.merge(example.language(), 1, Integer::sum);
            Verdict verdict = screener.screen(example.text(), example.language(), TrustLevel.MEMBER);
            if (screener.detectLanguage(example.text()).equals(example.language())) {
                languageCorrect++;
            }
            if (example.expected().isEmpty()) {
                benign++;
                if (verdict.decision() == Decision.PUBLISH && verdict.labels().isEmpty()) {
                    benignPassed++;
                } else {
                    misses.add("false positive " + verdict.labels() + ": " + example.text());
                }
                continue;
            }
            for (Label label : example.expected()) {
                int[] counts = recall.computeIfAbsent(label, l -> new int[2]);
                counts[1]++;
                if (verdict.labels().contains(label)) {
                    counts[0]++;
                } else {
                    misses.add("missed " + label + ": " + example.text());
                }
            }
            for (Label label : verdict.labels()) {
                if (!example.expected().contains(label)) {
                    extraLabels.merge(label, 1, Integer::sum);
                }
            }
        }

        StringBuilder table = new StringBuilder("\nCorpus: ").append(corpus.size()).append(" messages ")
                .append(perLanguage).append('\n');
        table.append(String.format("%-16s %8s %8s %7s %s%n", "label", "found", "total", "recall", "extra-on-harmful"));
        for (Map.Entry<Label, int[]> entry : recall.entrySet()) {
            int[] c = entry.getValue();
            table.append(String.format("%-16s %8d %8d %7.3f %d%n", entry.getKey(), c[0], c[1], c[0] / (double) c[1],
                    extraLabels.getOrDefault(entry.getKey(), 0)));
        }
        table.append(String.format("%-16s %8d %8d %7.3f%n", "benign pass", benignPassed, benign,
                benignPassed / (double) benign));
        table.append(String.format("%-16s %8d %8d %7.3f%n", "language (auto)", languageCorrect, corpus.size(),
                languageCorrect / (double) corpus.size()));
        misses.forEach(m -> table.append("  ").append(m).append('\n'));
        return new Scores(recall, benign, benignPassed, perLanguage, table.toString());
    }

    @Test
    void recallPerLabelAndBenignPassRate() throws IOException {
        Scores scores = score(TestScreeners.shared(), load());
        String table = scores.table();
        System.out.println(table);

        for (Map.Entry<String, Integer> entry : scores.perLanguage().entrySet()) {
            assertTrue(entry.getValue() >= MIN_MESSAGES_PER_LANGUAGE, "too few messages for " + entry.getKey());
        }
        assertTrue(scores.recall().keySet().containsAll(EnumSet.allOf(Label.class)), "every label needs examples");
        for (Label label : scores.recall().keySet()) {
            assertTrue(scores.recallOf(label) >= MIN_RECALL, label + " recall " + scores.recallOf(label) + table);
        }
        assertTrue(scores.benignRate() >= MIN_BENIGN_PASS, "benign pass rate " + scores.benignRate() + table);
    }

    /**
     * The held-out corpus was written after the first tuning. Its even examples were a development half and its odd
     * ones stayed blind until issue 3, which tuned on the whole file (blind.tsv now plays the blind part). Ratchets
     * at the levels recorded in the README.
     */
    @Test
    void heldOutCorpusDoesNotDropBelowItsRecordedLevels() throws IOException {
        List<Example> heldOut = load("moderation/heldout.tsv");
        Scores scores = score(TestScreeners.shared(), heldOut);
        String table = scores.table();
        System.out.println("Held-out" + table);
        // even examples were the development half (their misses informed new patterns), odd ones stayed blind
        List<Example> blind = new ArrayList<>();
        for (int i = 1; i < heldOut.size(); i += 2) {
            blind.add(heldOut.get(i));
        }
        Scores blindScores = score(TestScreeners.shared(), blind);
        System.out.println("Held-out, blind half" + blindScores.table());
        for (Map.Entry<Label, Double> entry : HELD_OUT_BLIND_MIN_RECALL.entrySet()) {
            assertTrue(blindScores.recallOf(entry.getKey()) >= entry.getValue(), "blind half " + entry.getKey()
                    + " recall " + blindScores.recallOf(entry.getKey()) + blindScores.table());
        }
        assertTrue(blindScores.benignRate() >= HELD_OUT_MIN_BENIGN_PASS, "blind half benign " + blindScores.table());
        for (Map.Entry<Label, Double> entry : HELD_OUT_MIN_RECALL.entrySet()) {
            assertTrue(scores.recallOf(entry.getKey()) >= entry.getValue(),
                    "held-out " + entry.getKey() + " recall " + scores.recallOf(entry.getKey()) + table);
        }
        assertTrue(scores.benignRate() >= HELD_OUT_MIN_BENIGN_PASS, "held-out benign " + scores.benignRate() + table);
    }

    /**
     * The blind corpus was written for issue 3 before the recall work and is never tuned on: lexicons and scorers
     * learn from corpus.tsv and heldout.tsv only, and this file is only measured. Ratchets at the levels recorded
     * in the README, so a change may not make generalisation worse.
     */
    @Test
    void blindCorpusDoesNotDropBelowItsRecordedLevels() throws IOException {
        Scores scores = score(TestScreeners.shared(), load("moderation/blind.tsv"));
        String table = scores.table();
        System.out.println("Blind" + table);
        for (Map.Entry<Label, Double> entry : BLIND_MIN_RECALL.entrySet()) {
            assertTrue(scores.recallOf(entry.getKey()) >= entry.getValue(),
                    "blind " + entry.getKey() + " recall " + scores.recallOf(entry.getKey()) + table);
        }
        assertTrue(scores.benignRate() >= BLIND_MIN_BENIGN_PASS, "blind benign " + scores.benignRate() + table);
    }

    /**
     * Held-out levels recorded in the README (whole file; blind before any tuning: self-harm 17/32, grooming 16/24,
     * harassment 15/16, sexual 4/8). Since issue 3 the whole file is tuning data, so these are training figures.
     * Raise them when a change improves the score, never lower them.
     */
    private static final Map<Label, Double> HELD_OUT_MIN_RECALL = Map.of(
            Label.SELF_HARM, 1.0, Label.GROOMING, 1.0, Label.HARASSMENT, 1.0, Label.SEXUAL, 1.0);
    /** The odd examples: blind until issue 3 (7/16, 7/12, 7/8, 0/4 then), tuned on since; blind.tsv replaces them. */
    private static final Map<Label, Double> HELD_OUT_BLIND_MIN_RECALL = Map.of(
            Label.SELF_HARM, 1.0, Label.GROOMING, 1.0, Label.HARASSMENT, 1.0, Label.SEXUAL, 1.0);
    private static final double HELD_OUT_MIN_BENIGN_PASS = 1.0;
    /**
     * Blind corpus levels recorded in the README, measured once after the issue 3 recall work (before it: self-harm
     * 6/36, grooming 16/28, harassment 16/20, sexual 7/16, benign 76/76).
     */
    private static final Map<Label, Double> BLIND_MIN_RECALL = Map.of(
            Label.SELF_HARM, 31 / 36.0, Label.GROOMING, 21 / 28.0, Label.HARASSMENT, 16 / 20.0, Label.SEXUAL, 11 / 16.0);
    private static final double BLIND_MIN_BENIGN_PASS = 1.0;
}
