package org.saferinternethub.testing;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A real browser against the application on a random port: Debian's headless Chromium and ChromeDriver when
 * installed, otherwise whatever Selenium Manager provides. Every page a test opens through {@link #open} or
 * checks with {@link #assertAccessible()} must have no serious or critical axe-core violation.
 */
@HubIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class BrowserTest {

    private static final Path DEBIAN_CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path DEBIAN_CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    @LocalServerPort
    protected int port;

    protected WebDriver browser;

    private Path profile;

    @BeforeAll
    void startBrowser() throws IOException {
        profile = Files.createTempDirectory("chromium-profile-");
        ChromeOptions options = new ChromeOptions();
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-quic", "--window-size=1280,900", "--user-data-dir=" + profile);
        if (Files.isExecutable(DEBIAN_CHROMIUM) && Files.isExecutable(DEBIAN_CHROMEDRIVER)) {
            options.setBinary(DEBIAN_CHROMIUM.toFile());
            ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(DEBIAN_CHROMEDRIVER.toString()))
                .usingAnyFreePort()
                .build();
            browser = new ChromeDriver(service, options);
        }
        else {
            browser = new ChromeDriver(options);
        }
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        if (!javaScript()) {
            // The site's pages have no inline scripts (the CSP forbids them), so refusing every script file is the
            // site without JavaScript. Turning scripts off in the browser would stop axe's timers too, so each
            // check would wait for the script timeout.
            ChromeDriver chrome = (ChromeDriver) browser;
            chrome.executeCdpCommand("Network.enable", Map.of());
            chrome.executeCdpCommand("Network.setBlockedURLs", Map.of("urls", List.of("*.js", "*.js?*", "*.mjs")));
        }
    }

    /** Whether pages run their scripts; a test class of the site without JavaScript answers false. */
    protected boolean javaScript() {
        return true;
    }

    @AfterAll
    void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
        FileSystemUtils.deleteRecursively(profile.toFile());
    }

    protected String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** Opens a page of the site and checks it with axe-core. */
    protected void open(String path) {
        browser.get(url(path));
        assertAccessible();
    }

    /** No serious or critical accessibility violation on the page now shown. */
    protected void assertAccessible() {
        Results results = new AxeBuilder().analyze(browser);
        List<Rule> blocking = results.getViolations().stream()
            .filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
            .toList();
        assertThat(blocking)
            .as("axe-core violations on %s:%n%s", browser.getCurrentUrl(), blocking.stream()
                .map(rule -> rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at "
                        + rule.getNodes().stream().map(node -> String.valueOf(node.getTarget())).collect(Collectors.joining(", ")))
                .collect(Collectors.joining(System.lineSeparator())))
            .isEmpty();
    }

    protected WebElement find(String css) {
        return browser.findElement(By.cssSelector(css));
    }

    protected void type(String css, String text) {
        WebElement field = find(css);
        field.clear();
        field.sendKeys(text);
    }

    /** Submits the form the element is in by clicking it, and waits for the next page to load. */
    protected void clickAndWait(WebElement element) {
        String before = browser.getCurrentUrl();
        Object marker = ((org.openqa.selenium.JavascriptExecutor) browser)
            .executeScript("return window.__hubPage = Math.random();");
        element.click();
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(driver -> {
            Object now = ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("return window.__hubPage;");
            return now == null || !now.equals(marker) || !driver.getCurrentUrl().equals(before);
        });
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(driver -> "complete"
            .equals(((org.openqa.selenium.JavascriptExecutor) driver).executeScript("return document.readyState")));
    }

    protected String path() {
        String current = browser.getCurrentUrl();
        String origin = url("");
        return current.startsWith(origin) ? current.substring(origin.length()) : current;
    }

}
