package org.saferinternethub.peerhelp;

import java.time.Year;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.saferinternethub.account.AccountFixtures;
import org.saferinternethub.account.Role;
import org.saferinternethub.testing.HubIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

@HubIntegrationTest
class JoinIntegrationTests {

    private static final String PASSWORD = "blue kites over the harbour";

    @Autowired
    MockMvc mvc;

    @Autowired
    Members members;

    @Autowired
    AccountFixtures fixtures;

    @Autowired
    Pseudonyms pseudonyms;

    @Test
    void refusesPseudonymsThatGiveAwayWhoSomeoneIs() throws Exception {
        for (String pseudonym : List.of("lotte.devries2009", "snap_jessy", "Lotte van Dam", "insta jessy",
                "call 0470123456", "jessy@mail.be")) {
            MockHttpServletResponse response = join(pseudonym, String.valueOf(Year.now().getValue() - 15), true)
                .getResponse();
            assertThat(response.getStatus()).as(pseudonym).isEqualTo(200);
            assertThat(response.getContentAsString()).as(pseudonym)
                .contains("This name could give away who you are")
                .contains("value=\"" + pseudonym + "\"");
        }
        assertThat(pseudonyms.problemWith("Calm Heron 12")).isEmpty();
        assertThat(pseudonyms.suggestions(5)).hasSize(5)
            .allSatisfy(suggestion -> assertThat(pseudonyms.problemWith(suggestion)).isEmpty());
    }

    @Test
    void aBirthYearBelowTheRangeLeadsToTheHelplinesAndAboveItIsRefusedKindly() throws Exception {
        MvcResult young = join("Quiet Robin 41", String.valueOf(Year.now().getValue() - 11), true);
        assertThat(young.getResponse().getRedirectedUrl()).isEqualTo("/en/peer-help/join/too-young");
        String page = mvc.perform(get("/en/peer-help/join/too-young")).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("from 13").contains("116 000");

        MockHttpServletResponse old = join("Quiet Robin 42", String.valueOf(Year.now().getValue() - 30), true)
            .getResponse();
        assertThat(old.getStatus()).isEqualTo(200);
        assertThat(old.getContentAsString()).contains("This space is for young people up to 18");
        assertThat(join("Quiet Robin 43", "20x1", true).getResponse().getContentAsString())
            .contains("four digits");
    }

    @Test
    void joiningNeedsTheHouseRulesAndShowsRecoveryCodesOnlyOnce() throws Exception {
        String pseudonym = "Bright Lynx " + (10 + System.nanoTime() % 89);
        assertThat(join(pseudonym, String.valueOf(Year.now().getValue() - 14), false).getResponse()
            .getContentAsString()).contains("tick the box");

        MvcResult joined = join(pseudonym, String.valueOf(Year.now().getValue() - 14), true);
        assertThat(joined.getResponse().getRedirectedUrl()).isEqualTo("/en/peer-help/join/codes");
        @SuppressWarnings("unchecked")
        List<String> codes = (List<String>) joined.getFlashMap().get("recoveryCodes");
        assertThat(codes).isNotEmpty();
        String page = mvc.perform(get("/en/peer-help/join/codes").flashAttr("recoveryCodes", codes)
            .flashAttr("pseudonym", pseudonym)).andReturn().getResponse().getContentAsString();
        assertThat(page).contains(codes.get(0)).contains(pseudonym);
        assertThat(mvc.perform(get("/en/peer-help/join/codes")).andReturn().getResponse().getRedirectedUrl())
            .isEqualTo("/en/peer-help");
        assertThat(members.findAll()).anySatisfy(member -> assertThat(member.getPseudonym()).isEqualTo(pseudonym));

        assertThat(join(pseudonym, String.valueOf(Year.now().getValue() - 14), true).getResponse()
            .getContentAsString()).contains("Someone already has this name");
        MockHttpServletResponse signIn = mvc.perform(post("/en/signin").param("email", pseudonym)
            .param("password", PASSWORD).with(csrf())).andReturn().getResponse();
        assertThat(signIn.getRedirectedUrl()).doesNotContain("signin");
    }

    @Test
    void signedInAdultsCannotJoin() throws Exception {
        MvcResult result = mvc.perform(post("/en/peer-help/join").param("pseudonym", "Kind Koala 33")
            .param("password", PASSWORD).param("birthYear", String.valueOf(Year.now().getValue() - 15))
            .param("acceptRules", "true").with(csrf())
            .with(authentication(fixtures.authentication(fixtures.create(Role.MEMBER))))).andReturn();
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/en/peer-help");
        assertThat(members.findAll()).noneSatisfy(member -> assertThat(member.getPseudonym()).isEqualTo("Kind Koala 33"));
    }

    private MvcResult join(String pseudonym, String birthYear, boolean acceptRules) throws Exception {
        var request = post("/en/peer-help/join").param("pseudonym", pseudonym).param("password", PASSWORD)
            .param("birthYear", birthYear).param("avatar", "owl").with(csrf());
        if (acceptRules) {
            request.param("acceptRules", "true");
        }
        return mvc.perform(request).andReturn();
    }

}
