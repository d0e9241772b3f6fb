package org.saferinternethub.moderation;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

class AhoCorasickTests {

    @Test
    void reportsEveryOccurrenceANaiveSearchFinds() {
        List<String> keywords = List.of("he", "she", "his", "hers", "kil", "kill", "i", "#1", "a@b", "ik wil");
        AhoCorasick automaton = new AhoCorasick(keywords);
        Random random = new Random(7);
        String alphabet = "heisrkl #1@abwé\u0430z";
        for (int round = 0; round < 2_000; round++) {
            StringBuilder text = new StringBuilder();
            for (int k = random.nextInt(40); k > 0; k--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            List<String> expected = new ArrayList<>();
            for (int end = 1; end <= text.length(); end++) {
                for (int id = 0; id < keywords.size(); id++) {
                    String keyword = keywords.get(id);
                    if (end >= keyword.length() && text.substring(end - keyword.length(), end).equals(keyword)) {
                        expected.add(id + "@" + end);
                    }
                }
            }
            List<String> actual = new ArrayList<>();
            automaton.collect(text.toString(), (id, end) -> actual.add(id + "@" + end));
            actual.sort(null);
            expected.sort(null);
            assertEquals(expected, actual, text::toString);
        }
    }
}
