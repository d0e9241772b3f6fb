package org.saferinternethub.platform;

import org.junit.jupiter.api.Test;
import org.saferinternethub.account.AccountFixtures;
import org.saferinternethub.account.Role;
import org.saferinternethub.account.YouthAccounts;
import org.saferinternethub.shared.Language;
import org.saferinternethub.testing.HubIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** The quick exit ends the session (GET from the link, POST from the script's beacon) and leaves no page behind. */
@HubIntegrationTest
class QuickExitIntegrationTests {

    private static final String PASSWORD = "nine silver kites over the dunes";

    @Autowired
    MockMvc mvc;

    @Autowired
    YouthAccounts youthAccounts;

    @Autowired
    AccountFixtures fixtures;

    @Autowired
    HubSettings settings;

    @Test
    void theLinkEndsAYoungMembersSessionAndRedirectsToTheNeutralSiteLeavingNothingCached() throws Exception {
        String pseudonym = youngMember();
        MockHttpSession session = signIn(pseudonym);
        assertThat(mvc.perform(get("/en/account").session(session)).andReturn().getResponse().getStatus())
            .isEqualTo(200);

        MockHttpServletResponse exit = mvc.perform(get("/quick-exit").session(session)).andReturn().getResponse();
        assertThat(exit.getStatus()).isEqualTo(303);
        assertThat(exit.getRedirectedUrl()).isEqualTo(settings.quickExit().url().toString());
        assertThat(exit.getHeader("Cache-Control")).isEqualTo("no-store");
        assertThat(exit.getHeader("Clear-Site-Data")).isEqualTo("\"cache\"");
        assertThat(session.isInvalid()).isTrue();
        assertThat(exit.getCookie("HUB_SESSION")).isNotNull().satisfies(cookie -> assertThat(cookie.getMaxAge())
            .isZero());
        // What Back does without JavaScript: the page is asked again, without the session.
        assertThat(mvc.perform(get("/en/account")).andReturn().getResponse().getRedirectedUrl())
            .startsWith("/en/signin?next=");
        assertThat(mvc.perform(get("/en/admin/audit?action=auth.sign-out")
            .with(authentication(fixtures.authentication(fixtures.create(Role.ADMIN))))).andReturn().getResponse()
            .getContentAsString()).contains("quick exit").doesNotContain(pseudonym);
    }

    @Test
    void theBeaconEndsTheSessionWithoutACsrfTokenAndAnswersNoContent() throws Exception {
        MockHttpSession session = signIn(youngMember());
        MockHttpServletResponse beacon = mvc.perform(post("/quick-exit").session(session)).andReturn().getResponse();
        assertThat(beacon.getStatus()).isEqualTo(204);
        assertThat(beacon.getHeader("Cache-Control")).isEqualTo("no-store");
        assertThat(beacon.getHeader("Clear-Site-Data")).isEqualTo("\"cache\"");
        assertThat(session.isInvalid()).isTrue();
    }

    @Test
    void anyoneMayUseItAndTheCsrfExemptionIsForThisPathOnly() throws Exception {
        // Without a session: the same answer, and no session is created.
        MvcResult anonymous = mvc.perform(get("/quick-exit")).andReturn();
        assertThat(anonymous.getResponse().getStatus()).isEqualTo(303);
        assertThat(anonymous.getRequest().getSession(false)).isNull();
        // Adults' sessions end too.
        var member = fixtures.create(Role.MEMBER);
        MockHttpSession adult = signIn(member.email(), member.password());
        assertThat(mvc.perform(post("/quick-exit").session(adult)).andReturn().getResponse().getStatus())
            .isEqualTo(204);
        assertThat(adult.isInvalid()).isTrue();

        MockHttpSession session = signIn(youngMember());
        assertThat(mvc.perform(post("/en/signout").session(session)).andReturn().getResponse().getStatus())
            .as("sign-out still needs the token").isEqualTo(403);
        assertThat(mvc.perform(post("/en/peer-help/me").session(session).param("avatar", "owl")).andReturn()
            .getResponse().getStatus()).as("space forms still need the token").isEqualTo(403);
        assertThat(mvc.perform(post("/quick-exit/more").session(session)).andReturn().getResponse().getStatus())
            .as("only the exact path").isEqualTo(403);
        assertThat(mvc.perform(post("/en/quick-exit").session(session)).andReturn().getResponse().getStatus())
            .as("not under a language").isEqualTo(403);
        assertThat(session.isInvalid()).isFalse();
        assertThat(mvc.perform(get("/en/account").session(session)).andReturn().getResponse().getStatus())
            .isEqualTo(200);
    }

    @Test
    void theControlOnEveryPageLeadsToTheExitAndNamesTheNeutralSiteForTheScript() throws Exception {
        String page = mvc.perform(get("/en/help")).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("href=\"/quick-exit\"")
            .contains("data-quick-exit=\"" + settings.quickExit().url() + "\"");
    }

    private String youngMember() {
        String pseudonym = "Swift Heron " + (10 + System.nanoTime() % 89) + " " + letters();
        youthAccounts.register(pseudonym, PASSWORD, Language.EN);
        return pseudonym;
    }

    private MockHttpSession signIn(String pseudonym) throws Exception {
        return signIn(pseudonym, PASSWORD);
    }

    private MockHttpSession signIn(String name, String password) throws Exception {
        MvcResult result = mvc.perform(post("/en/signin").with(csrf()).param("email", name)
            .param("password", password)).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(302);
        return (MockHttpSession) result.getRequest().getSession(false);
    }

    private static String letters() {
        StringBuilder letters = new StringBuilder();
        long value = System.nanoTime();
        for (int i = 0; i < 6; i++) {
            letters.append((char) ('a' + Math.floorMod(value, 26)));
            value /= 26;
        }
        return letters.toString();
    }

}
