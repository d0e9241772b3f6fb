package org.saferinternethub.account;

import java.time.Duration;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.saferinternethub.account.AccountFixtures.TestAccount;
import org.saferinternethub.platform.Outbox;
import org.saferinternethub.platform.Outbox.OutboxMessage;
import org.saferinternethub.testing.HubIntegrationTest;
import org.saferinternethub.testing.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

@HubIntegrationTest
class AccountIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountFixtures fixtures;

    @Autowired
    Outbox outbox;

    @Test
    void resetsAPasswordByMailOnceAndEndsOtherSessions() throws Exception {
        TestAccount member = fixtures.create(Role.MEMBER);
        UsernamePasswordAuthenticationToken before = fixtures.authentication(member);
        mvc.perform(post("/en/password-reset").with(csrf()).param("email", member.email()));
        String link = AccountBrowserTests.linkIn(mailTo(member.email(), "new password"));
        String token = link.substring(link.indexOf("token=") + 6);

        assertThat(mvc.perform(get("/en/password-reset/new").param("token", token)).andReturn().getResponse()
            .getContentAsString()).contains("name=\"password\"");
        MockHttpServletResponse weak = mvc.perform(post("/en/password-reset/new").with(csrf()).param("token", token)
            .param("password", "12345678").param("confirmation", "12345678")).andReturn().getResponse();
        assertThat(weak.getContentAsString()).contains("most common");

        String fresh = "a brand new passphrase 2026";
        MockHttpServletResponse done = mvc.perform(post("/en/password-reset/new").with(csrf()).param("token", token)
            .param("password", fresh).param("confirmation", fresh)).andReturn().getResponse();
        assertThat(done.getRedirectedUrl()).isEqualTo("/en/signin?password-changed");

        assertThat(signIn(member.email(), member.password()).getStatus()).isEqualTo(401);
        assertThat(signIn(member.email(), fresh).getStatus()).isEqualTo(302);
        // The link works once; the session signed in before the reset is over.
        assertThat(mvc.perform(post("/en/password-reset/new").with(csrf()).param("token", token)
            .param("password", "yet another passphrase 1").param("confirmation", "yet another passphrase 1"))
            .andReturn().getResponse().getContentAsString()).contains("expired or was already used");
        assertThat(mvc.perform(get("/en/account").with(authentication(before))).andReturn().getResponse()
            .getRedirectedUrl()).isEqualTo("/en/signin?ended");
    }

    @Test
    void changesThePasswordOnlyWithTheCurrentOne() throws Exception {
        TestAccount member = fixtures.create(Role.MEMBER);
        UsernamePasswordAuthenticationToken session = fixtures.authentication(member);
        String fresh = "violet tulips by the canal";
        MockHttpServletResponse wrong = mvc.perform(post("/en/account/password").with(csrf()).with(authentication(session))
            .param("current", "not it at all").param("password", fresh).param("confirmation", fresh)).andReturn()
            .getResponse();
        assertThat(wrong.getStatus()).isEqualTo(422);
        assertThat(signIn(member.email(), member.password()).getStatus()).isEqualTo(302);

        MockHttpServletResponse changed = mvc.perform(post("/en/account/password").with(csrf())
            .with(authentication(session)).param("current", member.password()).param("password", fresh)
            .param("confirmation", fresh)).andReturn().getResponse();
        assertThat(changed.getRedirectedUrl()).isEqualTo("/en/account");
        assertThat(signIn(member.email(), fresh).getStatus()).isEqualTo(302);
    }

    @Test
    void neverRedirectsToAnotherSiteAfterSignIn() throws Exception {
        TestAccount member = fixtures.create(Role.MEMBER);
        for (String next : new String[] { "//evil.example/x", "https://evil.example/", "/\\evil.example" }) {
            MockHttpServletResponse response = mvc.perform(post("/en/signin").with(csrf()).param("email", member.email())
                .param("password", member.password()).param("next", next)).andReturn().getResponse();
            assertThat(response.getRedirectedUrl()).isEqualTo("/en/account");
        }
        assertThat(mvc.perform(post("/en/signin").with(csrf()).param("email", member.email())
            .param("password", member.password()).param("next", "/fr/help")).andReturn().getResponse()
            .getRedirectedUrl()).isEqualTo("/fr/help");
    }

    @Test
    void staffPasswordAloneDoesNotSignIn() throws Exception {
        TestAccount moderator = fixtures.create(Role.MODERATOR);
        MvcResult passwordOnly = mvc.perform(post("/en/signin").with(csrf()).param("email", moderator.email())
            .param("password", moderator.password())).andReturn();
        assertThat(passwordOnly.getResponse().getRedirectedUrl()).isEqualTo("/en/signin/code");
        MockHttpSession halfway = (MockHttpSession) passwordOnly.getRequest().getSession();
        assertThat(mvc.perform(get("/en/account").session(halfway)).andReturn().getResponse().getRedirectedUrl())
            .startsWith("/en/signin?next=");
        MockHttpServletResponse wrongCode = mvc.perform(post("/en/signin/code").with(csrf()).session(halfway)
            .param("code", "000000")).andReturn().getResponse();
        assertThat(wrongCode.getStatus()).isEqualTo(401);
        MockHttpServletResponse rightCode = mvc.perform(post("/en/signin/code").with(csrf()).session(halfway)
            .param("code", AccountFixtures.totpCode(moderator.totpSecret()))).andReturn().getResponse();
        assertThat(rightCode.getRedirectedUrl()).isEqualTo("/en/account");
    }

    @Test
    void disablingAnAccountEndsItsSessionsAndAdminsCannotDemoteThemselves() throws Exception {
        TestAccount admin = fixtures.create(Role.ADMIN);
        TestAccount member = fixtures.create(Role.MEMBER);
        UsernamePasswordAuthenticationToken memberSession = fixtures.authentication(member);
        mvc.perform(post("/en/admin/users/" + member.id() + "/disable").with(csrf())
            .with(authentication(fixtures.authentication(admin))));
        assertThat(mvc.perform(get("/en/account").with(authentication(memberSession))).andReturn().getResponse()
            .getRedirectedUrl()).isEqualTo("/en/signin?ended");
        assertThat(signIn(member.email(), member.password()).getStatus()).isEqualTo(403);

        MockHttpServletResponse demote = mvc.perform(post("/en/admin/users/" + admin.id() + "/roles").with(csrf())
            .with(authentication(fixtures.authentication(admin))).param("roles", "MEMBER")).andReturn().getResponse();
        assertThat(demote.getStatus()).isEqualTo(403);
    }

    @Test
    void unverifiedAccountGetsANewLinkOnlyWithTheRightPassword() throws Exception {
        String email = TestAccounts.uniqueEmail("late");
        mvc.perform(post("/en/signup").with(csrf()).param("email", email).param("displayName", "Late Verifier")
            .param("password", TestAccounts.PASSWORD).param("acceptTerms", "true"));
        mailTo(email, "Confirm");
        MockHttpServletResponse response = signIn(email, TestAccounts.PASSWORD);
        assertThat(response.getStatus()).isEqualTo(403);
        assertThat(response.getContentAsString()).contains("confirm your e-mail address first");
    }

    private MockHttpServletResponse signIn(String email, String password) throws Exception {
        return mvc.perform(post("/en/signin").with(csrf()).param("email", email).param("password", password)).andReturn()
            .getResponse();
    }

    private OutboxMessage mailTo(String email, String subjectPart) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (System.nanoTime() < deadline) {
            Optional<OutboxMessage> message = outbox.latestTo(email).filter(m -> m.subject().contains(subjectPart));
            if (message.isPresent()) {
                return message.get();
            }
            Thread.sleep(100);
        }
        throw new AssertionError("No mail '" + subjectPart + "' to " + email);
    }

}
