package org.saferinternethub.toolbox;

import java.io.IOException;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.saferinternethub.shared.Language;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo catalogue is big and varied enough to show the search: every theme, every language, 60+ resources. */
class DemoToolboxTests {

    @Test
    void demoContentCoversEveryThemeAndLanguageWithKnownValues() throws IOException {
        List<String> lines = new String(getClass().getResourceAsStream("/toolbox/demo-resources.txt").readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8).lines().filter(l -> !l.startsWith("#") && !l.isBlank()).toList();
        Set<String> themes = new HashSet<>();
        Set<Language> languages = EnumSet.noneOf(Language.class);
        int resources = 0;
        for (String line : lines) {
            String[] parts = line.split("\\|");
            if (parts[0].equals("R")) {
                resources++;
                assertThat(parts).as(line).hasSize(9);
                Kind.valueOf(parts[2]);
                themes.addAll(List.of(parts[3].split(",")));
                List.of(parts[4].split(",")).forEach(Audience::valueOf);
                List.of(parts[6].split(",")).forEach(Format::valueOf);
                Cost.valueOf(parts[7]);
            }
            else {
                assertThat(parts).as(line).hasSize(3);
                languages.add(Language.fromCode(parts[0]).orElseThrow());
            }
        }
        assertThat(resources).isGreaterThanOrEqualTo(60);
        assertThat(themes).containsExactlyInAnyOrder("online-inclusion", "misinformation", "parenthood", "relationships",
                "cyberbullying", "privacy", "sexting", "grooming", "gaming", "screen-time", "reputation", "hate-speech");
        assertThat(languages).containsExactlyInAnyOrder(Language.values());
    }

}
