package org.saferinternethub.platform;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import jakarta.persistence.EntityManagerFactory;

import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.Test;
import org.saferinternethub.account.AccountFixtures;
import org.saferinternethub.account.Organisation;
import org.saferinternethub.account.Role;
import org.saferinternethub.testing.HubIntegrationTest;
import org.saferinternethub.testing.TestDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

@HubIntegrationTest
class PlatformIntegrationTests {

    @Autowired
    MockMvc mvc;

    @LocalServerPort
    int port;

    @Autowired
    AccountFixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Autowired
    InitialIndexing initialIndexing;

    @Autowired
    AuditLog auditLog;

    @Autowired
    org.springframework.context.MessageSource messages;

    @Test
    void redirectsTheRootByCookieThenBrowserLanguage() throws Exception {
        assertThat(mvc.perform(get("/").header("Accept-Language", "fr-BE,fr;q=0.9")).andReturn().getResponse()
            .getRedirectedUrl()).isEqualTo("/fr/");
        assertThat(mvc.perform(get("/").cookie(new jakarta.servlet.http.Cookie("hub_lang", "de"))
            .header("Accept-Language", "fr")).andReturn().getResponse().getRedirectedUrl()).isEqualTo("/de/");
        assertThat(mvc.perform(get("/").header("Accept-Language", "es")).andReturn().getResponse().getRedirectedUrl())
            .isEqualTo("/nl/");
    }

    @Test
    void marksEveryPageWithItsLanguageAndTheAlternates() throws Exception {
        String page = mvc.perform(get("/de/help")).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("<html lang=\"de\"")
            .contains("hreflang=\"nl\" href=\"http://localhost/nl/help\"")
            .contains("hreflang=\"fr\" href=\"http://localhost/fr/help\"")
            .contains("hreflang=\"en\" href=\"http://localhost/en/help\"")
            .contains("116 000").contains("data-quick-exit");
        assertThat(mvc.perform(get("/de/")).andReturn().getResponse().getContentAsString())
            .doesNotContain("data-quick-exit");
    }

    @Test
    void answersTheApiWithProblemJsonAndPagesWithATranslatedPage() throws Exception {
        // Through the real server: MockMvc does not forward errors to /error.
        HttpClient client = HttpClient.newHttpClient();
        HttpResponse<String> api = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/api/v1/nothing-here")).header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(api.statusCode()).isEqualTo(404);
        assertThat(api.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type)
            .startsWith("application/problem+json"));
        assertThat(api.body()).contains("\"status\":404").contains("\"instance\":\"/api/v1/nothing-here\"");

