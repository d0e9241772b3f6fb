package org.saferinternethub.platform;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.saferinternethub.testing.BrowserTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

import static org.assertj.core.api.Assertions.assertThat;

class LanguageBrowserTests extends BrowserTest {

    @Autowired
    MessageSource messages;

    @Test
    void visitorSwitchesLanguageAndStaysOnTheSamePage() {
        open("/nl/help");
        assertThat(find("html").getAttribute("lang")).isEqualTo("nl");
        assertThat(find("h1").getText()).isEqualTo(messages.getMessage("platform.help.heading", null, java.util.Locale.forLanguageTag("nl")));

        clickAndWait(find(".language-switcher a[hreflang='fr']"));

        assertThat(path()).isEqualTo("/fr/help");
        assertThat(find("html").getAttribute("lang")).isEqualTo("fr");
        assertThat(find("h1").getText()).isEqualTo(messages.getMessage("platform.help.heading", null, java.util.Locale.FRENCH));
        assertThat(find(".language-switcher a[aria-current='true']").getAttribute("hreflang")).isEqualTo("fr");
        assertAccessible();
    }

    @Test
    void rootLeadsToTheLanguageLastChosen() {
        open("/de/");
        browser.get(url("/"));
        assertThat(path()).isEqualTo("/de/");
        assertThat(find("html").getAttribute("lang")).isEqualTo("de");
    }

    @Test
    void quickExitLeavesTheSiteAndBackDoesNotReturnToTheHelpPage() {
        open("/en/");
        open("/en/help");
        find("[data-quick-exit]").click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(driver -> !driver.getCurrentUrl().contains("/en/help"));
        assertThat(browser.getCurrentUrl()).doesNotContain("localhost:" + port + "/en/help");

        browser.navigate().back();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(driver -> driver.getCurrentUrl().contains("/en/"));
        assertThat(path()).isEqualTo("/en/");
    }

    @Test
    void pressingEscapeTwiceLeavesAHelpPage() {
        open("/en/");
        open("/en/help");
        find("body").sendKeys(Keys.ESCAPE);
        find("body").sendKeys(Keys.ESCAPE);
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(driver -> !driver.getCurrentUrl().contains("/en/help"));
        browser.navigate().back();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(driver -> driver.getCurrentUrl().contains("/en/"));
        assertThat(path()).isEqualTo("/en/");
    }

    @Test
    void errorPagesAreTranslatedAndKeepTheNavigation() {
        browser.get(url("/fr/no-such-page"));
        assertThat(find("html").getAttribute("lang")).isEqualTo("fr");
        assertThat(find("h1").getText()).isEqualTo(messages.getMessage("platform.error.404.title", null, java.util.Locale.FRENCH));
        assertThat(browser.findElements(By.cssSelector("nav.main-nav a"))).hasSizeGreaterThan(3);
        assertAccessible();
    }

}
