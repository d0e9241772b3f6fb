package org.saferinternethub.account;

import org.junit.jupiter.api.Test;
import org.saferinternethub.shared.Language;
import org.saferinternethub.testing.HubIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

@HubIntegrationTest
class YouthAccountsIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    YouthAccounts youth;

    @Test
    void aYoungMemberSignsInWithThePseudonymWhateverItsCaseAndRecoversWithACodeOnce() throws Exception {
        String pseudonym = "Dappere Das " + System.nanoTime() % 100000;
        YouthAccounts.Registered registered = youth.register(pseudonym, "zeven blauwe ballonnen", Language.NL);
        assertThat(registered.recoveryCodes()).hasSize(TwoFactor.RECOVERY_CODES);
        assertThat(youth.isTaken(pseudonym.toUpperCase())).isTrue();

        assertThat(signIn(pseudonym.toLowerCase(), "zeven blauwe ballonnen").getRedirectedUrl()).isEqualTo("/nl/account");

        String code = registered.recoveryCodes().get(0);
        assertThat(youth.recover(pseudonym, code, "acht rode vliegers")).isTrue();
        assertThat(youth.recover(pseudonym, code, "negen groene draken")).isFalse();
        assertThat(signIn(pseudonym, "zeven blauwe ballonnen").getStatus()).isEqualTo(401);
        assertThat(signIn(pseudonym, "acht rode vliegers").getStatus()).isEqualTo(302);
    }

    private MockHttpServletResponse signIn(String name, String password) throws Exception {
        return mvc.perform(post("/nl/signin").with(csrf()).param("email", name).param("password", password)).andReturn()
            .getResponse();
    }

}
