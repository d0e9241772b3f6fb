package org.saferinternethub.peerhelp;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.Test;
import org.saferinternethub.account.AccountFixtures;
import org.saferinternethub.account.AccountFixtures.TestAccount;
import org.saferinternethub.account.Notifications;
import org.saferinternethub.account.Role;
import org.saferinternethub.account.YouthAccounts;
import org.saferinternethub.moderation.TrustLevel;
import org.saferinternethub.testing.HubIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** Following, slow mode, trust given by staff, a member's own data and leaving, and tips articles. */
@HubIntegrationTest
class PeerHelpMemberIntegrationTests {

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
    Space space;

    @Autowired
    YouthAccounts youthAccounts;

    @Test
    void followersHearOfAReplyOnceItIsShownAlsoAfterAModeratorApprovedItButNeverWhatItSays() throws Exception {
        TestAccount asker = fixtures.create(Role.YOUTH);
        TestAccount follower = fixtures.create(Role.YOUTH);
        TestAccount leaver = fixtures.create(Role.YOUTH);
        TestAccount newcomer = fixtures.create(Role.YOUTH);
        TestAccount moderator = fixtures.create(Role.MODERATOR);
        long threadId = threadIdOf(startThread(asker, "friendship", "How do I make new friends?",
                "I moved to a new town and know nobody."));
        perform(post("/en/peer-help/threads/" + threadId + "/follow").param("follow", "true"), follower);
        perform(post("/en/peer-help/threads/" + threadId + "/follow").param("follow", "true"), leaver);
        perform(post("/en/peer-help/threads/" + threadId + "/follow").param("follow", "false"), leaver);
        assertThat(body(get("/en/peer-help/threads/" + threadId), follower)).contains("Stop following");
        long askerBefore = notifications.unread(asker.id());
        long followerBefore = notifications.unread(follower.id());
        long leaverBefore = notifications.unread(leaver.id());

        // A new member's reply with a phone number is held: nobody hears of it until a moderator lets it through.
        String secret = "secretreply" + UNIQUE.incrementAndGet();
        MvcResult held = perform(post("/en/peer-help/threads/" + threadId + "/replies")
            .param("body", "Text me " + secret + " on 0470 12 34 99"), newcomer);
        assertThat(held.getFlashMap().get("waitingMessage")).isNotNull();
        assertThat(notifications.unread(follower.id())).isEqualTo(followerBefore);
        String queue = body(get("/en/moderation/queue"), moderator);
        long itemId = Long.parseLong(queue.replaceAll("(?s).*" + secret + ".*?/en/moderation/items/(\\d+).*", "$1"));
        perform(post("/en/moderation/items/" + itemId + "/approve-redacted"), moderator);

        awaitTrue(() -> notifications.unread(follower.id()) == followerBefore + 1);
        assertThat(notifications.unread(asker.id())).isEqualTo(askerBefore + 1);
        assertThat(notifications.unread(leaver.id())).as("unfollowed").isEqualTo(leaverBefore);
        assertThat(body(get("/en/account/notifications"), newcomer)).as("the reply's own author")
            .doesNotContain("There is a new reply in a conversation you follow.");
        long newcomerBefore = notifications.unread(newcomer.id());
        String inbox = body(get("/en/account/notifications"), follower);
        assertThat(inbox).contains("There is a new reply in a conversation you follow.")
            .contains("/en/peer-help/threads/" + threadId).doesNotContain(secret);

        // Replying makes one follow the thread; a reply shown at once is heard of at once.
        assertThat(body(get("/en/peer-help/threads/" + threadId), newcomer)).contains("Stop following");
        perform(post("/en/peer-help/threads/" + threadId + "/replies").param("body", "Join a club, it helped me."),
                moderator);
        assertThat(notifications.unread(newcomer.id())).isEqualTo(newcomerBefore + 1);
        assertThat(notifications.unread(follower.id())).isEqualTo(followerBefore + 2);
    }

