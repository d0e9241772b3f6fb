package org.saferinternethub.toolbox;

import org.junit.jupiter.api.Test;
import org.saferinternethub.account.AccountFixtures;
import org.saferinternethub.account.OrganisationType;
import org.saferinternethub.shared.Language;
import org.saferinternethub.testing.HubIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The open-data API answers the page's search as JSON, to any origin, and never shows unpublished resources. */
@HubIntegrationTest
class ResourceApiIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ResourceFixtures resources;

    @Autowired
    AccountFixtures accounts;

    @Test
    void searchesWithTheSameParametersAsThePageAndCountsFacets() throws Exception {
        long organisation = accounts.createOrganisation("Api provider", OrganisationType.ASSOCIATION).id();
        long published = resources.resource(organisation).text(Language.FR, "Capybaracode en classe", "Un jeu capybaracode.")
            .kind(Kind.GAME).audiences(Audience.TEACHERS).published();
        long submitted = resources.resource(organisation).text(Language.FR, "Capybaracode en attente", "Pas encore.")
            .kind(Kind.GAME).submitted();

        mvc.perform(get("/api/v1/resources").param("q", "capybaracode").param("kind", "GAME").param("lang", "fr")
                .header("Origin", "https://data.example.org"))
            .andExpect(status().isOk())
            .andExpect(header().string("Access-Control-Allow-Origin", "*"))
            .andExpect(jsonPath("$.total").value(1))
            .andExpect(jsonPath("$.hits[0].id").value(published))
            .andExpect(jsonPath("$.hits[0].url").value("/fr/toolbox/resources/" + published))
            .andExpect(jsonPath("$.facets.audience[0].value").value("TEACHERS"))
            .andExpect(jsonPath("$.facets.audience[0].count").value(1))
            .andExpect(jsonPath("$.hits[*].id", not(hasItem((int) submitted))));

        mvc.perform(get("/api/v1/resources/" + published).param("lang", "fr"))
            .andExpect(status().isOk()).andExpect(jsonPath("$.title.value").value("Capybaracode en classe"));
        mvc.perform(get("/api/v1/resources/" + submitted)).andExpect(status().isNotFound())
            .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        mvc.perform(get("/api/v1/resources").param("lang", "xx")).andExpect(status().isBadRequest())
            .andExpect(content().string(containsString("lang")));
    }

    @Test
    void theSitemapListsPublishedResourcesInEveryLanguageAndNothingElse() throws Exception {
        long organisation = accounts.createOrganisation("Sitemap provider", OrganisationType.ASSOCIATION).id();
        long published = resources.resource(organisation).text(Language.NL, "Sitemapsleutel", "Gepubliceerd.").published();
        long draft = resources.resource(organisation).text(Language.NL, "Sitemapkladje", "Nog niet.").draft();

        mvc.perform(get("/sitemaps/toolbox.xml"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("/nl/toolbox/resources/" + published + "</loc>")))
            .andExpect(content().string(containsString("/fr/toolbox/resources/" + published + "</loc>")))
            .andExpect(content().string(containsString("hreflang=\"de\"")))
            .andExpect(content().string(not(containsString("/toolbox/resources/" + draft + "<"))))
            .andExpect(content().string(containsString("/en/toolbox/themes/cyberbullying</loc>")));
    }


    @Test
    void theAtomFeedOfALanguageListsNewlyPublishedResourcesOnly() throws Exception {
        long organisation = accounts.createOrganisation("Feed provider", OrganisationType.ASSOCIATION).id();
        long published = resources.resource(organisation).text(Language.DE, "Feedfuchs im Unterricht", "Neu.").published();
        resources.resource(organisation).text(Language.DE, "Feedfuchs in Prüfung", "Noch nicht.").submitted();
        resources.resource(organisation).text(Language.NL, "Feedvos in de klas", "Nieuw.").published();

        mvc.perform(get("/feeds/toolbox/de.atom"))
            .andExpect(status().isOk())
            .andExpect(content().contentTypeCompatibleWith("application/atom+xml"))
            .andExpect(content().string(containsString("Feedfuchs im Unterricht")))
            .andExpect(content().string(containsString("/de/toolbox/resources/" + published)))
            .andExpect(content().string(not(containsString("Feedfuchs in Prüfung"))))
            .andExpect(content().string(not(containsString("Feedvos"))));
        mvc.perform(get("/feeds/toolbox/xx.atom")).andExpect(status().isNotFound());
    }

}
