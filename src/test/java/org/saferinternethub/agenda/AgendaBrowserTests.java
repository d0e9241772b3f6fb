package org.saferinternethub.agenda;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.saferinternethub.account.AccountFixtures;
import org.saferinternethub.account.AccountFixtures.TestAccount;
import org.saferinternethub.account.OrganisationType;
import org.saferinternethub.account.Role;
import org.saferinternethub.testing.BrowserTest;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

class AgendaBrowserTests extends BrowserTest {

    @Autowired
    AccountFixtures accounts;

    @Autowired
    ActivityFixtures fixtures;

    @Test
    void aLibrarianProposesAnEditorPublishesAndAVisitorFindsItByProvinceOnTheListAndTheMap() throws Exception {
        fixtures.openEdition();
        String token = "k" + Long.toString(System.nanoTime(), 36);
        var library = accounts.createOrganisation("Bibliotheek Kortrijk", OrganisationType.LIBRARY);
        TestAccount librarian = accounts.createEditorOf(library.id());

        signIn(librarian);
        open("/en/agenda");
        clickAndWait(find("#propose"));
        assertThat(path()).isEqualTo("/en/agenda/activities/new");
        assertAccessible();
        assertThat(find("#organiserName").getAttribute("value")).isEqualTo(library.name());
        type("#titleNl", "Veilig online " + token);
        type("#titleEn", "Safe online " + token);
        type("#descriptionNl", "Een workshop voor ouders over privacy-instellingen op sociale media.");
        find("#type option[value='LIBRARY_ACTIVITY']").click();
        find("#audience-PARENTS").click();
        find("#language-NL").click();
        setValue("#startDate", "2027-02-09");
        setValue("#startTime", "19:00");
        setValue("#endTime", "21:00");
        type("#address", "Leiestraat 30");
        type("#postalCode", "8500");
        type("#municipality", "Kortrijk");
        type("#latitude", "50.8284");
        type("#longitude", "3.2650");
        find("#capacity").click();
        new WebDriverWait(browser, Duration.ofSeconds(5))
            .until(driver -> !driver.findElements(By.cssSelector("#pin-map .leaflet-marker-icon")).isEmpty());
        clickAndWait(find("#submit-activity"));
        assertThat(path()).matches("/en/agenda/activities/\\d+");
        assertAccessible();
        assertThat(find("#status").getText()).contains("Waiting for review");
        String activityPath = path();
        signOut();

        TestAccount editor = accounts.create(Role.EDITOR);
        signIn(editor);
        type("#code", AccountFixtures.totpCode(editor.totpSecret()));
        clickAndWait(find("main form button[type=submit]"));
        open("/en/agenda/review");
        clickAndWait(find("#review-queue a[href='" + activityPath + "']"));
        assertAccessible();
        clickAndWait(find("#approve"));
        assertThat(path()).isEqualTo("/en/agenda/review");
        assertAccessible();
        signOut();

        open("/en/agenda/activities");
        find("#filter-province option[value='BE-VWV']").click();
        type("#filter-q", token);
        clickAndWait(find("form.filters button[type=submit]"));
        assertAccessible();
        assertThat(path()).contains("province=BE-VWV");
        assertThat(browser.findElements(By.cssSelector(".activity-list a[href='" + activityPath + "']"))).hasSize(1);

        clickAndWait(find(".agenda-views a[href*='/agenda/map']"));
        assertAccessible();
        assertThat(find("#map-list li[data-lat] a[href='" + activityPath + "']").getText()).contains("Safe online " + token);
        new WebDriverWait(browser, Duration.ofSeconds(5))
            .until(driver -> !driver.findElements(By.cssSelector("#activity-map .leaflet-marker-icon")).isEmpty());

        open(activityPath);
        String ics = find("#add-to-calendar").getAttribute("href");
        HttpResponse<String> download = HttpClient.newHttpClient()
            .send(HttpRequest.newBuilder(URI.create(ics)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Type").orElse("")).startsWith("text/calendar");
        assertThat(download.body()).contains("BEGIN:VCALENDAR").contains("SUMMARY:Safe online " + token)
            .contains("DTSTART;TZID=Europe/Brussels:20270209T190000");

        open("/en/agenda/calendar?month=2027-02&q=" + token);
        assertThat(browser.findElements(By.cssSelector(".month-calendar a[href='" + activityPath + "']"))).hasSize(1);
    }

    @Test
    void clickingThePinMapFillsInTheCoordinates() {
        fixtures.openEdition();
        signIn(accounts.create(Role.MEMBER));
        open("/en/agenda/activities/new");
        new WebDriverWait(browser, Duration.ofSeconds(5))
            .until(driver -> !driver.findElements(By.cssSelector("#pin-map.leaflet-container")).isEmpty());
        assertThat(find("#latitude").getAttribute("value")).isEmpty();
        find("#pin-map").click();
        new WebDriverWait(browser, Duration.ofSeconds(5))
            .until(driver -> !driver.findElements(By.cssSelector("#pin-map .leaflet-marker-icon")).isEmpty());
        double latitude = Double.parseDouble(find("#latitude").getAttribute("value"));
        double longitude = Double.parseDouble(find("#longitude").getAttribute("value"));
        // The map opens over Belgium; its centre is about 50.6 N, 4.6 E.
        assertThat(latitude).isBetween(49.5, 51.6);
        assertThat(longitude).isBetween(2.5, 6.5);
        assertAccessible();
        signOut();
    }

    private void setValue(String css, String value) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1];", find(css), value);
    }

    private void signIn(TestAccount account) {
        open("/en/signin");
        type("#email", account.email());
        type("#password", account.password());
        clickAndWait(find("main form button[type=submit]"));
    }

    private void signOut() {
        clickAndWait(find("form[action$='/signout'] button"));
    }

}