    @Test
    void slowModeMakesMembersWaitBetweenRepliesStaffExceptedAndOnlyStaffSetIt() throws Exception {
        TestAccount asker = fixtures.create(Role.YOUTH);
        TestAccount peer = fixtures.create(Role.YOUTH);
        TestAccount moderator = fixtures.create(Role.MODERATOR);
        TestAccount counsellor = fixtures.create(Role.COUNSELLOR);
        long threadId = threadIdOf(startThread(asker, "gaming", "Heated question about games",
                "Are loot boxes gambling?"));
        assertThat(perform(post("/en/peer-help/threads/" + threadId + "/slow-mode").param("seconds", "120"), peer)
            .getResponse().getStatus()).isEqualTo(403);
        perform(post("/en/peer-help/threads/" + threadId + "/slow-mode").param("seconds", "120"), counsellor);
        assertThat(body(get("/en/peer-help/threads/" + threadId), peer))
            .contains("Slow mode: everyone waits 2 minutes between two replies here.");

        assertThat(threadIdOf(perform(post("/en/peer-help/threads/" + threadId + "/replies")
            .param("body", "Yes, I think so."), peer))).isEqualTo(threadId);
        MockHttpServletResponse second = perform(post("/en/peer-help/threads/" + threadId + "/replies")
            .param("body", "And another thing to add"), peer).getResponse();
        assertThat(second.getStatus()).isEqualTo(200);
        assertThat(second.getContentAsString()).contains("You can reply again in 2 minutes.")
            .contains("And another thing to add");
        for (int i = 0; i < 2; i++) {
            assertThat(threadIdOf(perform(post("/en/peer-help/threads/" + threadId + "/replies")
                .param("body", "Let us keep it calm, everyone " + i), moderator))).isEqualTo(threadId);
        }
        String audit = body(get("/en/admin/audit?action=peerhelp.thread.slow-mode"), fixtures.create(Role.ADMIN));
        assertThat(audit).contains("peerhelp-thread#" + threadId).contains("120s").contains("DENIED");

        perform(post("/en/peer-help/threads/" + threadId + "/slow-mode").param("seconds", "0"), moderator);
        assertThat(threadIdOf(perform(post("/en/peer-help/threads/" + threadId + "/replies")
            .param("body", "And another thing to add"), peer))).isEqualTo(threadId);
    }

    @Test
    void staffGiveAndTakeBackTrustAndTheEngineReadsIt() throws Exception {
        TestAccount author = fixtures.create(Role.YOUTH);
        TestAccount moderator = fixtures.create(Role.MODERATOR);
        long threadId = threadIdOf(startThread(author, "privacy", "Is my profile safe?", "I wonder who sees my posts."));
        assertThat(members.findById(author.id()).orElseThrow().getTrust()).isEqualTo(TrustLevel.NEW);
        assertThat(body(get("/en/peer-help/threads/" + threadId), moderator)).contains("Make trusted");
        assertThat(body(get("/en/peer-help/threads/" + threadId), fixtures.create(Role.YOUTH)))
            .doesNotContain("Make trusted").doesNotContain("Trust level");

        assertThat(perform(post("/en/peer-help/posts/" + threadId + "/trust").param("trusted", "true"),
                fixtures.create(Role.YOUTH)).getResponse().getStatus()).isEqualTo(403);
        assertThat(perform(post("/en/peer-help/posts/" + threadId + "/trust").param("trusted", "true"),
                fixtures.create(Role.PEER_SUPPORTER)).getResponse().getStatus()).isEqualTo(403);
        assertThat(members.findById(author.id()).orElseThrow().getTrust()).isEqualTo(TrustLevel.NEW);

        perform(post("/en/peer-help/posts/" + threadId + "/trust").param("trusted", "true"), moderator);
        assertThat(members.findById(author.id()).orElseThrow().getTrust()).isEqualTo(TrustLevel.TRUSTED);
        MvcResult trusted = startThread(author, "friendship", "Board game evening",
                "Who wants to play? Call the youth centre on 0470 55 44 33");
        assertThat(trusted.getFlashMap().get("waitingMessage")).as("a trusted member is not pre-moderated").isNull();

        perform(post("/en/peer-help/posts/" + threadId + "/trust").param("trusted", "false"), moderator);
        assertThat(members.findById(author.id()).orElseThrow().getTrust()).isEqualTo(TrustLevel.NEW);
        assertThat(startThread(author, "friendship", "Another evening", "Call me on 0470 55 44 22").getFlashMap()
            .get("waitingMessage")).isNotNull();
        String audit = body(get("/en/admin/audit?action=peerhelp.member.trust"), fixtures.create(Role.ADMIN));
        assertThat(audit).contains("account#" + author.id()).contains("TRUSTED").contains("DENIED");
    }

