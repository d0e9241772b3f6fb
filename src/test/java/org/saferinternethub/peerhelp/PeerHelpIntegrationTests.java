package org.saferinternethub.peerhelp;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.Test;
import org.saferinternethub.account.AccountFixtures;
import org.saferinternethub.account.AccountFixtures.TestAccount;
import org.saferinternethub.account.Notifications;
import org.saferinternethub.account.Role;
import org.saferinternethub.moderation.TrustLevel;
import org.saferinternethub.testing.HubIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

@HubIntegrationTest
class PeerHelpIntegrationTests {

    private static final AtomicLong UNIQUE = new AtomicLong(System.nanoTime() % 1_000_000);

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountFixtures fixtures;

    @Autowired
    Members members;

    @Autowired
    Notifications notifications;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void aCanaryPostNeverReachesAnyoneOutsideTheSpace() throws Exception {
        TestAccount youth = fixtures.create(Role.YOUTH);
        String canary = "canarybird" + UNIQUE.incrementAndGet();
        long threadId = threadIdOf(startThread(youth, "friendship", "A question about " + canary,
                "My friend and I argue about " + canary + " every day, what can I do?"));
        List<String> addresses = List.of("/en/peer-help", "/nl/peer-help", "/fr/peer-help", "/de/peer-help",
                "/en/peer-help/threads/" + threadId, "/nl/peer-help/threads/" + threadId,
                "/en/peer-help/topics/friendship", "/en/peer-help/search?q=" + canary,
                "/en/peer-help/search?q=" + canary + "&topic=friendship", "/en/peer-help/threads/new",
                "/en/peer-help/join", "/en/", "/en/help", "/robots.txt", "/sitemap.xml", "/api/v1/peer-help/threads",
                "/feeds/peer-help.atom", "/en/account/notifications", "/en/moderation/queue", "/en/peer-help/rules",
                "/en/peer-help/me", "/en/peer-help/me/export", "/en/peer-help-tips", "/en/peer-help-tips/new",
                "/en/admin/audit");

        List<Role> outsiders = new ArrayList<>(List.of(Role.MEMBER, Role.ORG_EDITOR, Role.EDITOR, Role.ADMIN));
        for (String address : addresses) {
            assertThat(body(get(address), null)).as("%s anonymously", address).doesNotContain(canary);
            for (Role role : outsiders) {
                TestAccount outsider = fixtures.create(role);
                MockHttpServletResponse response = mvc.perform(get(address)
                    .with(authentication(fixtures.authentication(outsider)))).andReturn().getResponse();
                assertThat(response.getContentAsString()).as("%s as %s", address, role).doesNotContain(canary);
            }
        }
        for (Role role : outsiders) {
            MockHttpServletResponse thread = mvc.perform(get("/en/peer-help/threads/" + threadId)
                .with(authentication(fixtures.authentication(fixtures.create(role))))).andReturn().getResponse();
            assertThat(thread.getStatus()).as("thread as %s", role).isEqualTo(403);
            String welcome = body(get("/en/peer-help"), fixtures.create(role));
            assertThat(welcome).contains("reserved to young people");
        }
        // The same addresses do show it to the people the space is for.
        for (Role role : List.of(Role.YOUTH, Role.PEER_SUPPORTER, Role.COUNSELLOR, Role.MODERATOR)) {
            TestAccount insider = fixtures.create(role);
            assertThat(body(get("/en/peer-help/threads/" + threadId), insider)).as("as %s", role).contains(canary);
            assertThat(body(get("/en/peer-help"), insider)).as("space as %s", role).contains(canary);
            assertThat(body(get("/en/peer-help/search?q=" + canary), insider)).as("search as %s", role).contains(canary);
        }
    }

