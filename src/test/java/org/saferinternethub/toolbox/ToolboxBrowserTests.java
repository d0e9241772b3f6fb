package org.saferinternethub.toolbox;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.saferinternethub.account.AccountFixtures;
import org.saferinternethub.account.AccountFixtures.TestAccount;
import org.saferinternethub.account.OrganisationType;
import org.saferinternethub.account.Role;
import org.saferinternethub.shared.Language;
import org.saferinternethub.testing.BrowserTest;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The toolbox in a real browser, checked with axe-core on every page: a teacher finds a lesson and reads it in
 * French; a partner submits a resource and an editor publishes it.
 */
class ToolboxBrowserTests extends BrowserTest {

    @Autowired
    ResourceFixtures resources;

    @Autowired
    AccountFixtures accounts;

    private void waitUntil(java.util.function.Supplier<Boolean> condition) {
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(driver -> condition.get());
    }

    @Test
    void aTeacherSearchesNarrowsDownOpensAResourceAndSwitchesToFrench() {
        long organisation = accounts.createOrganisation("Browser school", OrganisationType.SCHOOL).id();
        long lesson = resources.resource(organisation)
            .text(Language.NL, "Cyberpesten: een les voor het middelbaar", "Een lesvoorbereiding over cyberpesten in de klas.")
            .text(Language.FR, "Cyberharcèlement : une leçon pour le secondaire", "Une fiche pédagogique sur le cyberharcèlement (cyberpesten).")
            .kind(Kind.LESSON_PLAN).themes("cyberbullying").audiences(Audience.TEACHERS).ages(12, 14).published();
        resources.resource(organisation)
            .text(Language.NL, "Cyberpesten: gids voor ouders", "Wat ouders kunnen doen tegen cyberpesten.")
            .themes("cyberbullying").audiences(Audience.PARENTS).ages(12, 18).published();
        resources.resource(organisation)
            .text(Language.NL, "Cyberpesten bij oudere jongeren", "Een les over cyberpesten voor 16-plussers.")
            .themes("cyberbullying").audiences(Audience.TEACHERS).ages(16, 18).published();

        open("/nl/toolbox");
        type("#q", "cyberpesten");
        clickAndWait(find(".toolbox-query button[type=submit]"));
        assertThat(browser.getCurrentUrl()).contains("q=cyberpesten");
        // Other test classes share the index: look for this test's resources by title, not at the total.
        assertThat(find(".toolbox-list").getText()).contains("Cyberpesten: een les voor het middelbaar",
                "Cyberpesten: gids voor ouders", "Cyberpesten bij oudere jongeren");
        assertAccessible();

        find("input[name=audience][value=TEACHERS]").click();
        waitUntil(() -> browser.getCurrentUrl().contains("audience=TEACHERS")
                && !find(".toolbox-list").getText().contains("gids voor ouders"));
        find("input[name=age][value='12-14']").click();
        waitUntil(() -> browser.getCurrentUrl().contains("age=12-14")
                && !find(".toolbox-list").getText().contains("oudere jongeren"));
        assertThat(find(".toolbox-list").getText()).contains("Cyberpesten: een les voor het middelbaar");
        assertThat(find("input[name=audience][value=TEACHERS]").isSelected()).isTrue();
        assertAccessible();

        clickAndWait(browser.findElement(By.linkText("Cyberpesten: een les voor het middelbaar")));
        assertThat(path()).isEqualTo("/nl/toolbox/resources/" + lesson);
        assertAccessible();

        clickAndWait(find(".language-switcher a[hreflang=fr]"));
        assertThat(path()).isEqualTo("/fr/toolbox/resources/" + lesson);
        assertThat(find("h1").getText()).isEqualTo("Cyberharcèlement : une leçon pour le secondaire");
        assertAccessible();
    }

    @Test
    void aPartnerSubmitsAResourceAndAnEditorPublishesIt() {
        long organisation = accounts.createOrganisation("Browser library", OrganisationType.LIBRARY).id();
        TestAccount partner = accounts.createEditorOf(organisation);
        TestAccount editor = accounts.create(Role.EDITOR);

        signIn(partner);
        open("/en/toolbox/manage/new");
        type("#titleEn", "Dingodata: privacy escape room");
        type("#summaryEn", "An escape room about personal data for the library.");
        type("#bodyEn", "Players solve **five puzzles** about privacy settings.");
        find("input[name=themes][value=privacy]").click();
        find("input[name=audiences][value=LIBRARIANS]").click();
        clickAndWait(find("#save"));
        assertThat(path()).matches("/en/toolbox/manage/\\d+");
        assertAccessible();
        String id = path().substring(path().lastIndexOf('/') + 1);
        clickAndWait(find("#submit-for-review"));
        assertThat(find(".notice").getText()).contains("Submitted");
        assertAccessible();

        browser.manage().deleteAllCookies();
        signIn(editor);
        type("#code", AccountFixtures.totpCode(editor.totpSecret()));
        clickAndWait(find("main form button[type=submit]"));
        open("/en/toolbox/review");
        clickAndWait(browser.findElement(By.linkText("Dingodata: privacy escape room")));
        assertAccessible();
        clickAndWait(find("#approve"));
        assertThat(find(".notice").getText()).contains("Published");

        open("/en/toolbox/resources/" + id);
        assertThat(find("h1").getText()).isEqualTo("Dingodata: privacy escape room");
        assertThat(find(".toolbox-text strong").getText()).isEqualTo("five puzzles");
    }

    private void signIn(TestAccount account) {
        open("/en/signin");
        type("#email", account.email());
        type("#password", account.password());
        clickAndWait(find("main form button[type=submit]"));
    }

}
