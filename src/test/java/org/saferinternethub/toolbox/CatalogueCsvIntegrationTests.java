package org.saferinternethub.toolbox;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.saferinternethub.account.AccountFixtures;
import org.saferinternethub.account.AccountFixtures.TestAccount;
import org.saferinternethub.account.OrganisationType;
import org.saferinternethub.account.Role;
import org.saferinternethub.shared.Language;
import org.saferinternethub.testing.HubIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * CSV import and export of the catalogue: broken rows are shown and nothing is written, a valid file creates
 * searchable resources, importing twice or importing the export changes nothing, only editors get in, and
 * anything but CSV text is refused.
 */
@HubIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CatalogueCsvIntegrationTests {

    static final String HEADER = "external_id,language,title,summary,body,kind,themes,audiences,age_min,age_max,"
            + "languages,organisation,provider,formats,cost,price,region,links,status\n";

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountFixtures accounts;

    @Autowired
    Resources resources;

    @Autowired
    Revisions revisions;

    @Autowired
    Toolbox toolbox;

    TestAccount editor;
    TestAccount partner;
    long organisation;
    String organisationName;

    @BeforeAll
    void people() {
        var partnerOrganisation = accounts.createOrganisation("Csv partner", OrganisationType.ASSOCIATION);
        organisation = partnerOrganisation.id();
        organisationName = partnerOrganisation.name();
        editor = accounts.create(Role.EDITOR);
        partner = accounts.createEditorOf(organisation);
    }

    private <B extends AbstractMockHttpServletRequestBuilder<B>> B as(TestAccount account, B request) {
        return request.with(authentication(accounts.authentication(account))).with(csrf());
    }

    private static String token() {
        return "csv" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    /** Uploads a file and answers the preview page, or the import page when the file itself is refused. */
    private String upload(MockHttpSession session, String fileName, byte[] bytes) throws Exception {
        var result = mvc.perform(as(editor, multipart("/en/toolbox/review/catalogue/import")
                .file(new MockMultipartFile("file", fileName, "text/csv", bytes))).session(session))
            .andReturn().getResponse();
        if (result.getStatus() != 302) {
            assertThat(result.getStatus()).isEqualTo(200);
            return result.getContentAsString();
        }
        return mvc.perform(as(editor, get(result.getRedirectedUrl())).session(session)).andExpect(status().isOk())
            .andReturn().getResponse().getContentAsString();
    }

    private String confirm(MockHttpSession session) throws Exception {
        var pending = (CatalogueCsvController.PendingImport) session.getAttribute("toolboxPendingImport");
        assertThat(pending).isNotNull();
        var response = mvc.perform(as(editor, post("/en/toolbox/review/catalogue/import/" + pending.token())).session(session))
            .andReturn().getResponse();
        if (response.getStatus() == 302) {
            return mvc.perform(as(editor, get(response.getRedirectedUrl())).session(session))
                .andReturn().getResponse().getContentAsString();
        }
        return response.getContentAsString();
    }

    private String validFile(String id, String word) {
        return HEADER
                + id + ",en,The " + word + " lesson,\"A lesson, with a comma\",\"**Step one**\nStep two\",LESSON_PLAN,"
                + "cyberbullying|privacy,TEACHERS|TEENAGERS,12,18,nl|en," + organisation + ",,DOWNLOADABLE,FREE,,BE-VLG,"
                + "https://example.org/" + word + ",PUBLISHED\n"
                + id + ",nl,De " + word + "-les,=SUM(1) is geen formule,,LESSON_PLAN,cyberbullying|privacy,TEACHERS|TEENAGERS,12,18,"
                + "nl|en," + organisation + ",,DOWNLOADABLE,FREE,,BE-VLG,https://example.org/" + word + ",PUBLISHED\n";
    }

    private boolean found(String word) {
        return toolbox.search(new ResourceQuery(word, Map.of(), ResourceQuery.Sort.RELEVANCE, 0, Language.EN)).total() > 0;
    }

    @Test
    void brokenRowsAreShownWithTheirErrorsAndNothingIsWritten() throws Exception {
        String id = token();
        String csv = HEADER
                + id + "-a,en,Fine title,Fine summary,,GUIDE,no-such-theme,,14,12,," + organisation + ",,,,,,,\n"
                + id + "-b,xx,Title,Summary,,GUIDE,,,,,," + organisation + ",,,,,,,\n"
                + id + "-c,en,,Summary without title,,GUIDE,,,,,,Nobody in particular " + id + ",,,,,,,\n"
                + id + "-d,en,Twice,Once,,GUIDE,,,,,," + organisation + ",,,,,,,\n"
                + id + "-d,en,Twice,Again,,GUIDE,,,,,," + organisation + ",,,,,,,\n"
                + id + "-e,en,Good one,Good,,GUIDE,,,,,," + organisation + ",,,,,,,\n";
        long before = resources.count();
        MockHttpSession session = new MockHttpSession();

        String preview = upload(session, "broken.csv", csv.getBytes(StandardCharsets.UTF_8));

        assertThat(preview).contains("The file has 6 problems, so nothing can be imported.")
            .contains("Unknown theme no-such-theme.")
            .contains("The youngest age (14) is above the oldest (12).")
            .contains("Unknown language xx: use nl, fr, de or en.")
            .contains("This value is required.")
            .contains("Unknown organisation Nobody in particular " + id + ".")
            .contains("This resource already has a row in this language (row 5).")
            .contains("<td>3</td>").contains("<code>language</code>")
            .doesNotContain(">Import</button>");
        assertThat(confirm(session)).contains("Nothing was imported");
        assertThat(resources.count()).isEqualTo(before);
        assertThat(resources.findByExternalId(id + "-e")).isEmpty();
    }

    @Test
    void aValidFileCreatesResourcesThatSearchFinds() throws Exception {
        String id = token();
        String word = "quokka" + id.substring(3, 9);
        MockHttpSession session = new MockHttpSession();

        String preview = upload(session, "catalogue.csv", validFile(id, word).getBytes(StandardCharsets.UTF_8));
        assertThat(preview).contains("New resources: 1. Changed: 0. Unchanged: 0.").contains(">Import</button>");
        assertThat(found(word)).as("nothing written before confirming").isFalse();

        assertThat(confirm(session)).contains("Import done: 1 new, 0 changed, 0 unchanged.");

        var resource = resources.findByExternalId(id).orElseThrow();
        assertThat(resource.getStatus()).isEqualTo(Status.PUBLISHED);
        assertThat(resource.getTitle().get(Language.NL)).hasValue("De " + word + "-les");
        assertThat(resource.getSummary().get(Language.EN)).hasValue("A lesson, with a comma");
        assertThat(resource.getBody().get(Language.EN)).hasValue("**Step one**\nStep two");
        assertThat(resource.getThemes()).containsExactlyInAnyOrder("cyberbullying", "privacy");
        assertThat(resource.getProviderName()).isEqualTo(organisationName);
        assertThat(found(word)).isTrue();
        assertThat(revisions.findByResourceIdOrderByCreatedAtDesc(resource.getId())).extracting(Revision::getAction)
            .containsExactly("import-create");
    }

    @Test
    void importingTheSameFileTwiceChangesNothingTheSecondTime() throws Exception {
        String id = token();
        byte[] file = validFile(id, "wombat" + id.substring(3, 9)).getBytes(StandardCharsets.UTF_8);
        MockHttpSession session = new MockHttpSession();
        upload(session, "first.csv", file);
        confirm(session);
        long resourceId = resources.findByExternalId(id).orElseThrow().getId();
        long count = resources.count();

        String preview = upload(session, "second.csv", file);
        assertThat(preview).contains("New resources: 0. Changed: 0. Unchanged: 1.");
        assertThat(confirm(session)).contains("Import done: 0 new, 0 changed, 1 unchanged.");

        assertThat(resources.count()).isEqualTo(count);
        assertThat(revisions.findByResourceIdOrderByCreatedAtDesc(resourceId)).hasSize(1);
    }

    @Test
    void theExportImportsBackUnchangedAndAChangedRowKeepsTheOldValue() throws Exception {
        String id = token();
        String word = "numbat" + id.substring(3, 9);
        MockHttpSession session = new MockHttpSession();
        upload(session, "seed.csv", validFile(id, word).getBytes(StandardCharsets.UTF_8));
        confirm(session);

        var response = mvc.perform(as(editor, get("/en/toolbox/review/catalogue/export")))
            .andExpect(status().isOk())
            .andExpect(header().string("Content-Type", org.hamcrest.Matchers.startsWith("text/csv")))
            .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString("attachment")))
            .andReturn().getResponse();
        byte[] export = response.getContentAsByteArray();
        String text = new String(export, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFexternal_id,language,title").contains(id + ",en,The " + word + " lesson")
            .contains(id + ",nl,De " + word + "-les,'=SUM(1) is geen formule,");
        long count = resources.count();

        String preview = upload(session, "export.csv", export);
        assertThat(preview).contains("New resources: 0. Changed: 0. Unchanged: " + count + ".")
            .doesNotContain("problems, so nothing");

        String changed = text.replace("The " + word + " lesson", "The renamed " + word + " lesson");
        assertThat(upload(session, "changed.csv", changed.getBytes(StandardCharsets.UTF_8)))
            .contains("New resources: 0. Changed: 1. Unchanged: " + (count - 1) + ".");
        confirm(session);
        var resource = resources.findByExternalId(id).orElseThrow();
        Revision revision = revisions.findByResourceIdOrderByCreatedAtDesc(resource.getId()).get(0);
        assertThat(revision.getAction()).isEqualTo("import-edit");
        assertThat(revision.getAccountId()).isEqualTo(editor.id());
        assertThat(revision.getChanges()).extracting(Revision.Change::getField, Revision.Change::getOldValue,
                Revision.Change::getNewValue)
            .containsExactly(org.assertj.core.groups.Tuple.tuple("title", "The " + word + " lesson",
                    "The renamed " + word + " lesson"));
    }

    @Test
    void organisationEditorsAndVisitorsAreRefused() throws Exception {
        mvc.perform(as(partner, get("/en/toolbox/review/catalogue"))).andExpect(status().isForbidden());
        mvc.perform(as(partner, get("/en/toolbox/review/catalogue/export"))).andExpect(status().isForbidden());
        mvc.perform(as(partner, multipart("/en/toolbox/review/catalogue/import")
                .file(new MockMultipartFile("file", "x.csv", "text/csv", validFile(token(), "x").getBytes(StandardCharsets.UTF_8)))))
            .andExpect(status().isForbidden());
        mvc.perform(get("/en/toolbox/review/catalogue/export")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/en/toolbox/review/catalogue")).andExpect(status().is3xxRedirection());
        mvc.perform(as(editor, get("/en/toolbox/review/catalogue"))).andExpect(status().isOk());
    }

    @Test
    void aFileThatIsNotCsvTextIsRefusedWithAMessage() throws Exception {
        byte[] png = java.util.Base64.getDecoder().decode(
                "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");
        byte[] executable = new byte[512];
        executable[0] = 'M';
        executable[1] = 'Z';
        executable[60] = (byte) 0x80;
        for (byte[] bytes : List.of(png, executable)) {
            long before = resources.count();
            String page = upload(new MockHttpSession(), "catalogue.csv", bytes);
            assertThat(page).contains("This is not a CSV file").contains("aria-invalid=\"true\"");
            assertThat(resources.count()).isEqualTo(before);
        }
        assertThat(upload(new MockHttpSession(), "latin1.csv", (HEADER + "x,en,Caf\u00e9,\u00e9t\u00e9,,GUIDE,,,,,,1,,,,,,,\n")
            .getBytes(StandardCharsets.ISO_8859_1))).contains("This is not a CSV file");
        assertThat(upload(new MockHttpSession(), "columns.csv", "title,summary\nA,B\n".getBytes(StandardCharsets.UTF_8)))
            .contains("The header row lacks the columns external_id, language");
    }

}
