package org.saferinternethub.moderation;

import org.junit.jupiter.api.Test;
import org.saferinternethub.account.AccountFixtures;
import org.saferinternethub.account.Role;
import org.saferinternethub.testing.HubIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

@HubIntegrationTest
class ModerationApiIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountFixtures fixtures;

    @Autowired
    ApiTokenService tokens;

    @Test
    void redactsAPhoneNumberFromAMemberAndPointsAtIt() throws Exception {
        String text = "Bel me gerust op 0470 12 34 56 als je wil praten";
        MockHttpServletResponse response = call(screen(text, "nl", "MEMBER"));
        assertThat(response.getStatus()).isEqualTo(200);
        String json = response.getContentAsString();
        assertThat(json).contains("\"decision\":\"REDACT\"").contains("\"PII_PHONE\"").contains("\"language\":\"nl\"")
            .doesNotContain("0470 12 34 56\",\"message");
        int start = Integer.parseInt(json.replaceAll("(?s).*\"start\":(\\d+).*", "$1"));
        int end = Integer.parseInt(json.replaceAll("(?s).*\"end\":(\\d+).*", "$1"));
        assertThat(text.substring(start, end).replace(" ", "")).isEqualTo("0470123456");
    }

    @Test
    void holdsWhatANewMemberWritesAndEscalatesSelfHarm() throws Exception {
        assertThat(call(screen("Bel me op 0470 12 34 56", "nl", "NEW")).getContentAsString())
            .contains("\"decision\":\"HOLD\"");
        String crisis = call(screen("I don't want to be here anymore, I want to end it all", "en", "TRUSTED"))
            .getContentAsString();
        assertThat(crisis).contains("\"decision\":\"ESCALATE\"").contains("SELF_HARM").contains("1813");
    }

    @Test
    void detectsTheLanguageWhenAsked() throws Exception {
        assertThat(call(screen("Bonjour, est-ce que quelqu'un a déjà été harcelé sur les réseaux sociaux ?", "auto", null))
            .getContentAsString()).contains("\"language\":\"fr\"").contains("\"decision\":\"PUBLISH\"");
    }

    @Test
    void answersInvalidRequestsWithAProblemNamingTheField() throws Exception {
        MockHttpServletResponse noText = call(post("/api/v1/moderation/screen").contentType(MediaType.APPLICATION_JSON)
            .content("{\"lang\":\"nl\"}"));
        assertThat(noText.getStatus()).isEqualTo(400);
        assertThat(noText.getContentType()).startsWith("application/problem+json");
        assertThat(noText.getContentAsString()).contains("\"field\":\"text\"");

        MockHttpServletResponse badLanguage = call(screen("hallo", "es", null));
        assertThat(badLanguage.getStatus()).isEqualTo(400);
        assertThat(badLanguage.getContentAsString()).contains("\"field\":\"lang\"");
    }

    @Test
    void refusesCallersWithoutRoleOrToken() throws Exception {
        MockHttpServletResponse anonymous = mvc.perform(screen("hallo", "nl", null)).andReturn().getResponse();
        assertThat(anonymous.getStatus()).isEqualTo(401);
        assertThat(anonymous.getContentType()).startsWith("application/problem+json");

        var member = fixtures.create(Role.MEMBER);
        assertThat(mvc.perform(screen("hallo", "nl", null).with(authentication(fixtures.authentication(member))))
            .andReturn().getResponse().getStatus()).isEqualTo(401);

        String token = tokens.create("Evaluation harness", "test");
        assertThat(mvc.perform(screen("hallo", "nl", null).header("Authorization", "Bearer " + token)).andReturn()
            .getResponse().getStatus()).isEqualTo(200);
        assertThat(mvc.perform(screen("hallo", "nl", null).header("Authorization", "Bearer not-a-token")).andReturn()
            .getResponse().getStatus()).isEqualTo(401);
    }

    private MockHttpServletResponse call(MockHttpServletRequestBuilder request) throws Exception {
        var moderator = fixtures.create(Role.MODERATOR);
        return mvc.perform(request.with(authentication(fixtures.authentication(moderator)))).andReturn().getResponse();
    }

    private static MockHttpServletRequestBuilder screen(String text, String lang, String trust) {
        String body = "{\"text\":\"" + text.replace("\"", "\\\"") + "\",\"lang\":\"" + lang + "\""
                + (trust == null ? "" : ",\"trust\":\"" + trust + "\"") + "}";
        return post("/api/v1/moderation/screen").contentType(MediaType.APPLICATION_JSON).content(body);
    }

}
