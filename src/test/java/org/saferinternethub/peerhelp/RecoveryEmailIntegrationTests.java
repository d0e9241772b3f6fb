package org.saferinternethub.peerhelp;

import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.saferinternethub.account.AccountFixtures;
import org.saferinternethub.account.AccountFixtures.TestAccount;
import org.saferinternethub.account.Role;
import org.saferinternethub.account.YouthAccounts;
import org.saferinternethub.platform.Outbox;
import org.saferinternethub.platform.Outbox.OutboxMessage;
import org.saferinternethub.testing.HubIntegrationTest;
import org.saferinternethub.testing.TestAccounts;
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

/**
 * A young member's optional e-mail address for recovery: added, changed and removed from their page after the
 * password, set only by the link mailed to it, never telling whether another account uses it, shown to the member
 * alone, and then good for the usual password reset by mail.
 */
@HubIntegrationTest
class RecoveryEmailIntegrationTests {

    private static final Pattern TOKEN = Pattern.compile("token=([A-Za-z0-9_-]+)");

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountFixtures fixtures;

    @Autowired
    Space space;

    @Autowired
    YouthAccounts youthAccounts;

    @Autowired
    Outbox outbox;

    @Test
    void aMemberAddsAnAddressByItsLinkOnlyAndThenResetsTheForgottenPasswordByMail() throws Exception {
        JoinedMember me = join();
        String address = TestAccounts.uniqueEmail("youth");
        assertThat(body(get("/en/peer-help/me"), me.account())).contains("You can add an e-mail address")
            .contains("Add this address");

        // Bad input: the message next to the field, what was typed kept (the password excepted).
        MockHttpServletResponse invalid = perform(post("/en/peer-help/me/email").param("email", "not-an-address")
            .param("emailPassword", JoinedMember.PASSWORD), me.account()).getResponse();
        assertThat(invalid.getStatus()).isEqualTo(200);
        assertThat(invalid.getContentAsString()).contains("This does not look like an e-mail address")
            .contains("value=\"not-an-address\"");
        MockHttpServletResponse wrong = perform(post("/en/peer-help/me/email").param("email", address)
            .param("emailPassword", "not my password"), me.account()).getResponse();
        assertThat(wrong.getStatus()).isEqualTo(200);
        assertThat(wrong.getContentAsString()).contains("This is not your password. Nothing was changed.")
            .contains("value=\"" + address + "\"");

        MvcResult asked = perform(post("/en/peer-help/me/email").param("email", address.toUpperCase())
            .param("emailPassword", JoinedMember.PASSWORD), me.account());
        assertThat(asked.getResponse().getRedirectedUrl()).isEqualTo("/en/peer-help/me");
        assertThat(asked.getFlashMap().get("notice")).isEqualTo("peerhelp.me.email.sent");
        assertThat(youthAccounts.recoveryEmail(me.account().id())).as("not before the link").isEmpty();
        OutboxMessage mail = mailTo(address, "Confirm your e-mail address for recovery");
        assertThat(mail.body()).contains("/en/peer-help/me/email/confirm?token=").doesNotContain(me.pseudonym());
        String token = tokenIn(mail);

        // Opening the link changes nothing (mail scanners); another member cannot use it; the button confirms.
        assertThat(body(get("/en/peer-help/me/email/confirm?token=" + token), me.account()))
            .contains("Confirm my address");
        assertThat(youthAccounts.recoveryEmail(me.account().id())).isEmpty();
        JoinedMember other = join();
        assertThat(body(get("/en/peer-help/me/email/confirm?token=" + token), other.account()))
            .contains("This link no longer works");
        assertThat(perform(post("/en/peer-help/me/email/confirm").param("token", token), other.account())
            .getResponse().getContentAsString()).contains("This link no longer works");
        MvcResult confirmed = perform(post("/en/peer-help/me/email/confirm").param("token", token), me.account());
        assertThat(confirmed.getResponse().getRedirectedUrl()).isEqualTo("/en/peer-help/me");
        assertThat(confirmed.getFlashMap().get("notice")).isEqualTo("peerhelp.me.email.confirmed");
        assertThat(youthAccounts.recoveryEmail(me.account().id())).contains(address);
        assertThat(youthAccounts.recoveryEmail(other.account().id())).isEmpty();
        assertThat(perform(post("/en/peer-help/me/email/confirm").param("token", token), me.account())
            .getResponse().getContentAsString()).as("used once").contains("This link no longer works");

        // Shown to the member, in their export; never to staff, nor in the audit log.
        assertThat(body(get("/en/peer-help/me"), me.account())).contains("Your address for recovery is " + address)
            .contains("Change my address").contains("Remove my e-mail address");
        assertThat(body(get("/en/peer-help/me/export"), me.account())).contains("\"recoveryEmail\":\"" + address + "\"");
        long threadId = threadIdOf(perform(post("/en/peer-help/threads").param("topic", "friendship")
            .param("title", "A question about friends").param("body", "How do I say sorry to a friend?"),
                me.account()));
        TestAccount moderator = fixtures.create(Role.MODERATOR);
        assertThat(body(get("/en/peer-help/threads/" + threadId), moderator)).contains(me.pseudonym())
            .doesNotContain(address);
        TestAccount admin = fixtures.create(Role.ADMIN);
        assertThat(body(get("/en/admin/audit?action=account.youth.email"), admin))
            .contains("account.youth.email.request").contains("account.youth.email.confirm")
            .contains("account#" + me.account().id()).doesNotContain(address);
        assertThat(body(get("/en/admin/users/" + me.account().id()), admin)).contains(me.pseudonym())
            .doesNotContain(address);
        assertThat(body(get("/en/admin/users?q=" + address), admin)).as("not found by the address")
            .doesNotContain(me.pseudonym());

        // Forgot the password: the usual reset by mail now works for the young member.
        mvc.perform(post("/en/password-reset").with(csrf()).param("email", address));
        String resetToken = tokenIn(mailTo(address, "Choose a new password"));
        MvcResult reset = mvc.perform(post("/en/password-reset/new").with(csrf()).param("token", resetToken)
            .param("password", "eleven quiet foxes sleeping").param("confirmation", "eleven quiet foxes sleeping"))
            .andReturn();
        assertThat(reset.getResponse().getRedirectedUrl()).isEqualTo("/en/signin?password-changed");
        assertThat(signIn(me.pseudonym(), JoinedMember.PASSWORD).getStatus()).isEqualTo(401);
        assertThat(signIn(me.pseudonym(), "eleven quiet foxes sleeping").getStatus()).isEqualTo(302);
        assertThat(body(get("/en/admin/audit?action=account.password-reset"), admin))
            .contains("account#" + me.account().id()).doesNotContain(address);
    }

