package org.saferinternethub.agenda;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.saferinternethub.shared.Language;
import org.saferinternethub.testing.BrowserTest;
import org.saferinternethub.testing.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

class InspirationBrowserTests extends BrowserTest {

    @Autowired
    InspirationFixtures fixtures;

    @Autowired
    Clock clock;

    @Test
    void aTeacherRegistersAndSeesTheStreamLinkOnlyWhenItIsTime() {
        Edition edition = fixtures.edition(50);
        Instant now = clock.instant();
        String soonLink = "https://stream.example.org/soon-" + edition.getYear();
        String laterLink = "https://stream.example.org/later-" + edition.getYear();
        InspirationSession soon = fixtures.session(edition, "Starting soon", now.plus(Duration.ofMinutes(10)),
                now.plus(Duration.ofMinutes(70)), Language.EN, 0, soonLink);
        InspirationSession later = fixtures.session(edition, "Much later", now.plus(Duration.ofDays(20)),
                now.plus(Duration.ofDays(20)).plus(Duration.ofHours(1)), Language.NL, 2, laterLink);
        String programme = "/en/agenda/inspiration/" + edition.getYear();

        open(programme);
        assertThat(streamLinks()).isEmpty();
        assertThat(find("#session-" + soon.getId() + " .stream-registered-only").isDisplayed()).isTrue();
        open("/en/agenda/inspiration/sessions/" + soon.getId());
        assertThat(streamLinks()).isEmpty();

        open(programme);
        clickAndWait(find("#register"));
        assertThat(path()).isEqualTo(programme + "/register");
        assertAccessible();
        // A mistake first: the page says what is wrong and keeps what was typed.
        type("#name", "Sofie Janssens");
        type("#email", "not an address");
        clickAndWait(find("#register-submit"));
        assertAccessible();
        assertThat(find("#email-error").getText()).contains("not an e-mail address");
        assertThat(find("#role-error").getText()).contains("Choose what describes you best");
        assertThat(find("#name").getAttribute("value")).isEqualTo("Sofie Janssens");
        type("#email", TestAccounts.uniqueEmail("teacher"));
        find("#role-TEACHER").click();
        find("#language option[value='EN']").click();
        clickAndWait(find("#register-submit"));
        assertThat(path()).startsWith("/en/agenda/inspiration/registration/");
        assertAccessible();
        assertThat(find("#registration-status").getText()).contains("You are registered");
        assertThat(streamLinks()).containsExactly(soonLink);
        assertThat(find("#session-" + later.getId() + " .stream-later").getText()).contains("Your link to the stream appears here from");

        open(programme);
        assertThat(find("#registration-status").getText()).contains("You are registered");
        assertThat(streamLinks()).containsExactly(soonLink);
        open("/en/agenda/inspiration/sessions/" + later.getId());
        assertThat(streamLinks()).isEmpty();
        open("/en/agenda/inspiration/sessions/" + soon.getId());
        assertThat(streamLinks()).containsExactly(soonLink);
    }

    private java.util.List<String> streamLinks() {
        return browser.findElements(By.cssSelector("a.stream-link")).stream().map(a -> a.getAttribute("href")).toList();
    }

}
