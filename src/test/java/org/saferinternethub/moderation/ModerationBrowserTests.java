package org.saferinternethub.moderation;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.saferinternethub.account.AccountFixtures;
import org.saferinternethub.account.AccountFixtures.TestAccount;
import org.saferinternethub.account.Role;
import org.saferinternethub.testing.BrowserTest;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

class ModerationBrowserTests extends BrowserTest {

    @Autowired
    AccountFixtures fixtures;

    @Autowired
    Moderation moderation;

    @Autowired
    RecordedModerationEvents events;

    @Test
    void moderatorApprovesAHeldTextWithRedactionInOneClickAndTestsAWatchedWord() {
        TestAccount youth = fixtures.create(Role.YOUTH);
        ContentRef ref = new ContentRef("peerhelp", "post", 9_000_000L + System.nanoTime() % 1_000_000);
        moderation.submit(new ModerationRequest(ref, "Mijn nummer is 0470 12 34 56, stuur maar een berichtje", "nl",
                TrustLevel.NEW, youth.id(), "Blauwe Vos", "/peer-help"));
        TestAccount moderator = fixtures.create(Role.MODERATOR);
        open("/en/signin");
        type("#email", moderator.email());
        type("#password", moderator.password());
        clickAndWait(find("main form button[type=submit]"));
        type("#code", AccountFixtures.totpCode(moderator.totpSecret()));
        clickAndWait(find("main form button[type=submit]"));

        open("/en/moderation/queue");
        var item = browser.findElements(By.cssSelector(".review-item")).stream()
            .filter(element -> element.getText().contains("Blauwe Vos")).findFirst().orElseThrow();
        assertThat(item.findElement(By.cssSelector("mark.label-PII_PHONE")).getText()).contains("0470 12 34 56");
        clickAndWait(item.findElement(By.xpath(".//button[contains(@formaction, 'approve-redacted')]")));

        assertThat(find(".notice").getText()).isNotBlank();
        assertAccessible();
        assertThat(events.of(ContentModerated.class)).anySatisfy(event -> {
            assertThat(event.ref()).isEqualTo(ref);
            assertThat(event.text()).isEqualTo("Mijn nummer is […], stuur maar een berichtje");
        });

        open("/en/moderation/watched-words");
        type("#sample", "Kom naar de Kerkstraat 12 in Gent");
        clickAndWait(find("#sample").findElement(By.xpath("ancestor::form//button")));
        assertThat(find("#test-result").getText()).contains("Hold for review").contains("Street address");
        assertAccessible();

        open("/en/moderation/dashboard");
        assertThat(find("#per-label-table").getText()).contains("Phone number");
    }

}
