package org.saferinternethub.moderation;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.saferinternethub.account.AccountFixtures;
import org.saferinternethub.account.AccountFixtures.TestAccount;
import org.saferinternethub.account.Notifications;
import org.saferinternethub.account.Role;
import org.saferinternethub.account.YouthAccounts;
import org.saferinternethub.platform.Outbox;
import org.saferinternethub.shared.Language;
import org.saferinternethub.testing.HubIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

@HubIntegrationTest
class ReviewQueueIntegrationTests {

    private static long nextContentId = 1000;

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountFixtures fixtures;

    @Autowired
    Moderation moderation;

    @Autowired
    Notifications notifications;

    @Autowired
    RecordedModerationEvents events;

    @Autowired
    Outbox outbox;

    @Autowired
    YouthAccounts youthAccounts;

    @Autowired
    org.springframework.context.MessageSource messages;

    @Test
    void heldTextWaitsHighlightedAndOneClickApprovesItWithRedaction() throws Exception {
        TestAccount author = fixtures.create(Role.YOUTH);
        TestAccount moderator = fixtures.create(Role.MODERATOR);
        ContentRef ref = new ContentRef("peerhelp", "post", nextContentId++);
        Moderation.Submission submission = moderation.submit(new ModerationRequest(ref,
                "Stuur me een berichtje op 0470 12 34 56", "nl", TrustLevel.NEW, author.id(), "Sunny Otter", "/peer-help/t/1"));
        assertThat(submission.verdict().decision()).isEqualTo(Decision.HOLD);
        assertThat(submission.visibleNow()).isFalse();
        assertThat(submission.message())
            .isEqualTo(messages.getMessage("moderation.verdict.hold", null, java.util.Locale.forLanguageTag("nl")));

        String queue = mvc.perform(get("/en/moderation/queue").with(authentication(fixtures.authentication(moderator))))
            .andReturn().getResponse().getContentAsString();
        assertThat(queue).contains("Sunny Otter").contains("class=\"label-PII_PHONE\"");

        mvc.perform(post("/en/moderation/items/" + submission.itemId() + "/approve-redacted").with(csrf())
            .with(authentication(fixtures.authentication(moderator))));

        assertThat(events.of(ContentModerated.class)).anySatisfy(event -> {
            assertThat(event.ref()).isEqualTo(ref);
            assertThat(event.resolution()).isEqualTo(ContentModerated.Resolution.APPROVED_REDACTED);
            assertThat(event.text()).isEqualTo("Stuur me een berichtje op […]");
        });
        assertThat(notifications.unread(author.id())).isEqualTo(1);
        String audit = mvc.perform(get("/en/admin/audit").param("action", "moderation.decide")
            .with(authentication(fixtures.authentication(fixtures.create(Role.ADMIN))))).andReturn().getResponse()
            .getContentAsString();
        assertThat(audit).contains("moderation-item#" + submission.itemId());
        // Decided once: a second click is a conflict, not a second decision.
        assertThat(mvc.perform(post("/en/moderation/items/" + submission.itemId() + "/approve").with(csrf())
            .with(authentication(fixtures.authentication(moderator)))).andReturn().getResponse().getStatus())
            .isEqualTo(409);
    }

    @Test
    void selfHarmEscalatesAlertsCounsellorsAndTellsTheAuthorWhereToTurn() {
        TestAccount author = fixtures.create(Role.YOUTH);
        TestAccount counsellor = fixtures.create(Role.COUNSELLOR);
        ContentRef ref = new ContentRef("peerhelp", "post", nextContentId++);
        Moderation.Submission submission = moderation.submit(new ModerationRequest(ref,
                "ik wil er niet meer zijn, niemand zou me missen", "nl", TrustLevel.TRUSTED, author.id(), "Stil Water", null));
        assertThat(submission.verdict().decision()).isEqualTo(Decision.ESCALATE);
        assertThat(submission.message()).contains("1813").contains("112");
        assertThat(notifications.unread(counsellor.id())).isGreaterThanOrEqualTo(1);
        assertThat(outbox.latestTo(counsellor.email())).hasValueSatisfying(mail -> {
            assertThat(mail.subject()).containsIgnoringCase("crisis");
            assertThat(mail.body()).doesNotContain("niemand zou me missen");
        });
        assertThat(events.of(CrisisDetected.class)).anySatisfy(event -> assertThat(event.ref()).isEqualTo(ref));
    }

