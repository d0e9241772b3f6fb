package org.saferinternethub.shared;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LocalizedTextTests {

    @Test
    void givesTheReadersLanguageWhenItExists() {
        LocalizedText title = LocalizedText.of(Map.of(Language.NL, "Cyberpesten", Language.FR, "Cyberharcèlement"));
        assertThat(title.in(Language.FR)).hasValueSatisfying(text -> {
            assertThat(text.value()).isEqualTo("Cyberharcèlement");
            assertThat(text.fallback()).isFalse();
        });
    }

    @Test
    void fallsBackInAFixedOrderAndSaysSo() {
        LocalizedText title = LocalizedText.of(Map.of(Language.NL, "Cyberpesten", Language.DE, "Cybermobbing"));
        assertThat(title.in(Language.FR)).hasValueSatisfying(text -> {
            assertThat(text.value()).isEqualTo("Cyberpesten");
            assertThat(text.language()).isEqualTo(Language.NL);
            assertThat(text.fallback()).isTrue();
        });
        LocalizedText english = LocalizedText.of(Map.of(Language.DE, "Cybermobbing", Language.EN, "Cyberbullying"));
        assertThat(english.in(Language.NL).map(LocalizedText.Localized::language)).contains(Language.EN);
    }

    @Test
    void treatsBlankAsMissing() {
        LocalizedText text = LocalizedText.empty().set(Language.NL, "   ").set(Language.FR, " Bonjour ");
        assertThat(text.get(Language.NL)).isEmpty();
        assertThat(text.get(Language.FR)).contains("Bonjour");
        assertThat(LocalizedText.empty().in(Language.EN)).isEmpty();
    }

}