    @Test
    void everyPageOfTheSpaceAsksSearchEnginesNotToIndexItAndOffersHelpAndQuickExit() throws Exception {
        TestAccount youth = fixtures.create(Role.YOUTH);
        long threadId = threadIdOf(startThread(youth, "gaming", "Too much gaming?", "I play every night until 2."));
        for (String address : List.of("/en/peer-help", "/en/peer-help/threads/" + threadId, "/en/peer-help/topics/gaming",
                "/en/peer-help/search?q=gaming", "/en/peer-help/threads/new", "/en/peer-help/rules", "/en/peer-help/me")) {
            MockHttpServletResponse response = mvc.perform(get(address)
                .with(authentication(fixtures.authentication(youth)))).andReturn().getResponse();
            assertThat(response.getStatus()).as(address).isEqualTo(200);
            assertThat(response.getHeader("X-Robots-Tag")).as(address).contains("noindex");
            assertThat(response.getContentAsString()).as(address)
                .contains("<meta name=\"robots\" content=\"noindex\">")
                .contains("data-quick-exit")
                .contains("Get help now");
        }
        MockHttpServletResponse anonymous = mvc.perform(get("/en/peer-help")).andReturn().getResponse();
        assertThat(anonymous.getHeader("X-Robots-Tag")).contains("noindex");
        assertThat(anonymous.getContentAsString()).contains("<meta name=\"robots\" content=\"noindex\">")
            .contains("data-quick-exit").contains("Get help now");
        MockHttpServletResponse refused = mvc.perform(get("/en/peer-help/threads/" + threadId)).andReturn().getResponse();
        assertThat(refused.getStatus()).isEqualTo(302);
        assertThat(refused.getHeader("X-Robots-Tag")).contains("noindex");
    }

    @Test
    void aPhoneNumberFromANewMemberIsHeldAndShownToItsAuthorAsWaiting() throws Exception {
        TestAccount author = fixtures.create(Role.YOUTH);
        TestAccount peer = fixtures.create(Role.YOUTH);
        String word = "heldword" + UNIQUE.incrementAndGet();
        MvcResult posted = startThread(author, "friendship", "Call me " + word, "Bel me op 0470 12 34 56 na school");
        assertThat(posted.getFlashMap().get("waitingMessage")).asString().contains("korte controle");
        long threadId = threadIdOf(posted);
        assertThat(body(get("/en/peer-help/threads/" + threadId), author)).contains(word).contains("0470 12 34 56")
            .contains("your message will appear after a quick check");
        assertThat(status(get("/en/peer-help/threads/" + threadId), peer)).isEqualTo(404);
        assertThat(body(get("/en/peer-help"), peer)).doesNotContain(word);
    }

    @Test
    void aPhoneNumberFromAMemberIsRedactedAndTheAuthorIsToldWhy() throws Exception {
        TestAccount author = fixtures.create(Role.YOUTH);
        transactions.executeWithoutResult(status -> {
            Member member = new Member(author.id(), "Calm Heron 12", 2011, "owl", Instant.now());
            member.trust(TrustLevel.MEMBER);
            members.save(member);
        });
        MvcResult posted = startThread(author, "friendship", "Need someone to talk to",
                "Stuur me een berichtje op 0470 12 34 56 als je wilt praten");
        assertThat(posted.getFlashMap().get("redactedMessage")).isNotNull();
        long threadId = threadIdOf(posted);
        String seenByPeer = body(get("/en/peer-help/threads/" + threadId), fixtures.create(Role.YOUTH));
        assertThat(seenByPeer).contains("Stuur me een berichtje op […]").doesNotContain("0470")
            .contains("Calm Heron 12");
    }

    @Test
    void selfHarmEscalatesAlertsACounsellorAndShowsTheHelplinesToTheAuthorAtOnce() throws Exception {
        TestAccount author = fixtures.create(Role.YOUTH);
        TestAccount counsellor = fixtures.create(Role.COUNSELLOR);
        long before = notifications.unread(counsellor.id());
        MvcResult posted = startThread(author, "feeling-down", "Alles is te veel",
                "ik wil er niet meer zijn, niemand zou me missen");
        String crisis = String.valueOf(posted.getFlashMap().get("crisisMessage"));
        assertThat(crisis).contains("1813");
        assertThat(notifications.unread(counsellor.id())).isGreaterThan(before);
        long threadId = threadIdOf(posted);
        String page = mvc.perform(get("/en/peer-help/threads/" + threadId).flashAttr("crisisMessage", crisis)
            .with(authentication(fixtures.authentication(author)))).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("1813").contains("116 000");
        assertThat(status(get("/en/peer-help/threads/" + threadId), fixtures.create(Role.YOUTH))).isEqualTo(404);
    }