    @Test
    void theExportHoldsTheMembersOwnDataAndNothingOfOthersButThreadTitles() throws Exception {
        TestAccount other = fixtures.create(Role.YOUTH);
        String otherWords = "otherwords" + UNIQUE.incrementAndGet();
        long othersThread = threadIdOf(startThread(other, "love", "Title of the other " + otherWords,
                "Body of the other " + otherWords));
        TestAccount peer = fixtures.create(Role.YOUTH);
        perform(post("/en/peer-help/threads/" + othersThread + "/replies").param("body", "Peer answer " + otherWords), peer);

        JoinedMember me = join();
        String mine = "minewords" + UNIQUE.incrementAndGet();
        long myThread = threadIdOf(startThread(me.account(), "gaming", "My own title " + mine, "My own body " + mine));
        perform(post("/en/peer-help/threads/" + othersThread + "/replies").param("body", "My reply " + mine), me.account());
        String page = body(get("/en/peer-help/threads/" + othersThread), me.account());
        long peerReply = Long.parseLong(page.replaceAll("(?s).*id=\"post-(\\d+)\".*?Peer answer.*", "$1"));
        perform(post("/en/peer-help/posts/" + peerReply + "/react").param("kind", "SUPPORT"), me.account());

        MockHttpServletResponse export = perform(get("/en/peer-help/me/export"), me.account()).getResponse();
        assertThat(export.getStatus()).isEqualTo(200);
        assertThat(export.getHeader("Content-Disposition")).contains("attachment");
        assertThat(export.getContentType()).contains("application/json");
        String json = export.getContentAsString();
        assertThat(json).contains(me.pseudonym()).contains("My own title " + mine).contains("My own body " + mine)
            .contains("My reply " + mine).contains("\"SUPPORT\"").contains("Title of the other " + otherWords)
            .contains("\"threadId\":" + myThread).contains("\"birthYear\":2011")
            .doesNotContain("Body of the other").doesNotContain("Peer answer").doesNotContain("Test YOUTH")
            .doesNotContain("@");
        assertThat(status(get("/en/peer-help/me/export"), fixtures.create(Role.MODERATOR))).isEqualTo(403);
    }

    @Test
    void aMemberLeavingKeepsTheirPostsAsAFormerMembersAfterTheirPassword() throws Exception {
        JoinedMember me = join();
        TestAccount peer = fixtures.create(Role.YOUTH);
        String word = "keptword" + UNIQUE.incrementAndGet();
        long threadId = threadIdOf(startThread(me.account(), "friendship", "Kept question " + word, "Kept body " + word));
        perform(post("/en/peer-help/threads/" + threadId + "/replies").param("body", "A kind answer"), peer);
        assertThat(body(get("/en/peer-help/search?q=" + word), peer)).contains(me.pseudonym());

        MockHttpServletResponse wrong = perform(post("/en/peer-help/me/delete").param("password", "not my password")
            .param("posts", "keep"), me.account()).getResponse();
        assertThat(wrong.getStatus()).isEqualTo(200);
        assertThat(wrong.getContentAsString()).contains("This is not your password.");
        assertThat(youthAccounts.isTaken(me.pseudonym())).isTrue();

        MvcResult left = perform(post("/en/peer-help/me/delete").param("password", JoinedMember.PASSWORD).param("posts", "keep"),
                me.account());
        assertThat(left.getResponse().getRedirectedUrl()).isEqualTo("/en/peer-help");
        assertThat(youthAccounts.isTaken(me.pseudonym())).isFalse();
        assertThat(members.findById(me.account().id())).isEmpty();
        String thread = body(get("/en/peer-help/threads/" + threadId), peer);
        assertThat(thread).contains("Kept body " + word).contains("Former member").doesNotContain(me.pseudonym())
            .contains("A kind answer");
        assertThat(body(get("/en/peer-help/search?q=" + word), peer)).contains("Kept question " + word)
            .contains("Former member").doesNotContain(me.pseudonym());
        assertThat(body(get("/en/peer-help/search?q=" + me.pseudonym().replace(' ', '+')), peer))
            .doesNotContain(me.pseudonym() + "<");
        String audit = body(get("/en/admin/audit?action=peerhelp.member.leave"), fixtures.create(Role.ADMIN));
        assertThat(audit).contains("account#" + me.account().id()).doesNotContain(me.pseudonym());
    }

    @Test
    void aMemberLeavingCanRemoveTheirPostsFromTheSpaceAndItsSearch() throws Exception {
        JoinedMember me = join();
        TestAccount peer = fixtures.create(Role.YOUTH);
        String word = "goneword" + UNIQUE.incrementAndGet();
        long threadId = threadIdOf(startThread(me.account(), "other", "Gone question " + word, "Gone body " + word));
        assertThat(body(get("/en/peer-help/search?q=" + word), peer)).contains("Gone question");

        perform(post("/en/peer-help/me/delete").param("password", JoinedMember.PASSWORD).param("posts", "remove"), me.account());
        assertThat(status(get("/en/peer-help/threads/" + threadId), peer)).isEqualTo(404);
        assertThat(body(get("/en/peer-help/search?q=" + word), peer)).doesNotContain("Gone question")
            .doesNotContain(me.pseudonym());
        assertThat(youthAccounts.isTaken(me.pseudonym())).isFalse();
    }

