package org.saferinternethub.moderation;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.saferinternethub.account.AccountFixtures;
import org.saferinternethub.account.Role;
import org.saferinternethub.testing.HubIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

@HubIntegrationTest
class EventPublicationRegistryIntegrationTests {

    @Autowired
    Moderation moderation;

    @Autowired
    CrisisListenerProbe probe;

    @Autowired
    AccountFixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void deliversACrisisToAModuleListenerAfterCommitAndMarksThePublicationComplete() throws InterruptedException {
        ContentRef ref = new ContentRef("peerhelp", "post", 77_000_000L + System.nanoTime() % 1_000_000);
        moderation.submit(new ModerationRequest(ref, "I want to kill myself tonight", "en", TrustLevel.MEMBER,
                fixtures.create(Role.YOUTH).id(), "Quiet Owl", null));
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (probe.received().stream().noneMatch(event -> event.ref().equals(ref)) && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(probe.received()).anySatisfy(event -> assertThat(event.ref()).isEqualTo(ref));
        while (System.nanoTime() < deadline && jdbc.queryForObject(
                "select count(*) from event_publication where serialized_event like ? and completion_date is not null",
                Integer.class, "%" + ref.id() + "%") == 0) {
            Thread.sleep(50);
        }
        assertThat(jdbc.queryForObject(
                "select count(*) from event_publication where serialized_event like ? and completion_date is not null",
                Integer.class, "%" + ref.id() + "%")).isEqualTo(1);
    }

}