    @Test
    void aHeldPostApprovedByAModeratorBecomesVisibleAndItsAuthorIsNotified() throws Exception {
        TestAccount author = fixtures.create(Role.YOUTH);
        TestAccount peer = fixtures.create(Role.YOUTH);
        TestAccount moderator = fixtures.create(Role.MODERATOR);
        String word = "approveword" + UNIQUE.incrementAndGet();
        long threadId = threadIdOf(startThread(author, "privacy", "Question " + word,
                "Mijn nummer is 0470 98 76 54, is dat erg?"));
        String queue = body(get("/en/moderation/queue"), moderator);
        long itemId = Long.parseLong(queue.replaceAll("(?s).*" + word + ".*?/en/moderation/items/(\\d+).*", "$1"));
        mvc.perform(post("/en/moderation/items/" + itemId + "/approve-redacted").with(csrf())
            .with(authentication(fixtures.authentication(moderator))));

        awaitTrue(() -> status(get("/en/peer-help/threads/" + threadId), peer) == 200);
        assertThat(body(get("/en/peer-help/threads/" + threadId), peer)).contains(word).doesNotContain("0470 98");
        assertThat(notifications.unread(author.id())).isGreaterThanOrEqualTo(1);
    }

    @Test
    void repliesReactionsAndHelpfulMarksWorkAndTheThreadAuthorHearsOfTheReply() throws Exception {
        TestAccount asker = fixtures.create(Role.YOUTH);
        TestAccount peer = fixtures.create(Role.YOUTH);
        TestAccount supporter = fixtures.create(Role.PEER_SUPPORTER);
        long threadId = threadIdOf(startThread(asker, "screen-time", "How do you stop scrolling?",
                "I keep scrolling at night and I'm tired at school."));
        long before = notifications.unread(asker.id());
        mvc.perform(post("/en/peer-help/threads/" + threadId + "/replies").param("body", "I put my phone in the kitchen.")
            .with(csrf()).with(authentication(fixtures.authentication(peer))));
        mvc.perform(post("/en/peer-help/threads/" + threadId + "/replies").param("body", "Night mode helps some people.")
            .with(csrf()).with(authentication(fixtures.authentication(supporter))));
        assertThat(notifications.unread(asker.id())).isEqualTo(before + 2);
        String page = body(get("/en/peer-help/threads/" + threadId), asker);
        assertThat(page).contains("I put my phone in the kitchen.").contains("Peer supporter");
        long replyId = Long.parseLong(page.replaceAll("(?s).*id=\"post-(\\d+)\".*?I put my phone.*", "$1"));

        mvc.perform(post("/en/peer-help/posts/" + threadId + "/react").param("kind", "ME_TOO").with(csrf())
            .with(authentication(fixtures.authentication(peer))));
        mvc.perform(post("/en/peer-help/posts/" + threadId + "/react").param("kind", "ME_TOO").with(csrf())
            .with(authentication(fixtures.authentication(peer))));
        mvc.perform(post("/en/peer-help/posts/" + replyId + "/helpful").with(csrf())
            .with(authentication(fixtures.authentication(asker))));
        assertThat(mvc.perform(post("/en/peer-help/posts/" + replyId + "/helpful").with(csrf())
            .with(authentication(fixtures.authentication(peer)))).andReturn().getResponse().getStatus()).isEqualTo(404);

        String after = body(get("/en/peer-help/threads/" + threadId), peer);
        assertThat(after).contains("Me too: 1 ·").contains("peerhelp-post--helpful");
    }

    @Test
    void contentReportedByEnoughMembersIsHiddenAndABlockedMemberIsFoldedAway() throws Exception {
        TestAccount author = fixtures.create(Role.YOUTH);
        String word = "reportword" + UNIQUE.incrementAndGet();
        long threadId = threadIdOf(startThread(author, "other", "Look " + word, "Just a normal message " + word));
        TestAccount blocker = fixtures.create(Role.YOUTH);
        mvc.perform(post("/en/peer-help/posts/" + threadId + "/block").with(csrf())
            .with(authentication(fixtures.authentication(blocker))));
        assertThat(body(get("/en/peer-help/threads/" + threadId), blocker)).contains("You blocked this member");
        for (int i = 0; i < 3; i++) {
            mvc.perform(post("/en/peer-help/posts/" + threadId + "/report").param("reason", "SPAM").with(csrf())
                .with(authentication(fixtures.authentication(fixtures.create(Role.YOUTH)))));
        }
        TestAccount peer = fixtures.create(Role.YOUTH);
        awaitTrue(() -> status(get("/en/peer-help/threads/" + threadId), peer) == 404);
        assertThat(body(get("/en/peer-help/threads/" + threadId), author)).contains("a moderator is looking at it");
    }

