package org.saferinternethub.toolbox;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.saferinternethub.account.AccountFixtures;
import org.saferinternethub.account.OrganisationType;
import org.saferinternethub.account.Role;
import org.saferinternethub.shared.Language;
import org.saferinternethub.testing.HubIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A renamed organisation shows, and is found, under its new name on its resources and in the organisation facet;
 * partners it lists keep theirs.
 */
@HubIntegrationTest
class ProviderNamesIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountFixtures accounts;

    @Autowired
    ResourceFixtures resources;

    @Autowired
    Toolbox toolbox;

    @Test
    void resourcesFollowTheirOrganisationsNewName() throws Exception {
        String token = Long.toString(System.nanoTime(), 36);
        var created = accounts.createOrganisation("Mediawijs Oudnaam" + token, OrganisationType.ASSOCIATION);
        long organisation = created.id();
        long own = resources.resource(organisation).provider(created.name()).text(Language.EN, "Own guide " + token, "A guide.").published();
        long listed = resources.resource(organisation).provider("Partner " + token)
            .text(Language.EN, "Listed guide " + token, "Another guide.").published();
        assertThat(facetLabel(organisation)).as("a new organisation is named at its first search")
            .isEqualTo(created.name());

        mvc.perform(post("/en/admin/organisations/" + organisation).with(csrf())
                .with(authentication(accounts.authentication(accounts.create(Role.ADMIN))))
                .param("name", "Mediawijs Nieuwnaam" + token).param("type", "ASSOCIATION"))
            .andExpect(status().is3xxRedirection());

        String renamedTo = "Mediawijs Nieuwnaam" + token;
        for (int i = 0; i < 300 && !providerOf(own).equals(renamedTo); i++) {
            Thread.sleep(50);
        }
        assertThat(providerOf(own)).isEqualTo(renamedTo);
        assertThat(providerOf(listed)).isEqualTo("Partner " + token);
        assertThat(search("nieuwnaam" + token)).containsExactly(own);
        assertThat(search("oudnaam" + token)).isEmpty();
        for (int i = 0; i < 300 && !renamedTo.equals(facetLabel(organisation)); i++) {
            Thread.sleep(50);
        }
        assertThat(facetLabel(organisation)).isEqualTo(renamedTo);
    }

    private @Nullable String facetLabel(long organisation) {
        ResourceQuery query = new ResourceQuery("", Map.of(Facet.ORGANISATION, Set.of(Long.toString(organisation))),
                ResourceQuery.Sort.NEWEST, 0, Language.EN);
        return toolbox.search(query).facets().get(Facet.ORGANISATION).stream()
            .filter(value -> value.value().equals(Long.toString(organisation)))
            .findFirst().orElseThrow().label();
    }

    private String providerOf(long id) {
        return toolbox.published(id, Language.EN).orElseThrow().providerName();
    }

    private List<Long> search(String text) {
        return toolbox.search(new ResourceQuery(text, Map.of(), ResourceQuery.Sort.RELEVANCE, 0, Language.EN)).hits()
            .stream().map(ResourcePage.Hit::id).toList();
    }

}
