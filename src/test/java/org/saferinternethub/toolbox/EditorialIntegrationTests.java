package org.saferinternethub.toolbox;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.saferinternethub.account.AccountFixtures;
import org.saferinternethub.account.AccountFixtures.TestAccount;
import org.saferinternethub.account.Notifications;
import org.saferinternethub.account.OrganisationType;
import org.saferinternethub.account.Role;
import org.saferinternethub.platform.Outbox;
import org.saferinternethub.shared.Language;
import org.saferinternethub.testing.HubIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The editorial workflow over HTTP: an organisation's editor writes and submits, a centre editor reviews, the
 * submitter hears of it; nobody reaches another organisation's resources; attachments are checked.
 */
@HubIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EditorialIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountFixtures accounts;

    @Autowired
    Toolbox toolbox;

    @Autowired
    Editorial editorial;

    @Autowired
    Notifications notifications;

    @Autowired
    Outbox outbox;

    TestAccount partner;
    TestAccount otherPartner;
    TestAccount editor;
    TestAccount member;

    @BeforeAll
    void people() {
        long library = accounts.createOrganisation("Workflow library", OrganisationType.LIBRARY).id();
        long school = accounts.createOrganisation("Workflow school", OrganisationType.SCHOOL).id();
        partner = accounts.createEditorOf(library);
        otherPartner = accounts.createEditorOf(school);
        editor = accounts.create(Role.EDITOR);
        member = accounts.create(Role.MEMBER);
    }

    private <B extends AbstractMockHttpServletRequestBuilder<B>> B as(TestAccount account, B request) {
        return request.with(authentication(accounts.authentication(account))).with(csrf());
    }

    private long create(String title) throws Exception {
        String location = mvc.perform(as(partner, post("/en/toolbox/manage/new"))
                .param("titleEn", title).param("summaryEn", "A summary of " + title)
                .param("bodyEn", "**Bold** text <script>alert(1)</script> and [a link](javascript:alert(1)).")
                .param("kind", "LESSON_PLAN").param("themes", "cyberbullying").param("audiences", "TEACHERS")
                .param("ageMin", "12").param("ageMax", "14").param("cost", "FREE").param("region", "BE-VLG")
                .param("links", "https://example.org/lesson"))
            .andExpect(status().is3xxRedirection())
            .andReturn().getResponse().getRedirectedUrl();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    private boolean found(String word) {
        return toolbox.search(new ResourceQuery(word, java.util.Map.of(), ResourceQuery.Sort.RELEVANCE, 0, Language.EN))
            .total() > 0;
    }

    @Test
    void aSubmittedResourceIsPublishedByAnEditorAndTheSubmitterIsTold() throws Exception {
        long id = create("Platypusplan for classes");
        mvc.perform(as(partner, post("/en/toolbox/manage/" + id + "/submit"))).andExpect(status().is3xxRedirection());
        assertThat(found("platypusplan")).as("submitted but not published").isFalse();
        mvc.perform(get("/en/toolbox/resources/" + id)).andExpect(status().isNotFound());
        mvc.perform(as(editor, get("/en/toolbox/review")))
            .andExpect(status().isOk())
            .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                .string(org.hamcrest.Matchers.containsString("Platypusplan for classes")));
        long unreadBefore = notifications.unread(partner.id());

        mvc.perform(as(editor, post("/en/toolbox/review/" + id + "/approve"))).andExpect(status().is3xxRedirection());

        assertThat(found("platypusplan")).isTrue();
        String page = mvc.perform(get("/en/toolbox/resources/" + id)).andExpect(status().isOk())
            .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("<strong>Bold</strong>").doesNotContain("<script>alert").doesNotContain("javascript:");
        assertThat(page).contains("\"@type\":\"LearningResource\"").contains("\"name\":\"Platypusplan for classes\"")
            .contains("<meta property=\"og:title\" content=\"Platypusplan for classes\">")
            .contains("<meta property=\"og:url\" content=\"http://localhost/en/toolbox/resources/" + id + "\">");
        assertThat(notifications.unread(partner.id())).isEqualTo(unreadBefore + 1);
        assertThat(outbox.latestTo(partner.email())).hasValueSatisfying(
                mail -> assertThat(mail.body()).contains("Platypusplan for classes").contains("/toolbox/resources/" + id));
        assertThat(editorial.history(id)).extracting(Revision::getAction).containsExactly("published", "submit", "create");
    }

    @Test
    void anEditorCanAskForChangesWithACommentThatTheSubmitterReads() throws Exception {
        long id = create("Echidnaexercise");
        mvc.perform(as(partner, post("/en/toolbox/manage/" + id + "/submit")));

        mvc.perform(as(editor, post("/en/toolbox/review/" + id + "/decide")).param("decision", "changes"))
            .andExpect(flash().attribute("problem", "toolbox.review.comment.required"));
        mvc.perform(as(editor, post("/en/toolbox/review/" + id + "/decide")).param("decision", "changes")
            .param("comment", "Please add the age range to the title."))
            .andExpect(flash().attribute("notice", "toolbox.review.changes-requested"));

        assertThat(found("echidnaexercise")).isFalse();
        assertThat(outbox.latestTo(partner.email())).hasValueSatisfying(
                mail -> assertThat(mail.body()).contains("Please add the age range to the title."));
        String form = mvc.perform(as(partner, get("/en/toolbox/manage/" + id))).andExpect(status().isOk())
            .andReturn().getResponse().getContentAsString();
        assertThat(form).contains("Please add the age range to the title.");
        // The organisation can edit again and resubmit.
        mvc.perform(as(partner, post("/en/toolbox/manage/" + id)).param("titleEn", "Echidnaexercise 12-14")
            .param("summaryEn", "Now with ages.").param("kind", "GAME").param("cost", "FREE"))
            .andExpect(status().is3xxRedirection());
        mvc.perform(as(partner, post("/en/toolbox/manage/" + id + "/submit"))).andExpect(status().is3xxRedirection());
        assertThat(editorial.history(id).get(1).getChangedFields()).contains("title", "summary", "kind");
        assertThat(editorial.history(id).get(1).getChanges())
            .extracting(Revision.Change::getField, Revision.Change::getLanguage, Revision.Change::getOldValue,
                    Revision.Change::getNewValue)
            .contains(org.assertj.core.groups.Tuple.tuple("title", "en", "Echidnaexercise", "Echidnaexercise 12-14"),
                    org.assertj.core.groups.Tuple.tuple("kind", null, "LESSON_PLAN", "GAME"),
                    org.assertj.core.groups.Tuple.tuple("ages", null, "12–14", null));
        String history = mvc.perform(as(editor, get("/en/toolbox/review/" + id))).andExpect(status().isOk())
            .andReturn().getResponse().getContentAsString();
        assertThat(history).contains("was: Echidnaexercise · now: Echidnaexercise 12-14").contains("was: LESSON_PLAN · now: GAME");
    }

    @Test
    void anOrganisationEditorCannotReachAnotherOrganisationsResource() throws Exception {
        long id = create("Kiwikit private draft");

        mvc.perform(as(otherPartner, get("/en/toolbox/manage/" + id))).andExpect(status().isNotFound());
        mvc.perform(as(otherPartner, post("/en/toolbox/manage/" + id)).param("titleEn", "Taken over")
            .param("summaryEn", "Taken over").param("kind", "GAME").param("cost", "FREE"))
            .andExpect(status().isNotFound());
        mvc.perform(as(otherPartner, post("/en/toolbox/manage/" + id + "/submit"))).andExpect(status().isNotFound());
        mvc.perform(as(otherPartner, get("/en/toolbox/manage"))).andExpect(status().isOk())
            .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                .string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("Kiwikit"))));
        mvc.perform(as(otherPartner, get("/en/toolbox/review"))).andExpect(status().isForbidden());
        mvc.perform(as(otherPartner, post("/en/toolbox/review/" + id + "/approve"))).andExpect(status().isForbidden());
        mvc.perform(as(member, get("/en/toolbox/manage"))).andExpect(status().isForbidden());
        mvc.perform(get("/en/toolbox/manage")).andExpect(status().is3xxRedirection());
        assertThat(editorial.history(id)).extracting(Revision::getAction).containsExactly("create");
    }

    @Test
    void aFormWithMistakesIsShownAgainWithWhatWasTyped() throws Exception {
        String page = mvc.perform(as(partner, post("/en/toolbox/manage/new")).param("titleFr", "Titre gardé")
                .param("kind", "GAME").param("cost", "FREE").param("ageMin", "15").param("ageMax", "12")
                .param("links", "javascript:alert(1)"))
            .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("value=\"Titre gard&eacute;\"").contains("Give a summary in each language that has a title.")
            .contains("The oldest age must not be below the youngest.").contains("Each link must be a web address");
    }

    @Test
    void attachmentsMustBeWhatTheyClaimAndSmallEnough() throws Exception {
        long id = create("Wallabywords with files");
        byte[] executable = ("MZ" + "\u0090\u0000".repeat(100)).getBytes(StandardCharsets.ISO_8859_1);
        byte[] html = "<!DOCTYPE html><html><body><script>alert(1)</script></body></html>".getBytes(StandardCharsets.UTF_8);
        byte[] pdf = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        byte[] large = Arrays.copyOf(pdf, 6 * 1024 * 1024);

        for (byte[] bad : List.of(executable, html)) {
            mvc.perform(as(partner, multipart("/en/toolbox/manage/" + id + "/attachments")
                    .file(new MockMultipartFile("file", "lesson.pdf", "application/pdf", bad))))
                .andExpect(flash().attribute("problem", "platform.upload.wrong-type"));
        }
        mvc.perform(as(partner, multipart("/en/toolbox/manage/" + id + "/attachments")
                .file(new MockMultipartFile("file", "big.pdf", "application/pdf", large))))
            .andExpect(flash().attribute("problem", "platform.upload.too-large"));
        mvc.perform(as(partner, multipart("/en/toolbox/manage/" + id + "/attachments")
                .file(new MockMultipartFile("file", "lesson.pdf", "application/pdf", pdf))))
            .andExpect(flash().attribute("notice", "toolbox.manage.attached"));

        mvc.perform(as(partner, post("/en/toolbox/manage/" + id + "/submit")));
        mvc.perform(as(editor, post("/en/toolbox/review/" + id + "/approve")));
        Toolbox.ResourceDetails details = toolbox.published(id, Language.EN).orElseThrow();
        assertThat(details.attachments()).hasSize(1);
        mvc.perform(get("/en/toolbox/resources/" + id + "/files/" + details.attachments().get(0).id()))
            .andExpect(status().isOk())
            .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment")))
            .andExpect(header().string("X-Content-Type-Options", "nosniff"));
    }

}
