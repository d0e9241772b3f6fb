package org.saferinternethub.account;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.saferinternethub.account.AccountFixtures.TestAccount;
import org.saferinternethub.testing.HubIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

@HubIntegrationTest
class NotificationIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountFixtures fixtures;

    @Autowired
    Notifications notifications;


    @Test
    void showsNotificationsInTheReadersLanguageAndCountsUnreadOnes() throws Exception {
        TestAccount member = fixtures.create(Role.MEMBER);
        TestAccount other = fixtures.create(Role.MEMBER);
        notifications.notify(member.id(), "platform.help.call", List.of("102"), "/help?from=notification", false);

        String header = mvc.perform(get("/fr/").with(authentication(fixtures.authentication(member)))).andReturn()
            .getResponse().getContentAsString();
        assertThat(header).contains("Notifications (1");
        String page = mvc.perform(get("/nl/account/notifications").with(authentication(fixtures.authentication(member))))
            .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("href=\"/nl/help?from=notification\"").contains("102");
        assertThat(mvc.perform(get("/nl/account/notifications").with(authentication(fixtures.authentication(other))))
            .andReturn().getResponse().getContentAsString()).doesNotContain("from=notification");

        mvc.perform(post("/nl/account/notifications/read").with(csrf()).with(authentication(fixtures.authentication(member))));
        assertThat(notifications.unread(member.id())).isZero();
    }

}
