package org.saferinternethub.peerhelp;

import java.time.Duration;
import java.time.Year;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.saferinternethub.account.AccountFixtures;
import org.saferinternethub.account.AccountFixtures.TestAccount;
import org.saferinternethub.account.Role;
import org.saferinternethub.testing.BrowserTest;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

class PeerHelpBrowserTests extends BrowserTest {

    private static final String PASSWORD = "green lanterns by the river";

    @Autowired
    AccountFixtures fixtures;

    @Test
    void twoTeenagersAskAndAnswerWhileAModeratorRedactsAPhoneNumberAndQuickExitLeaves() {
        long unique = 10 + System.nanoTime() % 80;
        String asker = "Brave Otter " + unique;
        String helper = "Gentle Owl " + unique;
        join(asker);
        join(helper);

        signIn(asker);
        open("/en/peer-help");
        clickAndWait(find("a[href$='/peer-help/threads/new']"));
        assertAccessible();
        new Select(find("#topic")).selectByValue("friendship");
        type("#title", "My friend wants my number");
        type("#body", "Someone from the group asked me to text 0470 12 34 56, should I?");
        clickAndWait(find("main form button[type=submit]"));
        assertAccessible();
        String thread = path();
        assertThat(thread).contains("/en/peer-help/threads/");
        assertThat(find("main").getText()).contains("your message will appear after a quick check");
        signOut();

        TestAccount moderator = fixtures.create(Role.MODERATOR);
        open("/en/signin");
        type("#email", moderator.email());
        type("#password", moderator.password());
        clickAndWait(find("main form button[type=submit]"));
        type("#code", AccountFixtures.totpCode(moderator.totpSecret()));
        clickAndWait(find("main form button[type=submit]"));
        open("/en/moderation/queue");
        WebElement item = browser.findElements(By.cssSelector(".review-item")).stream()
            .filter(element -> element.getText().contains(asker)).findFirst().orElseThrow();
        clickAndWait(item.findElement(By.xpath(".//button[contains(@formaction, 'approve-redacted')]")));
        signOut();

        signIn(helper);
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(driver -> {
            driver.get(url(thread));
            return driver.findElements(By.id("reply-body")).size() == 1;
        });
        assertAccessible();
        assertThat(find("main").getText()).contains("Someone from the group asked me to text […]")
            .doesNotContain("0470");
        type("#reply-body", "Don't send it. Ask them why they need it, and tell an adult you trust.");
        clickAndWait(find("main form.stacked button[type=submit]"));
        clickAndWait(browser.findElements(By.cssSelector("article.peerhelp-post button")).stream()
            .filter(button -> button.getText().equals("Me too")).findFirst().orElseThrow());
        assertThat(find("main").getText()).contains("Me too: 1");
        assertAccessible();
        signOut();

        signIn(asker);
        open(thread);
        clickAndWait(browser.findElements(By.cssSelector("article.peerhelp-post button")).stream()
            .filter(button -> button.getText().equals("This helped me")).findFirst().orElseThrow());
        assertThat(find(".peerhelp-post--helpful").getText()).contains("Don't send it.").contains("Helpful");
        assertAccessible();
        assertThat(sameOriginOnly()).as("every resource of the page comes from the platform itself").isTrue();

        // The member's own page, the rules and a topic with its tips are clean too.
        open("/en/peer-help/me");
        open("/en/peer-help/rules");
        open("/en/peer-help/topics/friendship");

        // The whole visit to the space is one entry of the history: links, searches and forms inside the space
        // replace it, and the quick exit replaces it with the neutral site. Back leads to the page before the
        // space, never to a thread.
        open("/en/");
        long entries = historyLength();
        clickAndWait(find(".main-nav a[href='/en/peer-help']"));
        clickAndWait(find("a[href='" + thread + "']"));
        assertAccessible();
        clickAndWait(find("form[action$='/follow'] button"));
        assertThat(find("main").getText()).contains("You no longer follow this conversation.");
        clickAndWait(find(".peerhelp-safety a[href$='/peer-help/rules']"));
        assertAccessible();
        browser.navigate().back();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(driver -> path().equals("/en/"));
        browser.navigate().forward();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(driver -> path().equals("/en/peer-help/rules"));
        clickAndWait(find(".peerhelp-safety a[href='/en/peer-help']"));
        clickAndWait(find("a[href='" + thread + "']"));
        assertThat(historyLength()).as("one entry for the whole visit to the space").isEqualTo(entries + 1);
        find("[data-quick-exit]").click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(driver -> !driver.getCurrentUrl().contains(thread));
        browser.navigate().back();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(driver -> driver.getCurrentUrl().contains("/en/"));
        assertThat(path()).isEqualTo("/en/");
    }

    @Test
    void onAPhoneTheQuickExitBarHidesNoPartOfTheHeaderAndEveryNewPageIsClean() {
        String member = "Kind Koala " + (10 + System.nanoTime() % 80);
        join(member);
        signIn(member);
        browser.manage().window().setSize(new Dimension(360, 740));
        try {
            for (String page : List.of("/en/peer-help", "/en/peer-help/rules", "/en/peer-help/me")) {
                open(page);
                WebElement bar = find(".quick-exit");
                assertThat(bar.getRect().getHeight()).as("one line on %s", page).isLessThan(64);
                for (WebElement element : browser.findElements(By.cssSelector(".site-header a, .site-header button"))) {
                    assertThat(element.getRect().getY()).as("%s below the bar on %s", element.getText(), page)
                        .isGreaterThanOrEqualTo(bar.getRect().getY() + bar.getRect().getHeight());
                }
            }
            // Sign out from a space page: the header button is not hidden under the bar.
            clickAndWait(find("form[action='/en/signout'] button"));
            assertThat(path()).startsWith("/en/");
        }
        finally {
            browser.manage().window().setSize(new Dimension(1280, 900));
        }
    }

    /** Waits for a new page or, inside the space, for the page shown in place (the clicked element is gone). */
    @Override
    protected void clickAndWait(WebElement element) {
        String before = browser.getCurrentUrl();
        Object marker = ((JavascriptExecutor) browser).executeScript("return window.__hubPage = Math.random();");
        element.click();
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(driver -> {
            Object now = ((JavascriptExecutor) driver).executeScript("return window.__hubPage;");
            return now == null || !now.equals(marker) || !driver.getCurrentUrl().equals(before)
                    || ExpectedConditions.stalenessOf(element).apply(driver);
        });
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(driver -> "complete"
            .equals(((JavascriptExecutor) driver).executeScript("return document.readyState")));
    }

    private long historyLength() {
        return (Long) ((JavascriptExecutor) browser).executeScript("return window.history.length;");
    }

    private void join(String pseudonym) {
        open("/en/peer-help");
        clickAndWait(find("a[href$='/peer-help/join']"));
        assertAccessible();
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

    /** From a page without the quick-exit bar, which covers the header's sign-out button on help pages. */
    private void signOut() {
        open("/en/");
        clickAndWait(find("form[action='/en/signout'] button"));
    }

    private boolean sameOriginOnly() {
        @SuppressWarnings("unchecked")
        List<String> resources = (List<String>) ((JavascriptExecutor) browser).executeScript(
                "return performance.getEntriesByType('resource').map(function (r) { return r.name; });");
        return resources.stream().allMatch(name -> name.startsWith(url("/")));
    }

}