    @Test
    void anAddressInUseGetsTheSameAnswerAndANoteButChangesNothing() throws Exception {
        TestAccount adult = fixtures.create(Role.MEMBER);
        JoinedMember me = join();
        MvcResult asked = perform(post("/en/peer-help/me/email").param("email", adult.email())
            .param("emailPassword", JoinedMember.PASSWORD), me.account());
        assertThat(asked.getResponse().getRedirectedUrl()).isEqualTo("/en/peer-help/me");
        assertThat(asked.getFlashMap().get("notice")).isEqualTo("peerhelp.me.email.sent");
        OutboxMessage note = mailTo(adult.email(), "Nothing was changed");
        assertThat(note.body()).doesNotContain("token=").doesNotContain(me.pseudonym());
        assertThat(youthAccounts.recoveryEmail(me.account().id())).isEmpty();
        assertThat(body(get("/en/admin/audit?action=account.youth.email.request"), fixtures.create(Role.ADMIN)))
            .contains("address in use").doesNotContain(adult.email());
    }

    @Test
    void changingAndRemovingNeedThePasswordTellTheFormerAddressAndDeletionFreesIt() throws Exception {
        JoinedMember me = join();
        String first = TestAccounts.uniqueEmail("first");
        String second = TestAccounts.uniqueEmail("second");
        addAndConfirm(me, first);

        perform(post("/en/peer-help/me/email").param("email", second).param("emailPassword", JoinedMember.PASSWORD), me.account());
        String token = tokenIn(mailTo(second, "Confirm your e-mail address for recovery"));
        assertThat(youthAccounts.recoveryEmail(me.account().id())).as("until confirmed").contains(first);
        perform(post("/en/peer-help/me/email/confirm").param("token", token), me.account());
        assertThat(youthAccounts.recoveryEmail(me.account().id())).contains(second);
        assertThat(mailTo(first, "This address no longer recovers your account").body()).doesNotContain(second);

        MockHttpServletResponse wrong = perform(post("/en/peer-help/me/email/remove")
            .param("removePassword", "not my password"), me.account()).getResponse();
        assertThat(wrong.getContentAsString()).contains("This is not your password. Nothing was changed.");
        assertThat(youthAccounts.recoveryEmail(me.account().id())).contains(second);
        MvcResult removed = perform(post("/en/peer-help/me/email/remove").param("removePassword", JoinedMember.PASSWORD),
                me.account());
        assertThat(removed.getFlashMap().get("notice")).isEqualTo("peerhelp.me.email.removed");
        assertThat(youthAccounts.recoveryEmail(me.account().id())).isEmpty();
        mailTo(second, "This address no longer recovers your account");

        // Deleting the account removes its address: another member can add it at once.
        JoinedMember leaver = join();
        String third = TestAccounts.uniqueEmail("third");
        addAndConfirm(leaver, third);
        perform(post("/en/peer-help/me/delete").param("password", JoinedMember.PASSWORD).param("posts", "keep"), leaver.account());
        assertThat(youthAccounts.recoveryEmail(leaver.account().id())).isEmpty();
        addAndConfirm(me, third);
        assertThat(youthAccounts.recoveryEmail(me.account().id())).contains(third);
    }

