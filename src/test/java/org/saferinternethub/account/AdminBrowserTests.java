package org.saferinternethub.account;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.saferinternethub.account.AccountFixtures.TestAccount;
import org.saferinternethub.testing.BrowserTest;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

class AdminBrowserTests extends BrowserTest {

    @Autowired
    AccountFixtures fixtures;

    @Test
    void adminSetsUpTwoFactorAtFirstSignIn() {
        TestAccount admin = fixtures.createWithoutSecondFactor(Role.ADMIN);
        signInWithPassword(admin);

        assertThat(path()).isEqualTo("/en/signin/enrol");
        assertThat(find("img.qr").getAttribute("src")).startsWith("data:image/png;base64,");
        assertAccessible();
        String secret = find("#totp-secret").getText().replace(" ", "");
        type("#code", AccountFixtures.totpCode(secret));
        clickAndWait(find("main form button[type=submit]"));

        assertThat(path()).isEqualTo("/en/account/recovery-codes");
        assertThat(browser.findElements(By.cssSelector("#recovery-codes li"))).hasSize(TwoFactor.RECOVERY_CODES);
        assertAccessible();
        clickAndWait(find("main a.button"));
        assertThat(path()).isEqualTo("/en/account");
    }

    @Test
    void adminSignsInWithCodeCreatesAnOrganisationNamesAnEditorAndSeesItInTheAuditLog() {
        TestAccount admin = fixtures.create(Role.ADMIN);
        TestAccount teacher = fixtures.create(Role.MEMBER);
        signInWithPassword(admin);
        assertThat(path()).isEqualTo("/en/signin/code");
        assertAccessible();
        type("#code", AccountFixtures.totpCode(admin.totpSecret()));
        clickAndWait(find("main form button[type=submit]"));
        assertThat(path()).isEqualTo("/en/account");

        open("/en/admin/organisations/new");
        clickAndWait(find("main form.stacked button[type=submit]"));
        // Nothing filled in: each missing field says so.
        assertThat(find("#name-error").getText()).isNotBlank();
        assertAccessible();

        String name = "Bibliotheek Test " + System.nanoTime();
        type("#name", name);
        find("#type option[value='LIBRARY']").click();
        find("#region option[value='BE-VLG']").click();
        find("#language-NL").click();
        type("#aboutNl", "Openbare bibliotheek met workshops voor ouders.");
        clickAndWait(find("main form.stacked button[type=submit]"));
        assertThat(find(".notice").getText()).isNotBlank();
        assertThat(find("h1").getText()).isEqualTo(name);
        String organisationPath = path();
        assertAccessible();

        type("#editor-email", teacher.email());
        clickAndWait(find("#editor-email").findElement(By.xpath("ancestor::form//button")));
        assertThat(find("#editors").getText()).contains("Test MEMBER");

        open("/en/admin/audit?action=organisation.editor.add");
        List<WebElement> rows = browser.findElements(By.cssSelector("#audit-results tbody tr"));
        assertThat(rows).isNotEmpty();
        String organisationId = organisationPath.substring(organisationPath.lastIndexOf('/') + 1);
        assertThat(rows.get(0).getText()).contains(admin.email()).contains("organisation#" + organisationId)
            .contains("account#" + teacher.id());

        open("/en/admin/users?q=" + teacher.email());
        assertThat(find("#user-results").getText()).contains(teacher.email());
    }

    private void signInWithPassword(TestAccount account) {
        open("/en/signin");
        type("#email", account.email());
        type("#password", account.password());
        clickAndWait(find("main form button[type=submit]"));
    }

}