    @Test
    void onlyYoungMembersStartThreadsAndStaffAnswerWithABadge() throws Exception {
        TestAccount moderator = fixtures.create(Role.MODERATOR);
        assertThat(status(get("/en/peer-help/threads/new"), moderator)).isEqualTo(403);
        long threadId = threadIdOf(startThread(fixtures.create(Role.YOUTH), "bullying", "They laugh at me",
                "In the group chat they laugh at my photos."));
        mvc.perform(post("/en/peer-help/threads/" + threadId + "/replies").param("body", "That is not okay. You can report it in the app.")
            .with(csrf()).with(authentication(fixtures.authentication(moderator))));
        assertThat(body(get("/en/peer-help/threads/" + threadId), fixtures.create(Role.YOUTH)))
            .contains("You can report it in the app.").contains("<span class=\"badge\">Moderator</span>");
    }

    @Test
    void aRefusedTextStaysInTheFormWithTheReason() throws Exception {
        TestAccount author = fixtures.create(Role.YOUTH);
        String blocked = "blockword" + UNIQUE.incrementAndGet();
        mvc.perform(post("/en/moderation/watched-words").with(csrf())
            .with(authentication(fixtures.authentication(fixtures.create(Role.MODERATOR))))
            .param("term", blocked).param("wordLanguage", "en").param("action", "BLOCK"));
        String page = mvc.perform(post("/en/peer-help/threads").param("topic", "other").param("title", "hey there")
            .param("body", "you are such a " + blocked + " honestly").with(csrf())
            .with(authentication(fixtures.authentication(author)))).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("class=\"problem\"").contains("you are such a " + blocked + " honestly");
        assertThat(body(get("/en/peer-help/topics/other"), fixtures.create(Role.YOUTH))).doesNotContain(blocked);
    }

    @Test
    void anEditIsScreenedAgainOnlyTheAuthorMayChangeAPostAndDeletingItRemovesIt() throws Exception {
        TestAccount author = fixtures.create(Role.YOUTH);
        TestAccount peer = fixtures.create(Role.YOUTH);
        long threadId = threadIdOf(startThread(author, "other", "A fine title", "A fine message"));
        assertThat(status(get("/en/peer-help/threads/" + threadId), peer)).isEqualTo(200);
        assertThat(mvc.perform(post("/en/peer-help/posts/" + threadId + "/edit").param("title", "Mine now")
            .param("body", "taken over").with(csrf()).with(authentication(fixtures.authentication(peer))))
            .andReturn().getResponse().getStatus()).isEqualTo(404);

        MvcResult edited = mvc.perform(post("/en/peer-help/posts/" + threadId + "/edit").param("title", "A fine title")
            .param("body", "Call me on 0470 11 22 33").with(csrf()).with(authentication(fixtures.authentication(author))))
            .andReturn();
        assertThat(edited.getFlashMap().get("waitingMessage")).isNotNull();
        assertThat(status(get("/en/peer-help/threads/" + threadId), peer)).isEqualTo(404);
        assertThat(body(get("/en/peer-help/threads/" + threadId), author)).contains("0470 11 22 33")
            .contains("your message will appear after a quick check");

        assertThat(mvc.perform(post("/en/peer-help/posts/" + threadId + "/delete").with(csrf())
            .with(authentication(fixtures.authentication(author)))).andReturn().getResponse().getRedirectedUrl())
            .isEqualTo("/en/peer-help");
        assertThat(status(get("/en/peer-help/threads/" + threadId), author)).isEqualTo(404);
    }

    private MvcResult startThread(TestAccount author, String topic, String title, String body) throws Exception {
        return mvc.perform(post("/en/peer-help/threads").param("topic", topic).param("title", title).param("body", body)
            .with(csrf()).with(authentication(fixtures.authentication(author)))).andReturn();
    }

    private static long threadIdOf(MvcResult result) {
        String location = result.getResponse().getRedirectedUrl();
        assertThat(location).as("redirect after posting").isNotNull().contains("/peer-help/threads/");
        return Long.parseLong(location.replaceAll(".*/threads/(\\d+).*", "$1"));
    }

    private String body(MockHttpServletRequestBuilder request, TestAccount account) throws Exception {
        if (account != null) {
            request.with(authentication(fixtures.authentication(account)));
        }
        return mvc.perform(request).andReturn().getResponse().getContentAsString();
    }

    private int status(MockHttpServletRequestBuilder request, TestAccount account) {
        try {
            return mvc.perform(request.with(authentication(fixtures.authentication(account)))).andReturn().getResponse()
                .getStatus();
        }
        catch (Exception failure) {
            throw new IllegalStateException(failure);
        }
    }

    private static void awaitTrue(BooleanSupplier condition) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (!condition.getAsBoolean()) {
            assertThat(Instant.now()).as("waited for the event listener").isBefore(deadline);
            Thread.sleep(50);
        }
    }

}
