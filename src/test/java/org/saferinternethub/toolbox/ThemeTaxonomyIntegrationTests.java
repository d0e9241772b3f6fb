package org.saferinternethub.toolbox;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.saferinternethub.account.AccountFixtures;
import org.saferinternethub.account.AccountFixtures.TestAccount;
import org.saferinternethub.account.OrganisationType;
import org.saferinternethub.account.Role;
import org.saferinternethub.shared.Language;
import org.saferinternethub.shared.LocalizedText;
import org.saferinternethub.testing.HubIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Editors manage the theme taxonomy; a theme's names, in any language, find the resources filed under it.
 */
@HubIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ThemeTaxonomyIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountFixtures accounts;

    @Autowired
    ResourceFixtures resources;

    @Autowired
    Toolbox toolbox;

    @Autowired
    Themes themes;

    @Autowired
    JdbcTemplate jdbc;

    TestAccount editor;
    TestAccount partner;
    long organisation;

    @BeforeAll
    void people() {
        organisation = accounts.createOrganisation("Taxonomy school", OrganisationType.SCHOOL).id();
        editor = accounts.create(Role.EDITOR);
        partner = accounts.createEditorOf(organisation);
    }

    private <B extends AbstractMockHttpServletRequestBuilder<B>> B as(TestAccount account, B request) {
        return request.with(authentication(accounts.authentication(account))).with(csrf());
    }

    @Test
    void anEditorAddsRenamesAndRemovesAThemeAndEveryStepIsAudited() throws Exception {
        String slug = "deepfakes-" + System.nanoTime();
        mvc.perform(as(editor, post("/en/toolbox/review/themes")).param("slug", slug).param("nameNl", "Deepfakes")
                .param("nameFr", "Hypertrucages").param("nameDe", "Deepfakes").param("nameEn", "Deepfakes"))
            .andExpect(redirectedUrl("/en/toolbox/review/themes"))
            .andExpect(flash().attribute("notice", "toolbox.themes.added"));
        Theme theme = themes.findBySlug(slug).orElseThrow();
        assertThat(theme.getPosition()).isEqualTo(themes.lastPosition());

        mvc.perform(as(editor, get("/fr/toolbox/review/themes")))
            .andExpect(status().isOk()).andExpect(content().string(containsString("Hypertrucages")));
        assertThat(toolbox.themeNames(Language.FR)).containsEntry(slug, "Hypertrucages");

        mvc.perform(as(editor, post("/en/toolbox/review/themes/" + theme.getId())).param("slug", slug)
                .param("nameNl", "Deepfakes en AI").param("nameFr", "Hypertrucages et IA").param("nameDe", "Deepfakes und KI")
                .param("nameEn", "Deepfakes and AI"))
            .andExpect(redirectedUrl("/en/toolbox/review/themes"));
        assertThat(themes.findBySlug(slug).orElseThrow().name(Language.DE)).isEqualTo("Deepfakes und KI");
        assertThat(toolbox.themeNames(Language.FR)).as("the names searches use, kept in memory")
            .containsEntry(slug, "Hypertrucages et IA");

        long resource = resources.resource(organisation).text(Language.EN, "Fake faces " + slug, "Spot a fake.")
            .themes(slug).published();
        mvc.perform(as(editor, post("/en/toolbox/review/themes/" + theme.getId() + "/delete")))
            .andExpect(flash().attribute("problem", "toolbox.themes.in-use"));
        assertThat(themes.existsBySlug(slug)).isTrue();

        jdbc.update("delete from toolbox_resource_theme where resource_id = ?", resource);
        mvc.perform(as(editor, post("/en/toolbox/review/themes/" + theme.getId() + "/delete")))
            .andExpect(flash().attribute("notice", "toolbox.themes.deleted"));
        assertThat(themes.existsBySlug(slug)).isFalse();
        assertThat(toolbox.themeNames(Language.FR)).doesNotContainKey(slug);

        for (String action : new String[] { "toolbox.theme.create", "toolbox.theme.rename", "toolbox.theme.delete" }) {
            assertThat(jdbc.queryForObject("select count(*) from audit_event where action = ? and target = ?",
                    Integer.class, action, "theme:" + slug)).as(action).isPositive();
        }
    }

    @Test
    void aWrongFormKeepsWhatWasTypedAndSaysWhatIsWrong() throws Exception {
        mvc.perform(as(editor, post("/en/toolbox/review/themes")).param("slug", "Not A Slug")
                .param("nameNl", "Iets nieuws").param("nameFr", "").param("nameDe", "Etwas Neues").param("nameEn", "Something"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("value=\"Iets nieuws\"")))
            .andExpect(content().string(containsString("value=\"Not A Slug\"")))
            .andExpect(content().string(containsString("aria-invalid=\"true\"")));
        assertThat(themes.existsBySlug("Not A Slug")).isFalse();

        mvc.perform(as(editor, post("/nl/toolbox/review/themes")).param("slug", "cyberbullying")
                .param("nameNl", "Pesten").param("nameFr", "Harcèlement").param("nameDe", "Mobbing").param("nameEn", "Bullying"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("al gebruikt")));
        assertThat(themes.findBySlug("cyberbullying").orElseThrow().name(Language.NL)).isEqualTo("Cyberpesten");
    }

    @Test
    void themesMoveUpAndDown() throws Exception {
        Theme second = themes.findAllByOrderByPositionAsc().get(1);
        String slug = second.getSlug();
        mvc.perform(as(editor, post("/en/toolbox/review/themes/" + second.getId() + "/move")).param("direction", "-1"))
            .andExpect(status().is3xxRedirection());
        assertThat(themes.findAllByOrderByPositionAsc().get(0).getSlug()).isEqualTo(slug);
        mvc.perform(as(editor, post("/en/toolbox/review/themes/" + second.getId() + "/move")).param("direction", "1"))
            .andExpect(status().is3xxRedirection());
        assertThat(themes.findAllByOrderByPositionAsc().get(1).getSlug()).isEqualTo(slug);
    }

    @Test
    void onlyTheCentreEditorsManageThemes() throws Exception {
        mvc.perform(as(partner, get("/en/toolbox/review/themes"))).andExpect(status().isForbidden());
        mvc.perform(as(partner, post("/en/toolbox/review/themes")).param("slug", "partner-theme")
                .param("nameNl", "a").param("nameFr", "a").param("nameDe", "a").param("nameEn", "a"))
            .andExpect(status().isForbidden());
        mvc.perform(get("/en/toolbox/review/themes")).andExpect(status().is3xxRedirection());
        assertThat(themes.existsBySlug("partner-theme")).isFalse();
    }

    @Test
    void aThemesNameInAnyLanguageFindsTheResourcesFiledUnderIt() throws Exception {
        String token = Long.toString(System.nanoTime(), 36);
        String slug = "birds-" + token;
        themes.save(new Theme(slug, LocalizedText.of(Map.of(Language.NL, "Vogelspotten" + token,
                Language.FR, "Ornithologie" + token, Language.DE, "Vogelbeobachtung" + token, Language.EN, "Birdwatching" + token)),
                themes.lastPosition() + 1));
        long filed = resources.resource(organisation).text(Language.NL, "Samen sterk in de klas " + token,
                "Een lessenreeks over groepsdynamiek.").themes(slug).published();
        long other = resources.resource(organisation).text(Language.NL, "Wachtwoorden kiezen " + token,
                "Sterke wachtwoorden maken.").themes("privacy").published();

        assertThat(hits("vogelspotten" + token, Language.NL)).containsExactly(filed);
        assertThat(hits("ornithologie" + token, Language.FR)).containsExactly(filed);
        assertThat(hits("Birdwatching" + token, Language.DE)).containsExactly(filed);
        assertThat(hits("klas " + token, Language.NL)).contains(filed, other);
        mvc.perform(get("/nl/toolbox").param("q", "vogelspotten" + token))
            .andExpect(status().isOk()).andExpect(content().string(containsString("Samen sterk in de klas " + token)))
            .andExpect(content().string(not(containsString("Wachtwoorden kiezen " + token))));

        assertThat(toolbox.themesNamedBy("online")).isEmpty();
        assertThat(toolbox.themesNamedBy("pesten")).containsExactly("cyberbullying");
        assertThat(toolbox.themesNamedBy("cyberharcèlement")).containsExactly("cyberbullying");
        assertThat(toolbox.themesNamedBy("persoonsgegevens")).containsExactly("privacy");
    }

    private List<Long> hits(String text, Language language) {
        return toolbox.search(new ResourceQuery(text, Map.of(), ResourceQuery.Sort.RELEVANCE, 0, language))
            .hits().stream().map(ResourcePage.Hit::id).toList();
    }

}