    @Test
    void editorsWriteTipsThatOnlyTheSpaceShowsAndEditorsNeverSeePosts() throws Exception {
        TestAccount editor = fixtures.create(Role.EDITOR);
        TestAccount youth = fixtures.create(Role.YOUTH);
        String word = "tipword" + UNIQUE.incrementAndGet();
        threadIdOf(startThread(youth, "sexting", "A question on " + word, "Should I send it? " + word));

        MockHttpServletResponse refused = perform(post("/en/peer-help-tips/new").param("topic", "sexting")
            .param("titleEn", "Only a title"), editor).getResponse();
        assertThat(refused.getStatus()).isEqualTo(200);
        assertThat(refused.getContentAsString()).contains("Write the text that goes with").contains("Only a title");

        MvcResult created = perform(post("/en/peer-help-tips/new").param("topic", "sexting")
            .param("titleEn", "Before you send " + word).param("bodyEn", "Think **twice**.\n\n<script>alert(1)</script>")
            .param("titleNl", "Voor je verstuurt " + word).param("bodyNl", "Denk **twee keer** na."), editor);
        assertThat(created.getResponse().getRedirectedUrl()).isEqualTo("/en/peer-help-tips");
        String list = body(get("/en/peer-help-tips"), editor);
        assertThat(list).contains("Before you send " + word).doesNotContain("A question on " + word);
        assertThat(status(get("/en/peer-help/topics/sexting"), editor)).isEqualTo(403);

        String topic = body(get("/en/peer-help/topics/sexting"), youth);
        assertThat(topic).contains("Before you send " + word).contains("<strong>twice</strong>")
            .doesNotContain("<script>alert");
        assertThat(body(get("/nl/peer-help/topics/sexting"), youth)).contains("Voor je verstuurt " + word);
        assertThat(body(get("/de/peer-help/topics/sexting"), youth)).contains("Before you send " + word);
        assertThat(status(get("/en/peer-help-tips"), youth)).isEqualTo(403);
        assertThat(status(get("/en/peer-help-tips/new"), fixtures.create(Role.MODERATOR))).isEqualTo(403);
        assertThat(mvc.perform(get("/en/peer-help-tips")).andReturn().getResponse().getStatus()).isEqualTo(302);
        assertThat(body(get("/en/admin/audit?action=peerhelp.tip.create"), fixtures.create(Role.ADMIN)))
            .contains("peerhelp-tip#");
    }

    @Test
    void theHouseRulesAreIllustratedAndOpenToEveryoneAndMembersChooseTheirPictureAndAgeBand() throws Exception {
        String rules = mvc.perform(get("/fr/peer-help/rules")).andReturn().getResponse().getContentAsString();
        assertThat(rules).contains("/img/peerhelp/rules/kind.svg").contains("alt=\"Un cœur\"")
            .contains("data-quick-exit");
        JoinedMember me = join();
        long threadId = threadIdOf(startThread(me.account(), "other", "Which picture do you like?", "Just curious."));
        String before = body(get("/en/peer-help/threads/" + threadId), fixtures.create(Role.YOUTH));
        assertThat(before).contains("/img/peerhelp/avatars/owl.svg").doesNotContain("age 13-15");
        perform(post("/en/peer-help/me").param("avatar", "hedgehog").param("showAgeBand", "true"), me.account());
        String after = body(get("/en/peer-help/threads/" + threadId), fixtures.create(Role.YOUTH));
        assertThat(after).contains("/img/peerhelp/avatars/hedgehog.svg").containsPattern("age 1[36]-1[58]");
        assertThat(body(get("/en/peer-help/me"), me.account())).contains("value=\"hedgehog\" checked");
    }

    private JoinedMember join() {
        return JoinedMember.join(space, "Calm Robin");
    }

    private MvcResult startThread(TestAccount author, String topic, String title, String body) throws Exception {
        return perform(post("/en/peer-help/threads").param("topic", topic).param("title", title).param("body", body),
                author);
    }

    private MvcResult perform(MockHttpServletRequestBuilder request, TestAccount account) throws Exception {
        return mvc.perform(request.with(csrf()).with(authentication(fixtures.authentication(account)))).andReturn();
    }

    private static long threadIdOf(MvcResult result) {
        String location = result.getResponse().getRedirectedUrl();
        assertThat(location).as("redirect after posting").isNotNull().contains("/peer-help/threads/");
        return Long.parseLong(location.replaceAll(".*/threads/(\\d+).*", "$1"));
    }

    private String body(MockHttpServletRequestBuilder request, TestAccount account) throws Exception {
        return mvc.perform(request.with(authentication(fixtures.authentication(account)))).andReturn().getResponse()
            .getContentAsString();
    }

    private int status(MockHttpServletRequestBuilder request, TestAccount account) throws Exception {
        return mvc.perform(request.with(authentication(fixtures.authentication(account)))).andReturn().getResponse()
            .getStatus();
    }

    private static void awaitTrue(BooleanSupplier condition) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (!condition.getAsBoolean()) {
            assertThat(Instant.now()).as("waited for the event listener").isBefore(deadline);
            Thread.sleep(50);
        }
    }

}