        HttpResponse<String> page = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/nl/bestaat-niet")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).contains("<html lang=\"nl\"").contains("class=\"main-nav\"");
    }

    @Test
    void aMissingDatabaseGivesAFriendlyUnavailablePage() throws Exception {
        HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:"
                + port + "/fr/test-only/database-down")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(503);
        assertThat(page.headers().firstValue("Retry-After")).contains("30");
        assertThat(page.body()).contains("<html lang=\"fr\"").contains("class=\"main-nav\"")
            .contains(messages.getMessage("platform.error.503.title", null, java.util.Locale.FRENCH));
    }

    @Test
    void findsOrganisationsWithLanguageAwareSearch() throws Exception {
        var admin = fixtures.create(Role.ADMIN);
        createOrganisation(admin, "Stadsbibliotheek Gent", "aboutNl", "Wij organiseren workshops over cyberpesten.");
        createOrganisation(admin, "École des Parents", "aboutFr", "Ateliers pour les écoles et les bibliothèques.");

        // A Dutch plural finds its singular; a French query without accents finds the accented word.
        assertThat(searchOrganisations(admin, "workshop")).contains("Stadsbibliotheek Gent");
        assertThat(searchOrganisations(admin, "ecole")).contains("École des Parents");
        assertThat(searchOrganisations(admin, "bibliotheque")).contains("École des Parents");
        assertThat(searchOrganisations(admin, "cyberpesten")).contains("Stadsbibliotheek Gent")
            .doesNotContain("École des Parents");
    }

    @Test
    void rebuildsAnEmptyIndexFromTheDatabase() throws Exception {
        var admin = fixtures.create(Role.ADMIN);
        createOrganisation(admin, "Jeugdhuis Indexvoorbeeld", "aboutNl", "Een jeugdhuis.");
        Search.mapping(entityManagerFactory).scope(Organisation.class).workspace().purge();
        Search.mapping(entityManagerFactory).scope(Organisation.class).workspace().refresh();
        assertThat(searchOrganisations(admin, "Indexvoorbeeld")).doesNotContain("Jeugdhuis Indexvoorbeeld");

        assertThat(initialIndexing.indexWhatIsMissing()).isEqualTo(1);

        assertThat(searchOrganisations(admin, "Indexvoorbeeld")).contains("Jeugdhuis Indexvoorbeeld");
    }

    @Test
    void auditLogRecordsStaffActionsAndFilters() throws Exception {
        var admin = fixtures.create(Role.ADMIN);
        createOrganisation(admin, "Audit Vereniging", "aboutNl", "Voor het auditlogboek.");
        String page = mvc.perform(get("/en/admin/audit").param("action", "organisation.create")
            .param("actor", admin.email()).with(authentication(fixtures.authentication(admin)))).andReturn()
            .getResponse().getContentAsString();
        assertThat(page).contains("organisation.create").contains(admin.email());

        String fragment = mvc.perform(get("/en/admin/audit").param("action", "no-such-action").header("HX-Request", "true")
            .with(authentication(fixtures.authentication(admin)))).andReturn().getResponse().getContentAsString();
        assertThat(fragment).doesNotContain("<html").contains("No entries match");
    }

    @Test
    void pagesThroughLongListsKeepingTheFilters() throws Exception {
        var admin = fixtures.create(Role.ADMIN);
        for (int i = 0; i < 51; i++) {
            auditLog.record("system", "test.pager", "item#" + i, AuditLog.Outcome.SUCCESS, null);
        }
        String first = mvc.perform(get("/en/admin/audit").param("action", "test.pager")
            .with(authentication(fixtures.authentication(admin)))).andReturn().getResponse().getContentAsString();
        assertThat(first).contains("href=\"/en/admin/audit?action=test.pager&amp;page=1\"").contains("Page 1 of 2");
        String second = mvc.perform(get("/en/admin/audit").param("action", "test.pager").param("page", "1")
            .with(authentication(fixtures.authentication(admin)))).andReturn().getResponse().getContentAsString();
        assertThat(second).contains("href=\"/en/admin/audit?action=test.pager&amp;page=0\"").contains("item#0")
            .doesNotContain("item#50<");
    }

    @Test
    void auditLogRefusesUpdatesAndDeletesOnPostgres() {
        assumeTrue(TestDatabase.onPostgres(), "the refusing trigger exists on PostgreSQL");
        auditLog.record("system", "test.append-only", null, AuditLog.Outcome.SUCCESS, null);
        assertThatThrownBy(() -> jdbc.update("update audit_event set actor = 'someone else'"))
            .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("delete from audit_event")).hasMessageContaining("append-only");
    }

    private void createOrganisation(AccountFixtures.TestAccount admin, String name, String aboutField, String about)
            throws Exception {
        MockHttpServletResponse response = mvc.perform(post("/en/admin/organisations/new").with(csrf())
            .with(authentication(fixtures.authentication(admin))).param("name", name).param("type", "ASSOCIATION")
            .param(aboutField, about)).andReturn().getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(302);
    }

    private List<String> searchOrganisations(AccountFixtures.TestAccount admin, String query) throws Exception {
        String page = mvc.perform(get("/en/admin/organisations").param("q", query)
            .with(authentication(fixtures.authentication(admin)))).andReturn().getResponse().getContentAsString();
        return java.util.regex.Pattern.compile("<a href=\"/en/admin/organisations/\\d+\">([^<]+)</a>").matcher(page)
            .results().map(match -> org.springframework.web.util.HtmlUtils.htmlUnescape(match.group(1))).toList();
    }

}