    @Test
    void contentReportedByEnoughMembersIsHiddenAndReportersHearTheOutcome() throws Exception {
        TestAccount author = fixtures.create(Role.YOUTH);
        ContentRef ref = new ContentRef("peerhelp", "reply", nextContentId++);
        ModerationRequest content = new ModerationRequest(ref, "jij bent echt zo dom", "nl", TrustLevel.MEMBER, author.id(),
                "Grumpy Cat", null);
        TestAccount first = fixtures.create(Role.YOUTH);
        assertThat(moderation.report(content, first.id(), ReportReason.BULLYING)).isTrue();
        assertThat(moderation.report(content, first.id(), ReportReason.BULLYING)).isFalse();
        moderation.report(content, fixtures.create(Role.YOUTH).id(), ReportReason.BULLYING);
        assertThat(events.of(ContentHiddenByReports.class)).noneSatisfy(e -> assertThat(e.ref()).isEqualTo(ref));
        moderation.report(content, fixtures.create(Role.YOUTH).id(), ReportReason.OTHER);
        assertThat(events.of(ContentHiddenByReports.class)).anySatisfy(e -> assertThat(e.ref()).isEqualTo(ref));

        TestAccount moderator = fixtures.create(Role.MODERATOR);
        String queue = mvc.perform(get("/en/moderation/queue").with(authentication(fixtures.authentication(moderator))))
            .andReturn().getResponse().getContentAsString();
        long itemId = Long.parseLong(queue.replaceAll("(?s).*Grumpy Cat.*?/en/moderation/items/(\\d+).*", "$1"));
        mvc.perform(post("/en/moderation/items/" + itemId + "/refuse").with(csrf()).param("template", "bullying")
            .with(authentication(fixtures.authentication(moderator))));
        assertThat(notifications.unread(first.id())).isEqualTo(1);
        assertThat(events.of(ContentModerated.class)).anySatisfy(event -> {
            assertThat(event.ref()).isEqualTo(ref);
            assertThat(event.resolution()).isEqualTo(ContentModerated.Resolution.REFUSED);
            assertThat(event.text()).isNull();
        });
    }

    @Test
    void aWatchedWordAppliesAtOnceAndABrokenImportChangesNothing() throws Exception {
        TestAccount moderator = fixtures.create(Role.MODERATOR);
        String word = "kwaakfiets" + nextContentId++;
        assertThat(moderation.screen("wie heeft er een " + word + "?", "nl", TrustLevel.MEMBER).decision())
            .isEqualTo(Decision.PUBLISH);
        mvc.perform(post("/en/moderation/watched-words").with(csrf()).with(authentication(fixtures.authentication(moderator)))
            .param("term", word).param("wordLanguage", "nl").param("action", "BLOCK"));
        assertThat(moderation.screen("wie heeft er een " + word + "?", "nl", TrustLevel.MEMBER).decision())
            .isEqualTo(Decision.REFUSE);

        String csv = "language,term,regex,action\nnl,eenwoord" + nextContentId + ",false,FLAG\nnl,(((,true,BLOCK\n";
        mvc.perform(multipart("/en/moderation/watched-words/import")
            .file(new MockMultipartFile("file", "words.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
            .with(csrf()).with(authentication(fixtures.authentication(moderator))));
        String export = mvc.perform(get("/en/moderation/watched-words/export.csv")
            .with(authentication(fixtures.authentication(moderator)))).andReturn().getResponse().getContentAsString();
        assertThat(export).contains(word).doesNotContain("eenwoord" + nextContentId);
    }

    @Test
    void onlyModeratorsDecideAndCounsellorsMayReadItems() throws Exception {
        TestAccount editor = fixtures.create(Role.EDITOR);
        TestAccount counsellor = fixtures.create(Role.COUNSELLOR);
        Moderation.Submission held = moderation.submit(new ModerationRequest(new ContentRef("peerhelp", "post", nextContentId++),
                "add me on snap: coolkid2011", "en", TrustLevel.NEW, fixtures.create(Role.YOUTH).id(), "Kiddo", null));
        assertThat(mvc.perform(get("/en/moderation/queue").with(authentication(fixtures.authentication(editor))))
            .andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(mvc.perform(get("/en/moderation/items/" + held.itemId())
            .with(authentication(fixtures.authentication(counsellor)))).andReturn().getResponse().getStatus()).isEqualTo(200);
        assertThat(mvc.perform(post("/en/moderation/items/" + held.itemId() + "/approve").with(csrf())
            .with(authentication(fixtures.authentication(counsellor)))).andReturn().getResponse().getStatus()).isEqualTo(403);
    }

    @Test
    void theQueueForgetsThePseudonymOfAMemberWhoDeletedTheirAccount() throws Exception {
        String pseudonym = "Quiet Heron " + nextContentId;
        long author = youthAccounts.register(pseudonym, "seven paper boats at dawn", Language.NL).accountId();
        Moderation.Submission held = moderation.submit(new ModerationRequest(new ContentRef("peerhelp", "post", nextContentId++),
                "Stuur me een berichtje op 0470 12 34 56", "nl", TrustLevel.NEW, author, pseudonym, null));
        TestAccount moderator = fixtures.create(Role.MODERATOR);
        String itemPage = "/en/moderation/items/" + held.itemId();
        assertThat(page(itemPage, moderator)).contains(pseudonym);

        youthAccounts.delete(author);

        Instant deadline = Instant.now().plusSeconds(15);
        while (page(itemPage, moderator).contains(pseudonym) && Instant.now().isBefore(deadline)) {
            Thread.sleep(50);
        }
        assertThat(page(itemPage, moderator)).doesNotContain(pseudonym).contains("a former member (account deleted)")
            .contains("0470 12 34 56");
    }

    private String page(String path, TestAccount account) throws Exception {
        return mvc.perform(get(path).with(authentication(fixtures.authentication(account)))).andReturn().getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    }

}
