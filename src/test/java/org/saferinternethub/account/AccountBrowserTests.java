package org.saferinternethub.account;

import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.saferinternethub.account.AccountFixtures.TestAccount;
import org.saferinternethub.platform.Outbox;
import org.saferinternethub.platform.Outbox.OutboxMessage;
import org.saferinternethub.testing.BrowserTest;
import org.saferinternethub.testing.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

class AccountBrowserTests extends BrowserTest {

    private static final Pattern LINK = Pattern.compile("https?://\\S+");

    @Autowired
    Outbox outbox;

    @Autowired
    AccountFixtures fixtures;

    @Test
    void adultSignsUpVerifiesTheAddressSignsInAndOut() {
        String email = TestAccounts.uniqueEmail("parent");
        open("/en/signup");
        type("#email", email);
        type("#displayName", "Els Janssens");
        type("#password", "password");
        find("#acceptTerms").click();
        clickAndWait(find("form.stacked button[type=submit]"));

        // A common password is refused with a clear message, and what was typed (but the password) is kept.
        assertThat(find("#password-error").getText()).contains("common");
        assertThat(find("#email").getAttribute("value")).isEqualTo(email);
        assertThat(find("#displayName").getAttribute("value")).isEqualTo("Els Janssens");
        assertAccessible();

        type("#password", TestAccounts.PASSWORD);
        if (!find("#acceptTerms").isSelected()) {
            find("#acceptTerms").click();
        }
        clickAndWait(find("form.stacked button[type=submit]"));
        assertThat(path()).isEqualTo("/en/signup/sent");
        assertAccessible();

        String link = linkIn(mailTo(email));
        browser.get(link);
        assertAccessible();
        clickAndWait(find("main form button[type=submit]"));
        assertThat(path()).startsWith("/en/signin");
        assertThat(find(".notice").getText()).isNotBlank();
        assertAccessible();

        type("#email", email);
        type("#password", TestAccounts.PASSWORD);
        clickAndWait(find("main form button[type=submit]"));
        assertThat(path()).isEqualTo("/en/account");
        assertThat(find("main").getText()).contains("Els Janssens").contains(email);
        assertAccessible();

        clickAndWait(find("header .account-links button"));
        assertThat(path()).startsWith("/en/");
        assertThat(browser.findElements(By.cssSelector("header a[href='/en/signin']"))).isNotEmpty();
        browser.get(url("/en/account"));
        assertThat(path()).startsWith("/en/signin");
    }

    @Test
    void wrongPasswordKeepsTheAddressAndSaysWhatToDo() {
        TestAccount member = fixtures.create(Role.MEMBER);
        open("/en/signin");
        type("#email", member.email());
        type("#password", "not the password");
        clickAndWait(find("main form button[type=submit]"));
        assertThat(find("#signin-error").getText()).isNotBlank();
        assertThat(find("#email").getAttribute("value")).isEqualTo(member.email());
        assertAccessible();
    }

    private OutboxMessage mailTo(String email) {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (System.nanoTime() < deadline) {
            Optional<OutboxMessage> message = outbox.latestTo(email);
            if (message.isPresent()) {
                return message.get();
            }
            try {
                Thread.sleep(100);
            }
            catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new AssertionError("No mail to " + email + " in the outbox");
    }

    static String linkIn(OutboxMessage message) {
        Matcher matcher = LINK.matcher(message.body());
        assertThat(matcher.find()).as("a link in: %s", message.body()).isTrue();
        return matcher.group();
    }

}
