package org.saferinternethub.agenda;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The keys the agenda builds from its own values (kinds, audiences, states, provinces, review decisions) exist;
 * platform.I18nTests checks that every language has them. The enums are internal to the module, so this check
 * lives here rather than in I18nTests.
 */
class AgendaMessagesTests {

    @Test
    void everyKeyBuiltFromAnAgendaValueExists() throws IOException {
        Properties base = new Properties();
        try (Reader reader = Files.newBufferedReader(Path.of("src/main/resources/i18n/agenda/messages.properties"),
                StandardCharsets.UTF_8)) {
            base.load(reader);
        }
        List<String> expected = new ArrayList<>();
        for (ActivityType type : ActivityType.values()) {
            expected.add("agenda.type." + type);
        }
        for (Audience audience : Audience.values()) {
            expected.add("agenda.audience." + audience);
        }
        for (ActivityStatus status : ActivityStatus.values()) {
            expected.add("agenda.status." + status);
            expected.add("agenda.status." + status + ".explain");
        }
        for (Province province : Province.values()) {
            expected.add("agenda.province." + province.code());
        }
        for (ActivityWorkflow.Decision decision : ActivityWorkflow.Decision.values()) {
            expected.add("agenda.review.done." + decision);
        }
        for (SessionFormat format : SessionFormat.values()) {
            expected.add("agenda.session.format." + format);
        }
        for (RegistrantRole role : RegistrantRole.values()) {
            expected.add("agenda.inspiration.role." + role);
        }
        for (RegistrationStatus status : RegistrationStatus.values()) {
            expected.add("agenda.inspiration.status." + status);
            expected.add("agenda.inspiration.you." + status);
        }
        assertThat(expected.stream().filter(key -> !base.containsKey(key)).toList()).isEmpty();
    }

}