    @Test
    void onlyYoungMembersHaveTheForms() throws Exception {
        TestAccount moderator = fixtures.create(Role.MODERATOR);
        assertThat(perform(post("/en/peer-help/me/email").param("email", "x@example.com")
            .param("emailPassword", TestAccounts.PASSWORD), moderator).getResponse().getStatus()).isEqualTo(403);
        assertThat(perform(post("/en/peer-help/me/email/confirm").param("token", "whatever"), moderator)
            .getResponse().getStatus()).isEqualTo(403);
        assertThat(mvc.perform(get("/en/peer-help/me/email/confirm?token=whatever")).andReturn().getResponse()
            .getRedirectedUrl()).startsWith("/en/signin?next=");
    }

    private void addAndConfirm(JoinedMember member, String address) throws Exception {
        Optional<String> earlier = outbox.latestTo(address).map(OutboxMessage::id);
        perform(post("/en/peer-help/me/email").param("email", address).param("emailPassword", JoinedMember.PASSWORD),
                member.account());
        String token = tokenIn(mailTo(address, "Confirm your e-mail address for recovery", earlier));
        perform(post("/en/peer-help/me/email/confirm").param("token", token), member.account());
        assertThat(youthAccounts.recoveryEmail(member.account().id())).contains(address);
    }

    private static String tokenIn(OutboxMessage mail) {
        Matcher matcher = TOKEN.matcher(mail.body());
        assertThat(matcher.find()).as("a link in " + mail.subject()).isTrue();
        return matcher.group(1);
    }

    private OutboxMessage mailTo(String address, String subjectPart) throws InterruptedException {
        return mailTo(address, subjectPart, Optional.empty());
    }

    /** The latest mail to the address with that subject, waiting for it (mails are sent in the background). */
    private OutboxMessage mailTo(String address, String subjectPart, Optional<String> notThisOne)
            throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (System.nanoTime() < deadline) {
            Optional<OutboxMessage> message = outbox.latestTo(address).filter(m -> m.subject().contains(subjectPart))
                .filter(m -> !notThisOne.equals(Optional.of(m.id())));
            if (message.isPresent()) {
                return message.get();
            }
            Thread.sleep(100);
        }
        throw new AssertionError("No mail '" + subjectPart + "' to " + address);
    }

    private MockHttpServletResponse signIn(String name, String password) throws Exception {
        return mvc.perform(post("/en/signin").with(csrf()).param("email", name).param("password", password)).andReturn()
            .getResponse();
    }

    private MvcResult perform(MockHttpServletRequestBuilder request, TestAccount account) throws Exception {
        return mvc.perform(request.with(csrf()).with(authentication(fixtures.authentication(account)))).andReturn();
    }

    private String body(MockHttpServletRequestBuilder request, TestAccount account) throws Exception {
        return mvc.perform(request.with(authentication(fixtures.authentication(account)))).andReturn().getResponse()
            .getContentAsString();
    }

    private static long threadIdOf(MvcResult result) {
        String location = result.getResponse().getRedirectedUrl();
        assertThat(location).as("redirect after posting").isNotNull().contains("/peer-help/threads/");
        return Long.parseLong(location.replaceAll(".*/threads/(\\d+).*", "$1"));
    }

    private JoinedMember join() {
        return JoinedMember.join(space, "Kind Otter");
    }

}
