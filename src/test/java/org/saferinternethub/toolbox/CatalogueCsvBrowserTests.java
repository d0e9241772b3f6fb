package org.saferinternethub.toolbox;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.saferinternethub.account.AccountFixtures;
import org.saferinternethub.account.AccountFixtures.TestAccount;
import org.saferinternethub.account.OrganisationType;
import org.saferinternethub.account.Role;
import org.saferinternethub.testing.BrowserTest;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** An editor imports a CSV file: the import page, a preview with problems and a clean preview pass axe. */
class CatalogueCsvBrowserTests extends BrowserTest {

    @Autowired
    AccountFixtures accounts;

    @Test
    void anEditorPreviewsABrokenFileThenImportsACorrectedOne() throws Exception {
        long organisation = accounts.createOrganisation("Browser csv partner", OrganisationType.ASSOCIATION).id();
        TestAccount editor = accounts.create(Role.EDITOR);
        open("/en/signin");
        type("#email", editor.email());
        type("#password", editor.password());
        clickAndWait(find("main form button[type=submit]"));
        type("#code", AccountFixtures.totpCode(editor.totpSecret()));
        clickAndWait(find("main form button[type=submit]"));

        open("/en/toolbox/review");
        clickAndWait(browser.findElement(By.linkText("CSV import and export of the catalogue")));
        assertAccessible();

        String row = ",en,Bilby board game,A board game about screen time,,GAME,screen-time,CHILDREN,8,%s,,"
                + organisation + ",,ON_SITE,FREE,,,,DRAFT\n";
        upload(CatalogueCsvIntegrationTests.HEADER + "bilby-browser" + row.formatted("6"));
        assertThat(find(".error-summary").getText()).contains("The file has one problem");
        assertThat(find("main table").getText()).contains("The youngest age (8) is above the oldest (6).");
        assertAccessible();

        open("/en/toolbox/review/catalogue");
        upload(CatalogueCsvIntegrationTests.HEADER + "bilby-browser" + row.formatted("11"));
        assertThat(find("main").getText()).contains("New resources: 1. Changed: 0. Unchanged: 0.");
        assertAccessible();
        clickAndWait(find("main form button[type=submit]"));
        assertThat(find(".notice").getText()).contains("Import done: 1 new, 0 changed, 0 unchanged.");
        assertAccessible();
    }

    private void upload(String csv) throws Exception {
        Path file = Files.createTempFile("catalogue", ".csv");
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        find("#file").sendKeys(file.toAbsolutePath().toString());
        clickAndWait(find("form[enctype] button[type=submit]"));
        Files.deleteIfExists(file);
    }

}
