package org.saferinternethub.agenda;

import java.io.StringReader;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.saferinternethub.account.AccountFixtures;
import org.saferinternethub.account.AccountFixtures.TestAccount;
import org.saferinternethub.account.Notifications;
import org.saferinternethub.account.OrganisationType;
import org.saferinternethub.account.Role;
import org.saferinternethub.platform.ContentSecurityPolicy;
import org.saferinternethub.shared.Language;
import org.saferinternethub.testing.HubIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@HubIntegrationTest
class AgendaIntegrationTests {

    private static final Pattern ACTIVITY_LINK = Pattern.compile("/en/agenda/activities/(\\d+)\"");
    private static final Pattern ICS_UID = Pattern.compile("UID:agenda-activity-(\\d+)@");

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountFixtures accounts;

    @Autowired
    ActivityFixtures fixtures;

    @Autowired
    Activities activities;

    @Autowired
    Editions editions;

    @Autowired
    Notifications notifications;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    JsonMapper json;

    @BeforeEach
    void openEdition() {
        fixtures.openEdition();
    }

    @Test
    void aProposedActivityIsPublicOnlyOnceAnEditorPublishesIt() throws Exception {
        String token = token();
        TestAccount member = accounts.create(Role.MEMBER);
        MvcResult proposed = mvc.perform(proposal(token, "9000", "Gent").with(authentication(accounts.authentication(member))))
            .andExpect(status().is3xxRedirection()).andReturn();
        long id = Long.parseLong(proposed.getResponse().getRedirectedUrl().replaceAll(".*/", ""));
        Activity activity = activities.findById(id).orElseThrow();
        assertThat(activity.getStatus()).isEqualTo(ActivityStatus.SUBMITTED);
        assertThat(activity.getProvince()).isEqualTo("BE-VOV");
        assertThat(activity.getRegion()).isEqualTo("BE-VLG");
        assertThat(activity.getSubmittedBy()).isEqualTo(member.id());

        assertFoundNowhere(token, id);
        mvc.perform(get("/en/agenda/activities/" + id).with(authentication(accounts.authentication(member))))
            .andExpect(status().isOk());
        mvc.perform(get("/en/agenda/activities/" + id).with(authentication(accounts.authentication(accounts.create(Role.MEMBER)))))
            .andExpect(status().isNotFound());

        TestAccount editor = accounts.create(Role.EDITOR);
        mvc.perform(post("/en/agenda/review/" + id).param("decision", "APPROVE").with(csrf())
            .with(authentication(accounts.authentication(editor)))).andExpect(status().is3xxRedirection());

        assertThat(activities.findById(id).orElseThrow().getStatus()).isEqualTo(ActivityStatus.PUBLISHED);
        assertThat(idsInList("q=" + token)).containsExactly(id);
        assertThat(idsInApi("q=" + token)).containsExactly(id);
        assertThat(idsInIcs("q=" + token)).containsExactly(id);
        assertThat(mvc.perform(get("/feeds/agenda/activities.atom")).andReturn().getResponse().getContentAsString())
            .contains("Workshop " + token);
        assertThat(notifications.unread(member.id())).isPositive();
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'agenda.activity.approve' and target = ?",
                Long.class, "agenda-activity#" + id)).isEqualTo(1);
    }

    @Test
    void onlyEditorsDecideAndOthersNeitherSeeNorManageAnUnpublishedActivity() throws Exception {
        String token = token();
        TestAccount member = accounts.create(Role.MEMBER);
        Activity activity = fixtures.activity("Quiz " + token).by(member.id()).submitted();
        TestAccount stranger = accounts.create(Role.ORG_EDITOR);
        mvc.perform(post("/en/agenda/review/" + activity.getId()).param("decision", "APPROVE").with(csrf())
            .with(authentication(accounts.authentication(stranger)))).andExpect(status().isForbidden());
        mvc.perform(get("/en/agenda/activities/" + activity.getId() + "/edit")
            .with(authentication(accounts.authentication(stranger)))).andExpect(status().isNotFound());
        mvc.perform(post("/en/agenda/activities/" + activity.getId() + "/cancel").with(csrf())
            .with(authentication(accounts.authentication(stranger)))).andExpect(status().isNotFound());
        mvc.perform(get("/en/agenda/activities/new")).andExpect(status().is3xxRedirection());
        assertThat(activities.findById(activity.getId()).orElseThrow().getStatus()).isEqualTo(ActivityStatus.SUBMITTED);
    }

    @Test
    void anActivityThatWasNeverPublishedCannotBeCancelledIntoPublicView() throws Exception {
        String token = token();
        TestAccount organiser = accounts.create(Role.MEMBER);
        Activity activity = fixtures.activity("Draft " + token).by(organiser.id()).submitted();
        mvc.perform(post("/en/agenda/activities/" + activity.getId() + "/cancel").with(csrf())
            .with(authentication(accounts.authentication(organiser)))).andExpect(status().isConflict());
        assertFoundNowhere(token, activity.getId());
    }

    @Test
    void submittedRejectedAndSentBackActivitiesAppearNowhere() throws Exception {
        String token = token();
        Activity submitted = fixtures.activity("Hidden " + token).submitted();
        Activity rejected = fixtures.activity("Hidden " + token).rejected();
        Activity sentBack = fixtures.activity("Hidden " + token).withChangesRequested();
        for (Activity activity : List.of(submitted, rejected, sentBack)) {
            assertFoundNowhere(token, activity.getId());
        }
    }

    @Test
    void youngPeopleDoNotListPublicActivities() throws Exception {
        mvc.perform(get("/en/agenda/activities/new").with(authentication(accounts.authentication(accounts.create(Role.YOUTH)))))
            .andExpect(status().isForbidden());
        mvc.perform(proposal(token(), "1000", "Brussel").with(authentication(accounts.authentication(accounts.create(Role.YOUTH)))))
            .andExpect(status().isForbidden());
    }

    @Test
    void anOrganisersChangeToAPublishedActivityGoesBackToReview() throws Exception {
        String token = token();
        TestAccount organiser = accounts.create(Role.MEMBER);
        Activity activity = fixtures.activity("Original " + token).by(organiser.id()).published();
        mvc.perform(form(post("/en/agenda/activities/" + activity.getId() + "/edit"), token, "1000", "Brussel")
            .with(authentication(accounts.authentication(organiser)))).andExpect(status().is3xxRedirection());
        Activity changed = activities.findById(activity.getId()).orElseThrow();
        assertThat(changed.getStatus()).isEqualTo(ActivityStatus.SUBMITTED);
        assertThat(changed.getProvince()).isEqualTo("BE-BRU");
        assertFoundNowhere(token, activity.getId());
    }

    @Test
    void aCancelledActivityStaysListedAsCancelled() throws Exception {
        String token = token();
        TestAccount organiser = accounts.create(Role.MEMBER);
        Activity activity = fixtures.activity("Cinema " + token).by(organiser.id()).published();
        mvc.perform(post("/en/agenda/activities/" + activity.getId() + "/cancel").with(csrf())
            .with(authentication(accounts.authentication(organiser)))).andExpect(status().is3xxRedirection());

        assertThat(idsInList("q=" + token)).containsExactly(activity.getId());
        assertThat(page("/en/agenda/activities/" + activity.getId())).contains("id=\"cancelled\"");
        assertThat(ics("/feeds/agenda/activities/" + activity.getId() + ".ics")).contains("STATUS:CANCELLED");
        assertThat(api("q=" + token).get("items").get(0).get("status").asText()).isEqualTo("CANCELLED");
    }

    @Test
    void anOrganisationEditorProposesForTheOrganisationAndItsOtherEditorsManageIt() throws Exception {
        var library = accounts.createOrganisation("Bibliotheek", OrganisationType.LIBRARY);
        TestAccount librarian = accounts.createEditorOf(library.id());
        TestAccount colleague = accounts.createEditorOf(library.id());
        assertThat(page("/en/agenda/activities/new", librarian)).contains("value=\"" + library.name() + "\"");

        String token = token();
        MvcResult proposed = mvc.perform(proposal(token, "8500", "Kortrijk").with(authentication(accounts.authentication(librarian))))
            .andExpect(status().is3xxRedirection()).andReturn();
        long id = Long.parseLong(proposed.getResponse().getRedirectedUrl().replaceAll(".*/", ""));
        assertThat(activities.findById(id).orElseThrow().getOrganisationId()).isEqualTo(library.id());
        assertThat(page("/en/agenda/mine", colleague)).contains("/en/agenda/activities/" + id);
        mvc.perform(get("/en/agenda/activities/" + id + "/edit").with(authentication(accounts.authentication(colleague))))
            .andExpect(status().isOk());
    }

    @Test
    void aWrongPostalCodeKeepsWhatWasTypedAndSavesNothing() throws Exception {
        String token = token();
        long before = activities.count();
        String body = mvc.perform(proposal(token, "0999", "Nowhere").with(authentication(accounts.authentication(accounts.create(Role.MEMBER)))))
            .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(body).contains("This is not a Belgian postal code.").contains("Workshop " + token);
        assertThat(activities.count()).isEqualTo(before);
    }

    @Test
    void theListTheMapTheCalendarTheFeedAndTheApiAgreeOnEveryFilter() throws Exception {
        String token = token();
        long ghent = fixtures.activity("Alpha " + token).in("9000", "Gent").audiences(Audience.PARENTS)
            .languages(Language.NL).published().getId();
        long eupen = fixtures.activity("Beta " + token).in("4700", "Eupen").type(ActivityType.INFO_SESSION)
            .audiences(Audience.TEACHERS).languages(Language.DE).paid().published().getId();
        long liege = fixtures.activity("Gamma " + token).in("4000", "Liège").type(ActivityType.EXHIBITION)
            .languages(Language.FR).at(LocalDate.of(2027, 2, 10).atTime(9, 0), LocalDate.of(2027, 2, 12).atTime(17, 0))
            .published().getId();
        long online = fixtures.activity("Delta " + token).online().type(ActivityType.WEBINAR)
            .languages(Language.EN, Language.FR).audiences(Audience.EDUCATORS).published().getId();

        record Case(String query, Set<Long> expected) {
        }
        List<Case> cases = List.of(
                new Case("", Set.of(ghent, eupen, liege, online)),
                new Case("province=BE-WLG", Set.of(eupen, liege)),
                new Case("region=BE-DG", Set.of(eupen)),
                new Case("region=BE-WAL", Set.of(eupen, liege)),
                new Case("region=BE-VLG", Set.of(ghent)),
                new Case("type=WEBINAR", Set.of(online)),
                new Case("audience=TEACHERS", Set.of(eupen)),
                new Case("language=FR", Set.of(liege, online)),
                new Case("mode=online", Set.of(online)),
                new Case("mode=onsite", Set.of(ghent, eupen, liege)),
                new Case("free=true", Set.of(ghent, liege, online)),
                new Case("from=2027-02-11&to=2027-02-11", Set.of(liege)),
                new Case("to=2027-02-09", Set.of(ghent, eupen, online)),
                new Case("province=BE-WLG&free=true", Set.of(liege)));
        for (Case test : cases) {
            String query = "q=" + token + (test.query().isEmpty() ? "" : "&" + test.query());
            assertThat(idsInList(query)).as("list " + query).isEqualTo(new TreeSet<>(test.expected()));
            assertThat(idsInApi(query)).as("api " + query).isEqualTo(new TreeSet<>(test.expected()));
            assertThat(idsInIcs(query)).as("ics " + query).isEqualTo(new TreeSet<>(test.expected()));
            assertThat(idsOn("/en/agenda/map?" + query)).as("map " + query).isEqualTo(new TreeSet<>(test.expected()));
            assertThat(idsOn("/en/agenda/calendar?month=2027-02&" + query)).as("calendar " + query)
                .isEqualTo(new TreeSet<>(test.expected()));
        }
    }

    @Test
    void theApiNamesAFilterItCannotRead() throws Exception {
        MvcResult result = mvc.perform(get("/api/v1/activities?type=PICNIC")).andExpect(status().isBadRequest()).andReturn();
        assertThat(result.getResponse().getContentType()).startsWith("application/problem+json");
        assertThat(json.readTree(result.getResponse().getContentAsString()).get("errors").get(0).get("field").asText())
            .isEqualTo("type");
    }

    @Test
    void theICalendarParsesBackAndKeepsBrusselsTimeAcrossTheChangeToSummerTime() throws Exception {
        String token = token();
        long winter = fixtures.activity("Winter " + token)
            .at(LocalDate.of(2027, 3, 27).atTime(10, 0), LocalDate.of(2027, 3, 27).atTime(12, 0)).published().getId();
        long summer = fixtures.activity("Summer " + token)
            .at(LocalDate.of(2027, 3, 28).atTime(10, 0), LocalDate.of(2027, 3, 28).atTime(12, 0)).published().getId();

        String text = ics("/feeds/agenda/activities.ics?q=" + token);
        Calendar calendar = new CalendarBuilder().build(new StringReader(text));
        calendar.validate();
        VTimeZone zone = calendar.getComponent("VTIMEZONE").map(VTimeZone.class::cast).orElseThrow();
        assertThat(zone.getTimeZoneId().getValue()).isEqualTo("Europe/Brussels");
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertThat(events).hasSize(2);
        for (VEvent event : events) {
            assertThat(event.getProperty("DTSTART").orElseThrow().getParameter("TZID").orElseThrow().getValue())
                .isEqualTo("Europe/Brussels");
            ZonedDateTime start = ZonedDateTime.from(event.getDateTimeStart().getDate());
            assertThat(start.withZoneSameInstant(Activity.BRUSSELS).getHour()).isEqualTo(10);
            long id = Long.parseLong(event.getUid().orElseThrow().getValue().replaceAll("\\D", ""));
            assertThat(start.toInstant()).isEqualTo(activities.findById(id).orElseThrow().getStartsAt());
            assertThat(start.getOffset().getTotalSeconds()).isEqualTo(id == winter ? 3600 : 7200);
        }
        assertThat(events).extracting(e -> Long.parseLong(e.getUid().orElseThrow().getValue().replaceAll("\\D", "")))
            .containsExactlyInAnyOrder(winter, summer);

        MvcResult single = mvc.perform(get("/feeds/agenda/activities/" + winter + ".ics")).andExpect(status().isOk()).andReturn();
        assertThat(single.getResponse().getContentType()).startsWith("text/calendar");
        assertThat(single.getResponse().getHeader("Content-Disposition")).startsWith("attachment");
        new CalendarBuilder().build(new StringReader(single.getResponse().getContentAsString())).validate();
    }

    @Test
    void theMapPagesAllowTheTileServerAndNoOtherPageDoes() throws Exception {
        String map = mvc.perform(get("/en/agenda/map")).andExpect(status().isOk()).andReturn().getResponse()
            .getHeader("Content-Security-Policy");
        assertThat(map).isEqualTo(ContentSecurityPolicy.allowingImagesFrom("https://tile.openstreetmap.org"));
        assertThat(map).contains("img-src 'self' data: https://tile.openstreetmap.org;").contains("frame-ancestors 'none'");
        assertThat(mvc.perform(get("/en/agenda/activities")).andReturn().getResponse().getHeaders("Content-Security-Policy"))
            .containsExactly(ContentSecurityPolicy.DEFAULT);
        assertThat(mvc.perform(get("/en/agenda/map")).andReturn().getResponse().getHeaders("Content-Security-Policy"))
            .hasSize(1);
    }

    @Test
    void anActivityPageCarriesSchemaOrgEventDataThatTextCannotBreakOutOf() throws Exception {
        String token = token();
        Activity activity = fixtures.activity("Escape </script><script>alert(1)</script> " + token).published();
        String body = page("/en/agenda/activities/" + activity.getId());
        Matcher data = Pattern.compile("<script type=\"application/ld\\+json\">(.*?)</script>", Pattern.DOTALL).matcher(body);
        assertThat(data.find()).isTrue();
        JsonNode event = json.readTree(data.group(1));
        assertThat(event.get("@type").asText()).isEqualTo("Event");
        assertThat(event.get("name").asText()).startsWith("Escape </script>");
        assertThat(event.get("startDate").asText()).isEqualTo("2027-02-09T14:00+01:00");
        assertThat(event.get("location").get("address").get("postalCode").asText()).isEqualTo("8500");
        assertThat(body).doesNotContain("<script>alert(1)");
    }

    @Test
    void editorsCreateAnEditionOncePerYearAndItIsAudited() throws Exception {
        TestAccount editor = accounts.create(Role.EDITOR);
        int year = 2040 + (int) (System.nanoTime() % 50);
        MockHttpServletRequestBuilder create = post("/en/agenda/editions/new").with(csrf())
            .with(authentication(accounts.authentication(editor)))
            .param("year", String.valueOf(year)).param("day", year + "-02-11")
            .param("sloganEn", "Be kind online").param("themesEn", "Online inclusion\nOnline information");
        mvc.perform(create).andExpect(status().is3xxRedirection());
        Edition edition = editions.findByYear(year).orElseThrow();
        assertThat(edition.themesIn(Language.FR)).containsExactly("Online inclusion", "Online information");
        assertThat(edition.isOpenForSubmissions()).isFalse();
        assertThat(mvc.perform(create).andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
            .contains("There is already an edition for this year.");
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'agenda.edition.create' and target = ?",
                Long.class, "agenda-edition#" + edition.getId())).isEqualTo(1);
        mvc.perform(get("/en/agenda/editions").with(authentication(accounts.authentication(accounts.create(Role.ORG_EDITOR)))))
            .andExpect(status().isForbidden());
    }

    @Test
    void theLandingPageCountsDownToTheDay() throws Exception {
        assertThat(page("/en/agenda")).contains("Safer Internet Day 2027").contains("days to go")
            .contains("Online inclusion");
        assertThat(page("/nl/agenda")).contains("Nog ");
    }

    private MockHttpServletRequestBuilder proposal(String token, String postalCode, String municipality) {
        return form(post("/en/agenda/activities/new"), token, postalCode, municipality);
    }

    private MockHttpServletRequestBuilder form(MockHttpServletRequestBuilder request, String token, String postalCode,
            String municipality) {
        return request.with(csrf())
            .param("organiserName", "Bibliotheek Gent")
            .param("titleEn", "Workshop " + token)
            .param("descriptionEn", "Safe settings for social media, for parents.")
            .param("type", "WORKSHOP")
            .param("audiences", "PARENTS")
            .param("languages", "NL")
            .param("startDate", "2027-02-09")
            .param("startTime", "14:00")
            .param("endTime", "16:00")
            .param("mode", "onsite")
            .param("address", "Kouter 1")
            .param("postalCode", postalCode)
            .param("municipality", municipality)
            .param("latitude", "51.05")
            .param("longitude", "3.72")
            .param("free", "true");
    }

    private void assertFoundNowhere(String token, long id) throws Exception {
        assertThat(idsInList("q=" + token)).doesNotContain(id);
        assertThat(idsInApi("q=" + token)).doesNotContain(id);
        assertThat(idsInIcs("q=" + token)).doesNotContain(id);
        assertThat(idsOn("/en/agenda/map?q=" + token)).doesNotContain(id);
        assertThat(idsOn("/en/agenda/calendar?month=2027-02&q=" + token)).doesNotContain(id);
        assertThat(page("/en/agenda")).doesNotContain("/en/agenda/activities/" + id + "\"");
        assertThat(mvc.perform(get("/feeds/agenda/activities.atom")).andReturn().getResponse().getContentAsString())
            .doesNotContain("agenda-activity:" + id + "<");
        mvc.perform(get("/en/agenda/activities/" + id)).andExpect(status().isNotFound());
        mvc.perform(get("/feeds/agenda/activities/" + id + ".ics")).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/activities/" + id)).andExpect(status().isNotFound());
    }

    private Set<Long> idsInList(String query) throws Exception {
        return idsOn("/en/agenda/activities?" + query);
    }

    private Set<Long> idsOn(String path) throws Exception {
        return ids(ACTIVITY_LINK, page(path));
    }

    private Set<Long> idsInIcs(String query) throws Exception {
        return ids(ICS_UID, ics("/feeds/agenda/activities.ics?" + query));
    }

    private Set<Long> idsInApi(String query) throws Exception {
        Set<Long> ids = new TreeSet<>();
        api(query).get("items").forEach(item -> ids.add(item.get("id").asLong()));
        return ids;
    }

    private JsonNode api(String query) throws Exception {
        return json.readTree(mvc.perform(get("/api/v1/activities?size=100&" + query)).andExpect(status().isOk())
            .andReturn().getResponse().getContentAsString());
    }

    private String ics(String path) throws Exception {
        return mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private String page(String path) throws Exception {
        return mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private String page(String path, TestAccount account) throws Exception {
        return mvc.perform(get(path).with(authentication(accounts.authentication(account)))).andExpect(status().isOk())
            .andReturn().getResponse().getContentAsString();
    }

    private static Set<Long> ids(Pattern pattern, String text) {
        Set<Long> ids = new TreeSet<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            ids.add(Long.parseLong(matcher.group(1)));
        }
        return ids;
    }

    private static String token() {
        return "t" + Long.toString(System.nanoTime(), 36);
    }

}
