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
        List<Example> examples = new ArrayList<>();
        try (InputStream in = CorpusTests.class.getClassLoader().getResourceAsStream("moderation/corpus.tsv")) {
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

    @Test
    void recallPerLabelAndBenignPassRate() throws IOException {
        Screener screener = TestScreeners.shared();
        List<Example> corpus = load();
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
        double benignRate = benignPassed / (double) benign;
        table.append(String.format("%-16s %8d %8d %7.3f%n", "benign pass", benignPassed, benign, benignRate));
        table.append(String.format("%-16s %8d %8d %7.3f%n", "language (auto)", languageCorrect, corpus.size(),
                languageCorrect / (double) corpus.size()));
        misses.forEach(m -> table.append("  ").append(m).append('\n'));
        System.out.println(table);

        for (Map.Entry<String, Integer> entry : perLanguage.entrySet()) {
            assertTrue(entry.getValue() >= MIN_MESSAGES_PER_LANGUAGE, "too few messages for " + entry.getKey());
        }
        assertTrue(recall.keySet().containsAll(EnumSet.allOf(Label.class)), "every label needs examples");
        for (Map.Entry<Label, int[]> entry : recall.entrySet()) {
            double value = entry.getValue()[0] / (double) entry.getValue()[1];
            assertTrue(value >= MIN_RECALL, entry.getKey() + " recall " + value + table);
        }
        assertTrue(benignRate >= MIN_BENIGN_PASS, "benign pass rate " + benignRate + table);
    }
}
