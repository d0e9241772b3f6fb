package org.saferinternethub.peerhelp;

import java.time.Duration;
import java.time.Year;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.saferinternethub.testing.BrowserTest;

import static org.assertj.core.api.Assertions.assertThat;

/** The youth space in a browser that runs no script of the page: plain links and forms only. */
class PeerHelpNoScriptBrowserTests extends BrowserTest {

    private static final String PASSWORD = "blue whales singing at night";

    @Override
    protected boolean javaScript() {
        return false;
    }

    @Test
    void afterTheQuickExitBackShowsTheSignInPageNotTheThread() {
        String member = "Quiet Lynx " + (10 + System.nanoTime() % 80);
        join(member);
        signIn(member);
        open("/en/peer-help/threads/new");
        new Select(find("#topic")).selectByValue("privacy");
        String words = "my secret diary question " + System.nanoTime() % 100000;
        type("#title", "Someone read my messages");
        type("#body", "My brother reads " + words + " and I do not know what to do.");
        clickAndWait(find("main form button[type=submit]"));
        assertAccessible();
        String thread = path();
        assertThat(thread).contains("/en/peer-help/threads/");
        assertThat(find("main").getText()).contains(words);

        find("[data-quick-exit]").click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(driver -> !driver.getCurrentUrl().contains(thread));
        browser.navigate().back();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(driver -> path().startsWith("/en/signin"));
        assertAccessible();
        assertThat(browser.getPageSource()).doesNotContain(words);
        // The session is over: the space asks to sign in again.
        browser.get(url(thread));
        assertThat(path()).startsWith("/en/signin");
        assertThat(browser.getPageSource()).doesNotContain(words);
    }

    @Test
    void aMemberAsksForARecoveryAddressWithThePlainForm() {
        String member = "Bold Puffin " + (10 + System.nanoTime() % 80);
        join(member);
        signIn(member);
        open("/en/peer-help/me");
        type("#email", "not an address");
        type("#emailPassword", PASSWORD);
        clickAndWait(find("form[action='/en/peer-help/me/email'] button[type=submit]"));
        assertAccessible();
        assertThat(find("#email-error").getText()).contains("This does not look like an e-mail address");
        type("#email", "puffin-" + System.nanoTime() % 100000 + "@test.example.org");
        type("#emailPassword", PASSWORD);
        clickAndWait(find("form[action='/en/peer-help/me/email'] button[type=submit]"));
        assertAccessible();
        assertThat(path()).isEqualTo("/en/peer-help/me");
        assertThat(find(".notice").getText()).contains("a link is on its way");
    }

    /** Joins as a new member, from a browser where nobody is signed in (tests share the browser). */
    private void join(String pseudonym) {
        browser.get(url("/en/"));
        browser.manage().deleteAllCookies();
        open("/en/peer-help/join");
        type("#pseudonym", pseudonym);
        type("#password", PASSWORD);
        type("#birthYear", String.valueOf(Year.now().getValue() - 15));
        find("#acceptRules").click();
        clickAndWait(find("main form button[type=submit]"));
        assertAccessible();
        assertThat(path()).isEqualTo("/en/peer-help/join/codes");
        assertThat(browser.findElements(By.cssSelector(".peerhelp-codes code"))).isNotEmpty();
    }

    private void signIn(String pseudonym) {
        open("/en/signin");
        type("#email", pseudonym);
        type("#password", PASSWORD);
        clickAndWait(find("main form button[type=submit]"));
    }

}
