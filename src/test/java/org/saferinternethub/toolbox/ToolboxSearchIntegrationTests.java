package org.saferinternethub.toolbox;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.saferinternethub.account.AccountFixtures;
import org.saferinternethub.account.OrganisationType;
import org.saferinternethub.shared.Language;
import org.saferinternethub.testing.HubIntegrationTest;
import org.saferinternethub.toolbox.search.ResourceSearch;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The toolbox search: language analysis, typo tolerance, facet counts, paging, and that nothing unpublished is
 * ever found. Each test searches for words only its own resources contain (the application context, and so
 * the index, is shared between test classes).
 */
@HubIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ToolboxSearchIntegrationTests {

    @Autowired
    Toolbox toolbox;

    @Autowired
    ResourceFixtures resources;

    @Autowired
    AccountFixtures accounts;

    @Autowired
    MockMvc mvc;

    @Autowired
    ResourceSearch search;

    long organisation;
    long otherOrganisation;

    @BeforeAll
    void organisations() {
        organisation = accounts.createOrganisation("Searchers", OrganisationType.ASSOCIATION).id();
        otherOrganisation = accounts.createOrganisation("Other searchers", OrganisationType.LIBRARY).id();
    }

    private ResourcePage search(String text, Language language, Map<Facet, Set<String>> filters) {
        return toolbox.search(new ResourceQuery(text, filters, ResourceQuery.Sort.RELEVANCE, 0, language));
    }

    private static Set<Long> ids(ResourcePage page) {
        return page.hits().stream().map(ResourcePage.Hit::id).collect(Collectors.toSet());
    }

    private static Map<String, Long> counts(ResourcePage page, Facet facet) {
        return page.facets().get(facet).stream()
            .collect(Collectors.toMap(ResourcePage.FacetValue::value, ResourcePage.FacetValue::count));
    }

    @Test
    void aDutchPluralFindsTheSingular() {
        long id = resources.resource(organisation)
            .text(Language.NL, "Het slimme wachtwoord", "Een les over een sterk wachtwoord voor elke klas.").published();

        assertThat(ids(search("wachtwoorden", Language.NL, Map.of()))).contains(id);
    }

    @Test
    void aFrenchQueryWithoutAccentsFindsTheAccentedWord() {
        long id = resources.resource(organisation)
            .text(Language.FR, "Sécurité numérique à l'école", "Un atelier sur la sécurité des élèves en ligne.").published();

        assertThat(ids(search("securite eleves", Language.FR, Map.of()))).contains(id);
    }

    @Test
    void aTypoStillFindsTheWord() {
        long id = resources.resource(organisation)
            .text(Language.NL, "Cyberpesten in de klas", "Hoe herken je cyberpesten bij leerlingen.").published();

        assertThat(ids(search("cyberpestn", Language.NL, Map.of()))).contains(id);
        assertThat(ids(search("cybrepesten", Language.NL, Map.of()))).contains(id);
    }

    @Test
    void anotherLanguageIsTheFallbackWhenTheVisitorsHasNoText() {
        long id = resources.resource(organisation)
            .text(Language.DE, "Medienkompetenz im Jugendtreff", "Ein Fortbildungstag für Jugendarbeiter.").published();

        ResourcePage page = search("Jugendtreff", Language.EN, Map.of());

        assertThat(ids(page)).contains(id);
        ResourcePage.Hit hit = page.hits().stream().filter(h -> h.id() == id).findFirst().orElseThrow();
        assertThat(hit.title().fallback()).isTrue();
        assertThat(hit.title().language()).isEqualTo(Language.DE);
    }

    @Test
    void matchesAreMarkedInTheSummary() {
        resources.resource(organisation)
            .text(Language.EN, "Fact or fiction", "Spotting zebrafakes and other misinformation in feeds.").published();

        ResourcePage page = search("zebrafakes", Language.EN, Map.of());

        assertThat(page.hits()).hasSize(1);
        assertThat(page.hits().get(0).summaryParts()).contains(new ResourcePage.Part("zebrafakes", true));
    }

    @Test
    void facetCountsApplyTheOtherFiltersButNotTheirOwn() {
        String word = "quokkaquiz";
        resources.resource(organisation).text(Language.EN, word + " one", "For teachers, young teens.")
            .audiences(Audience.TEACHERS).ages(12, 14).kind(Kind.GAME).published();
        resources.resource(organisation).text(Language.EN, word + " two", "For teachers, older teens.")
            .audiences(Audience.TEACHERS).ages(15, 18).kind(Kind.LESSON_PLAN).published();
        resources.resource(otherOrganisation).text(Language.EN, word + " three", "For parents, young teens.")
            .audiences(Audience.PARENTS).ages(12, 14).kind(Kind.GAME).published();

        ResourcePage teachers = search(word, Language.EN, Map.of(Facet.AUDIENCE, Set.of("TEACHERS")));
        assertThat(teachers.total()).isEqualTo(2);
        // Its own facet keeps every choice visible, counted without its own filter ...
        assertThat(counts(teachers, Facet.AUDIENCE)).containsEntry("TEACHERS", 2L).containsEntry("PARENTS", 1L);
        // ... and the others count within the teachers.
        assertThat(counts(teachers, Facet.AGE)).containsEntry("12-14", 1L).containsEntry("15-18", 1L);
        assertThat(counts(teachers, Facet.KIND)).containsEntry("GAME", 1L).containsEntry("LESSON_PLAN", 1L);
        assertThat(counts(teachers, Facet.ORGANISATION)).containsOnlyKeys(Long.toString(organisation));

        ResourcePage teachersAndYoung = search(word, Language.EN,
                Map.of(Facet.AUDIENCE, Set.of("TEACHERS"), Facet.AGE, Set.of("12-14")));
        assertThat(teachersAndYoung.total()).isEqualTo(1);
        assertThat(counts(teachersAndYoung, Facet.AUDIENCE)).containsEntry("TEACHERS", 1L).containsEntry("PARENTS", 1L);
        assertThat(counts(teachersAndYoung, Facet.AGE)).containsEntry("12-14", 1L).containsEntry("15-18", 1L);
        assertThat(counts(teachersAndYoung, Facet.KIND)).containsOnly(Map.entry("GAME", 1L));
        assertThat(teachersAndYoung.withoutFilter()).containsEntry(Facet.AGE, 2L).containsEntry(Facet.AUDIENCE, 2L);

        ResourcePage eitherAudience = search(word, Language.EN, Map.of(Facet.AUDIENCE, Set.of("TEACHERS", "PARENTS")));
        assertThat(eitherAudience.total()).isEqualTo(3);
    }

    @Test
    void pagesHoldTwentyHitsEach() {
        for (int i = 0; i < 25; i++) {
            resources.resource(organisation).text(Language.EN, "Wombatwise lesson " + i, "Wombatwise practice.").published();
        }

        ResourcePage first = toolbox.search(new ResourceQuery("wombatwise", Map.of(), ResourceQuery.Sort.TITLE, 0, Language.EN));
        ResourcePage second = toolbox.search(first.query().withPage(1));

        assertThat(first.total()).isEqualTo(25);
        assertThat(first.hits()).hasSize(20);
        assertThat(second.hits()).hasSize(5);
        assertThat(first.pages()).isEqualTo(2);
        assertThat(ids(first)).doesNotContainAnyElementsOf(ids(second));
    }

    @Test
    void unpublishedResourcesAreNeverFound() throws Exception {
        long submitted = resources.resource(organisation).text(Language.EN, "Narwhalnotes submitted", "Not yet.").submitted();
        long draft = resources.resource(organisation).text(Language.EN, "Narwhalnotes draft", "Not yet.").draft();
        long published = resources.resource(organisation).text(Language.EN, "Narwhalnotes published", "Yes.").published();

        assertThat(ids(search("narwhalnotes", Language.EN, Map.of()))).containsExactly(published);
        assertThat(toolbox.search(ResourceQuery.all(Language.EN)).facets().get(Facet.ORGANISATION)).isNotEmpty();

        mvc.perform(get("/en/toolbox/resources/" + submitted)).andExpect(status().isNotFound());
        mvc.perform(get("/en/toolbox/resources/" + draft)).andExpect(status().isNotFound());
        mvc.perform(get("/en/toolbox/resources/" + published)).andExpect(status().isOk());
        mvc.perform(get("/en/toolbox").param("q", "narwhalnotes"))
            .andExpect(content().string(org.hamcrest.Matchers.containsString("Narwhalnotes published")))
            .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("Narwhalnotes submitted"))));
    }

    @Test
    void theSearchPageKeepsItsStateInTheAddressAndAnswersHtmxWithTheResultsOnly() throws Exception {
        resources.resource(organisation).text(Language.NL, "Ottertoets voor ouders", "Een ottertoets.")
            .audiences(Audience.PARENTS).published();

        String page = mvc.perform(get("/nl/toolbox").param("q", "ottertoets").param("audience", "PARENTS"))
            .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Ottertoets voor ouders").contains("value=\"ottertoets\"")
            .containsPattern("name=\"audience\"\\s+value=\"PARENTS\"\\s+checked");

        String fragment = mvc.perform(get("/nl/toolbox").param("q", "ottertoets").header("HX-Request", "true"))
            .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(fragment).contains("Ottertoets voor ouders").doesNotContain("<html");
    }

    @Test
    void anEmptyResultSuggestsWhichFilterToRemove() throws Exception {
        resources.resource(organisation).text(Language.EN, "Lemurlogic for parents", "Lemurlogic.")
            .audiences(Audience.PARENTS).published();

        String page = mvc.perform(get("/en/toolbox").param("q", "lemurlogic").param("audience", "TEACHERS"))
            .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("No results").contains("removing the filter &quot;For whom&quot; (1 result)")
            .contains("/en/toolbox?q=lemurlogic\"");
    }

    @Test
    void themeOrganisationAndNewPagesListPublishedResources() throws Exception {
        resources.resource(organisation).text(Language.EN, "Gecko gaming guide", "Gecko.").themes("gaming").published();

        for (String path : List.of("/en/toolbox/themes/gaming", "/en/toolbox/organisations/" + organisation,
                "/en/toolbox/new")) {
            mvc.perform(get(path)).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Gecko gaming guide")));
        }
        mvc.perform(get("/en/toolbox/themes")).andExpect(status().isOk());
        mvc.perform(get("/en/toolbox/themes/no-such-theme")).andExpect(status().isNotFound());
    }


    @Test
    void aWordTheCatalogueContainsIsNotAlsoReadAsATypo() {
        long known = resources.resource(organisation).text(Language.EN, "Quarkolade workshop", "Quarkolade.").published();
        long neighbour = resources.resource(organisation).text(Language.EN, "Quirkolade workshop", "Quirkolade.").published();

        assertThat(ids(search("quarkolade", Language.EN, Map.of()))).containsExactly(known);
        assertThat(ids(search("quorkolade", Language.EN, Map.of()))).containsExactlyInAnyOrder(known, neighbour);
    }

    @Test
    void theOnePassLuceneSearchGivesThePageTheHibernateSearchDslGives() {
        String word = "pangolinpath";
        resources.resource(organisation).text(Language.EN, word + " for teachers", "Young teens " + word + ".")
            .audiences(Audience.TEACHERS).ages(12, 14).kind(Kind.GAME).themes("cyberbullying").published();
        resources.resource(organisation).text(Language.NL, word + " in de klas", "Oudere tieners.")
            .text(Language.FR, word + " en classe", "Adolescents.")
            .audiences(Audience.TEACHERS, Audience.EDUCATORS).ages(15, 18).kind(Kind.LESSON_PLAN)
            .themes("cyberbullying", "privacy").published();
        resources.resource(otherOrganisation).text(Language.DE, word + " für Eltern", "Junge Teenager.")
            .audiences(Audience.PARENTS).ages(12, 14).kind(Kind.GAME).cost(Cost.PAID).region("BE-DE").published();
        resources.resource(otherOrganisation).text(Language.EN, word + " draft", "Not yet.").audiences(Audience.PARENTS).draft();
        for (int i = 0; i < ResourceQuery.PAGE_SIZE + 2; i++) {
            // more than a page, with scores that differ and scores that tie, so that ranking and its ties decide the pages
            resources.resource(i % 2 == 0 ? organisation : otherOrganisation)
                .text(Language.EN, "Tip " + i + (i % 3 == 0 ? " " + word : ""), (word + " ").repeat(1 + i % 4) + "in class.")
                .audiences(Audience.TEACHERS).published();
        }

        List<ResourceQuery> queries = List.of(
                new ResourceQuery(word, Map.of(), ResourceQuery.Sort.RELEVANCE, 0, Language.EN),
                new ResourceQuery(word, Map.of(), ResourceQuery.Sort.RELEVANCE, 1, Language.EN),
                new ResourceQuery(word, Map.of(Facet.AUDIENCE, Set.of("TEACHERS")), ResourceQuery.Sort.RELEVANCE, 0, Language.NL),
                new ResourceQuery(word + " klas", Map.of(Facet.AUDIENCE, Set.of("TEACHERS")), ResourceQuery.Sort.TITLE, 0, Language.NL),
                new ResourceQuery("pangolinpaht", Map.of(Facet.THEME, Set.of("cyberbullying"), Facet.AGE, Set.of("12-14")),
                        ResourceQuery.Sort.NEWEST, 0, Language.FR),
                new ResourceQuery(word, Map.of(Facet.AUDIENCE, Set.of("TEACHERS", "PARENTS"), Facet.KIND, Set.of("GAME"),
                        Facet.COST, Set.of("FREE")), ResourceQuery.Sort.RELEVANCE, 0, Language.DE),
                new ResourceQuery("", Map.of(Facet.ORGANISATION, Set.of(Long.toString(otherOrganisation)),
                        Facet.KIND, Set.of("GAME")), ResourceQuery.Sort.NEWEST, 0, Language.EN),
                ResourceQuery.all(Language.FR));
        for (ResourceQuery query : queries) {
            ResourcePage fast = search.search(query, Set.of());
            ResourcePage dsl = search.searchWithDsl(query, Set.of());
            assertThat(fast.total()).as(query.params().toString()).isEqualTo(dsl.total()).isPositive();
            assertThat(fast.facets()).as(query.params().toString()).isEqualTo(dsl.facets());
            assertThat(fast.withoutFilter()).as(query.params().toString()).isEqualTo(dsl.withoutFilter());
            assertThat(fast.hits()).as(query.params().toString()).isEqualTo(dsl.hits());
        }
    }

}
