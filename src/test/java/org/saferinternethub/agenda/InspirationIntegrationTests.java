package org.saferinternethub.agenda;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import java.awt.image.BufferedImage;
import javax.imageio.ImageIO;

import jakarta.mail.internet.MimeMessage;
import jakarta.servlet.http.Cookie;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;

import org.junit.jupiter.api.Test;
import org.saferinternethub.account.AccountFixtures;
import org.saferinternethub.account.AccountFixtures.TestAccount;
import org.saferinternethub.account.Role;
import org.saferinternethub.shared.Language;
import org.saferinternethub.testing.HubIntegrationTest;
import org.saferinternethub.testing.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.PlatformTransactionManager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@HubIntegrationTest
class InspirationIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountFixtures accounts;

    @Autowired
    InspirationFixtures fixtures;

    @Autowired
    InspirationRegistrations registrations;

    @Autowired
    InspirationSessions sessions;

    @Autowired
    InspirationSpeakers speakers;

    @Autowired
    InspirationDay day;

    @Autowired
    InspirationMails mails;

    @Autowired
    Editions editions;

    @Autowired
    AgendaSettings settings;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    @Test
    void withTwoPlacesTheThirdWaitsAndIsConfirmedAndMailedOnceWhenSomeoneCancels() throws Exception {
        Edition edition = fixtures.edition(2);
        String first = TestAccounts.uniqueEmail("first");
        String second = TestAccounts.uniqueEmail("second");
        String third = TestAccounts.uniqueEmail("third");
        String firstToken = register(edition, "Anna Peeters", first, "TEACHER", "NL");
        register(edition, "Bram Claes", second, "PARENT", "EN");
        String thirdToken = register(edition, "Chloé Dubois", third, "EDUCATOR", "FR");

        assertThat(fixtures.registration(firstToken).getStatus()).isEqualTo(RegistrationStatus.CONFIRMED);
        assertThat(fixtures.registration(thirdToken).getStatus()).isEqualTo(RegistrationStatus.WAITING);
        assertThat(subjects(third)).containsExactly("Vous êtes sur la liste d'attente de la journée d'inspiration en ligne");
        assertThat(subjects(first)).containsExactly("Je bent ingeschreven voor de online inspiratiedag");
        mvc.perform(get("/en/agenda/inspiration/registration/" + thirdToken)).andExpect(status().isOk())
            .andExpect(result -> assertThat(result.getResponse().getContentAsString()).contains("Your place on the waiting list: 1."));

        mvc.perform(post("/en/agenda/inspiration/registration/" + firstToken + "/cancel").with(csrf()))
            .andExpect(status().is3xxRedirection());

        assertThat(fixtures.registration(firstToken).getStatus()).isEqualTo(RegistrationStatus.CANCELLED);
        assertThat(fixtures.registration(thirdToken).getStatus()).isEqualTo(RegistrationStatus.CONFIRMED);
        String confirmed = "Vous êtes inscrit·e à la journée d'inspiration en ligne";
        assertThat(subjects(third)).filteredOn(confirmed::equals).hasSize(1);
        // Whoever tries again (a second cancel, the job's sweep of unsent confirmations) sends nothing more.
        mvc.perform(post("/en/agenda/inspiration/registration/" + firstToken + "/cancel").with(csrf()))
            .andExpect(status().is3xxRedirection());
        day.sendConfirmation(fixtures.registration(thirdToken).getId());
        day.unsentConfirmations().forEach(day::sendConfirmation);
        assertThat(subjects(third)).filteredOn(confirmed::equals).hasSize(1);
        assertThat(subjects(third)).hasSize(2);
        assertThat(registrations.countByEditionIdAndStatus(edition.getId(), RegistrationStatus.CONFIRMED)).isEqualTo(2);
    }

    @Test
    void moreBeingPlacesLetsTheWaitingListMoveUpInOrderOfArrival() throws Exception {
        Edition edition = fixtures.edition(1);
        register(edition, "One", TestAccounts.uniqueEmail("one"), "PARENT", "EN");
        String secondEmail = TestAccounts.uniqueEmail("two");
        String second = register(edition, "Two", secondEmail, "PARENT", "EN");
        String third = register(edition, "Three", TestAccounts.uniqueEmail("three"), "PARENT", "EN");
        TestAccount editor = accounts.create(Role.EDITOR);
        mvc.perform(post("/en/agenda/editions/" + edition.getId() + "/inspiration/capacity").param("capacity", "2")
            .with(csrf()).with(authentication(accounts.authentication(editor)))).andExpect(status().is3xxRedirection());
        assertThat(fixtures.registration(second).getStatus()).isEqualTo(RegistrationStatus.CONFIRMED);
        assertThat(fixtures.registration(third).getStatus()).isEqualTo(RegistrationStatus.WAITING);
        assertThat(subjects(secondEmail)).contains("You are registered for the online inspiration day");
        assertThat(audits("agenda.session.capacity", "agenda-edition#" + edition.getId())).isEqualTo(1);
    }

    @Test
    void theSameAddressRegistersOnceAndIsNotFloodedWithMail() throws Exception {
        Edition edition = fixtures.edition(10);
        String email = TestAccounts.uniqueEmail("twice");
        register(edition, "Twice", email, "OTHER", "EN");
        for (int i = 0; i < 3; i++) {
            mvc.perform(post("/en/agenda/inspiration/" + edition.getYear() + "/register").param("name", "Someone")
                .param("email", email.toUpperCase()).param("role", "OTHER").param("language", "EN").with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(result -> assertThat(result.getResponse().getRedirectedUrl())
                    .isEqualTo("/en/agenda/inspiration/" + edition.getYear()))
                .andExpect(result -> assertThat(result.getResponse().getCookie(InspirationAccess.COOKIE)).isNull());
        }
        assertThat(registrations.findByEditionIdOrderByCreatedAtAscIdAsc(edition.getId())).hasSize(1);
        assertThat(subjects(email)).hasSize(1);
    }

    @Test
    void badRegistrationsAreRefusedWithTranslatedMessagesAndKeepWhatWasTyped() throws Exception {
        Edition edition = fixtures.edition(10);
        String page = mvc.perform(post("/fr/agenda/inspiration/" + edition.getYear() + "/register")
            .param("name", "Zoë Lambert").param("email", "not-an-address").param("language", "FR").with(csrf()))
            .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Ce n&#39;est pas une adresse e-mail.").contains("Choisissez ce qui vous décrit le mieux.")
            .contains("value=\"Zoë Lambert\"");
        assertThat(registrations.findByEditionIdOrderByCreatedAtAscIdAsc(edition.getId())).isEmpty();
    }

    @Test
    void theConfirmationCarriesTheDayAsAnICalendarInBrusselsTime() throws Exception {
        Edition edition = fixtures.edition(10);
        // A session in winter time and one after the change to summer time: both keep their wall-clock hours.
        fixtures.session(edition, "Morning", ZonedDateTime.of(edition.getDay().atTime(9, 30), Activity.BRUSSELS).toInstant(),
                ZonedDateTime.of(edition.getDay().atTime(10, 30), Activity.BRUSSELS).toInstant(), Language.EN, 0, null);
        fixtures.session(edition, "Evening", ZonedDateTime.of(edition.getDay().atTime(18, 0), Activity.BRUSSELS).toInstant(),
                ZonedDateTime.of(edition.getDay().atTime(19, 15), Activity.BRUSSELS).toInstant(), Language.NL, 1, null);
        String email = TestAccounts.uniqueEmail("ical");
        String token = register(edition, "Ical Person", email, "TEACHER", "EN");

        List<MimeMessage> received = fixtures.mailsTo(email);
        assertThat(received).hasSize(1);
        String ics = InspirationFixtures.attachment(received.get(0), InspirationMails.ICS_NAME);
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        assertThat(calendar.validate().getEntries()).as(ics).isEmpty();
        VTimeZone zone = calendar.getComponent("VTIMEZONE").map(VTimeZone.class::cast).orElseThrow();
        assertThat(zone.getTimeZoneId().getValue()).isEqualTo("Europe/Brussels");
        VEvent event = calendar.<VEvent>getComponent("VEVENT").orElseThrow();
        assertThat(ics).contains("DTSTART;TZID=Europe/Brussels:" + edition.getYear() + "0210T093000")
            .contains("DTEND;TZID=Europe/Brussels:" + edition.getYear() + "0210T191500");
        assertThat(ZonedDateTime.from(event.getDateTimeStart().getDate()).toInstant())
            .isEqualTo(ZonedDateTime.of(edition.getDay().atTime(9, 30), Activity.BRUSSELS).toInstant());
        assertThat(event.getUrl().getValue()).endsWith("/en/agenda/inspiration/registration/" + token);
        assertThat(received.get(0).getContentType()).startsWith("multipart/mixed");

        // The same calendar across the change to summer time keeps 09:30 local.
        InspirationRegistration registration = fixtures.registration(token);
        Edition summer = fixtures.edition(10);
        fixtures.session(summer, "After the change", ZonedDateTime.of(java.time.LocalDate.of(summer.getYear(), 3, 30)
            .atTime(9, 30), Activity.BRUSSELS).toInstant(), ZonedDateTime.of(java.time.LocalDate.of(summer.getYear(), 3, 30)
            .atTime(10, 30), Activity.BRUSSELS).toInstant(), Language.EN, 0, null);
        Calendar after = new CalendarBuilder().build(new StringReader(mails.calendar(summer, registration)));
        VEvent summerEvent = after.<VEvent>getComponent("VEVENT").orElseThrow();
        assertThat(ZonedDateTime.from(summerEvent.getDateTimeStart().getDate()).toLocalTime())
            .isEqualTo(LocalTime.of(9, 30));
    }

    @Test
    void theReminderJobSendsEachRegistrantExactlyOneReminderAcrossRestartsAndNodes() throws Exception {
        Edition edition = fixtures.edition(8);
        List<String> addresses = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            String email = TestAccounts.uniqueEmail("remind" + i);
            addresses.add(email);
            day.register(edition.getId(), new InspirationDay.Request("Person " + i, email, RegistrantRole.PARENT,
                    Language.EN, null));
        }
        String waiting = TestAccounts.uniqueEmail("remind-waiting");
        day.register(edition.getId(), new InspirationDay.Request("Waiting", waiting, RegistrantRole.PARENT, Language.EN, null));
        String cancelled = addresses.remove(7);
        day.cancel(registrations.findByEditionIdAndActiveEmail(edition.getId(), InspirationRegistration.key(cancelled))
            .orElseThrow().getToken());
        // The waiting person took the cancelled place: 8 confirmed in all.
        addresses.add(waiting);

        Instant dayBefore = edition.getDay().minusDays(1).atTime(12, 0).atZone(Activity.BRUSSELS).toInstant();
        Instant tooEarly = edition.getDay().minusDays(1).atTime(9, 0).atZone(Activity.BRUSSELS).toInstant();
        assertThat(newJob().sendDue(tooEarly, Integer.MAX_VALUE)).isZero();

        // The first node stops after half the batch; after a "restart", two new nodes run side by side, then again.
        assertThat(newJob().sendDue(dayBefore, 4)).isEqualTo(4);
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        try {
            InspirationReminders a = newJob();
            InspirationReminders b = newJob();
            Future<Integer> sentByA = nodes.submit(() -> a.sendDue(dayBefore, Integer.MAX_VALUE));
            Future<Integer> sentByB = nodes.submit(() -> b.sendDue(dayBefore, Integer.MAX_VALUE));
            assertThat(sentByA.get() + sentByB.get()).isEqualTo(4);
        }
        finally {
            nodes.shutdown();
        }
        assertThat(newJob().sendDue(dayBefore.plus(Duration.ofHours(3)), Integer.MAX_VALUE)).isZero();

        for (String address : addresses) {
            assertThat(subjects(address)).as(address).filteredOn("Tomorrow: the online inspiration day"::equals).hasSize(1);
        }
        assertThat(subjects(cancelled)).doesNotContain("Tomorrow: the online inspiration day");
        assertThat(jdbc.queryForObject("select count(*) from agenda_registration where edition_id = ? and reminder_sent_at is not null",
                Long.class, edition.getId())).isEqualTo(8);
    }

    @Test
    void remindersAreDueFromTheReminderTimeTheDayBeforeUntilTheEndOfTheDay() {
        java.time.LocalDate day = java.time.LocalDate.of(2027, 2, 9);
        LocalTime ten = LocalTime.of(10, 0);
        assertThat(InspirationReminders.reminderDue(day, brussels(day.minusDays(1), 9, 59), ten)).isFalse();
        assertThat(InspirationReminders.reminderDue(day, brussels(day.minusDays(1), 10, 0), ten)).isTrue();
        assertThat(InspirationReminders.reminderDue(day, brussels(day, 23, 59), ten)).isTrue();
        assertThat(InspirationReminders.reminderDue(day, brussels(day.plusDays(1), 0, 0), ten)).isFalse();
    }

    @Test
    void theStreamOpensThirtyMinutesBeforeTheStartAndClosesAtTheEnd() {
        Instant start = Instant.parse("2027-02-09T09:00:00Z");
        Instant end = start.plus(Duration.ofHours(1));
        Duration before = Duration.ofMinutes(30);
        assertThat(InspirationSession.streamOpen(start, end, start.minus(Duration.ofMinutes(31)), before)).isFalse();
        assertThat(InspirationSession.streamOpen(start, end, start.minus(Duration.ofMinutes(30)), before)).isTrue();
        assertThat(InspirationSession.streamOpen(start, end, start.plus(Duration.ofMinutes(59)), before)).isTrue();
        assertThat(InspirationSession.streamOpen(start, end, end, before)).isFalse();
    }

    @Test
    void streamLinksShowOnlyToConfirmedPeopleAndOnlyFromHalfAnHourBefore() throws Exception {
        Edition edition = fixtures.edition(1);
        Instant now = clock.instant();
        InspirationSession soon = fixtures.session(edition, "Soon", now.plus(Duration.ofMinutes(10)),
                now.plus(Duration.ofMinutes(70)), Language.EN, 0, "https://stream.example.org/soon-" + edition.getYear());
        InspirationSession later = fixtures.session(edition, "Later", now.plus(Duration.ofMinutes(45)),
                now.plus(Duration.ofMinutes(90)), Language.EN, 1, "https://stream.example.org/later-" + edition.getYear());
        String confirmedEmail = TestAccounts.uniqueEmail("watch");
        String confirmed = register(edition, "Watcher", confirmedEmail, "TEACHER", "EN");
        String waiting = register(edition, "Waiter", TestAccounts.uniqueEmail("wait"), "TEACHER", "EN");
        String soonLink = "https://stream.example.org/soon-" + edition.getYear();
        String laterLink = "https://stream.example.org/later-" + edition.getYear();

        assertThat(page("/en/agenda/inspiration/sessions/" + soon.getId(), null)).doesNotContain(soonLink)
            .contains("Registered people see the link to the stream here");
        assertThat(page("/en/agenda/inspiration/sessions/" + soon.getId(), waiting)).doesNotContain(soonLink);
        assertThat(page("/en/agenda/inspiration/sessions/" + soon.getId(), confirmed)).contains(soonLink);
        assertThat(page("/en/agenda/inspiration/sessions/" + later.getId(), confirmed)).doesNotContain(laterLink)
            .contains("Your link to the stream appears here from");
        String programme = page("/en/agenda/inspiration/" + edition.getYear(), confirmed);
        assertThat(programme).contains(soonLink).doesNotContain(laterLink);
        assertThat(page("/en/agenda/inspiration/" + edition.getYear(), null)).doesNotContain(soonLink);
        // The personal link works without the cookie and sets it.
        MvcResult personal = mvc.perform(get("/en/agenda/inspiration/registration/" + confirmed)).andExpect(status().isOk()).andReturn();
        assertThat(personal.getResponse().getContentAsString()).contains(soonLink).doesNotContain(laterLink);
        assertThat(personal.getResponse().getHeaders("Set-Cookie")).filteredOn(c -> c.startsWith(InspirationAccess.COOKIE + "="))
            .singleElement().satisfies(cookie -> assertThat(cookie).startsWith(InspirationAccess.COOKIE + "=" + confirmed)
                .contains("HttpOnly").contains("SameSite=Lax"));
        // A cookie of another edition's registration opens nothing here.
        Edition other = fixtures.edition(5);
        String elsewhere = register(other, "Elsewhere", TestAccounts.uniqueEmail("elsewhere"), "TEACHER", "EN");
        assertThat(page("/en/agenda/inspiration/sessions/" + soon.getId(), elsewhere)).doesNotContain(soonLink);
        // A signed-in person who registered sees it without the cookie.
        TestAccount member = accounts.create(Role.MEMBER);
        Edition roomy = fixtures.edition(5);
        InspirationSession open = fixtures.session(roomy, "Open", now.plus(Duration.ofMinutes(5)), now.plus(Duration.ofMinutes(60)),
                Language.FR, null, "https://stream.example.org/open-" + roomy.getYear());
        mvc.perform(post("/en/agenda/inspiration/" + roomy.getYear() + "/register").param("name", "Member")
            .param("email", member.email()).param("role", "PARENT").param("language", "FR").with(csrf())
            .with(authentication(accounts.authentication(member)))).andExpect(status().is3xxRedirection());
        assertThat(mvc.perform(get("/en/agenda/inspiration/sessions/" + open.getId())
            .with(authentication(accounts.authentication(member)))).andReturn().getResponse().getContentAsString())
            .contains("https://stream.example.org/open-" + roomy.getYear());
        assertThat(mvc.perform(get("/en/agenda/inspiration/sessions/" + open.getId())
            .with(authentication(accounts.authentication(accounts.create(Role.MEMBER))))).andReturn().getResponse()
            .getContentAsString()).doesNotContain("https://stream.example.org/open-" + roomy.getYear());
    }

    @Test
    void theProgrammeGroupsByTimeAndFiltersByThemeAndLanguage() throws Exception {
        Edition edition = fixtures.edition(10);
        Instant nine = edition.getDay().atTime(9, 0).atZone(Activity.BRUSSELS).toInstant();
        Instant ten = nine.plus(Duration.ofHours(1));
        fixtures.session(edition, "Inclusion in Dutch", nine, ten, Language.NL, 0, null);
        fixtures.session(edition, "Parenthood in French", nine, ten, Language.FR, 2, null);
        fixtures.session(edition, "Information in Dutch", ten, ten.plus(Duration.ofHours(1)), Language.NL, 1, null);
        String all = page("/en/agenda/inspiration/" + edition.getYear(), null);
        assertThat(all).contains("Inclusion in Dutch", "Parenthood in French", "Information in Dutch")
            .contains("3 of 3 sessions");
        assertThat(all.indexOf("Inclusion in Dutch")).isLessThan(all.indexOf("Information in Dutch"));
        assertThat(page("/en/agenda/inspiration/" + edition.getYear() + "?in=nl", null))
            .contains("Inclusion in Dutch", "Information in Dutch").doesNotContain("Parenthood in French");
        assertThat(page("/en/agenda/inspiration/" + edition.getYear() + "?theme=2", null))
            .contains("Parenthood in French").doesNotContain("Inclusion in Dutch").contains("1 of 3 sessions");
        assertThat(page("/nl/agenda/inspiration/" + edition.getYear() + "?theme=2", null)).contains("Internet en ouderschap");
        mvc.perform(get("/en/agenda/inspiration/1999")).andExpect(status().isNotFound());
    }

    @Test
    void editorsWriteSessionsWithTranslatedErrorsAndAttachToolsAfterTheDay() throws Exception {
        Edition edition = fixtures.edition(10);
        TestAccount editor = accounts.create(Role.EDITOR);
        String base = "/en/agenda/editions/" + edition.getId() + "/inspiration";
        String refused = mvc.perform(post("/nl" + base.substring(3) + "/sessions/new").param("titleEn", "Broken")
            .param("date", edition.getDay().toString()).param("startTime", "11:00").param("endTime", "10:00")
            .param("format", "TALK").param("deliveryLanguage", "EN").param("streamUrl", "javascript:alert(1)")
            .param("resourceIds", "12abc").with(csrf()).with(authentication(accounts.authentication(editor))))
            .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("Het einde moet na het begin liggen.")
            .contains("Geef een adres dat begint met https:// of http://.")
            .contains("Geef alleen nummers, gescheiden door komma&#39;s.").contains("value=\"Broken\"");

        long tool = fixtures.publishedToolboxResource("Tool " + edition.getYear());
        mvc.perform(post(base + "/sessions/new").param("titleEn", "Unknown tool").param("date", edition.getDay().toString())
            .param("startTime", "10:00").param("endTime", "11:00").param("format", "PANEL").param("deliveryLanguage", "DE")
            .param("resourceIds", "999999999").with(csrf()).with(authentication(accounts.authentication(editor))))
            .andExpect(status().isOk()).andExpect(result -> assertThat(result.getResponse().getContentAsString())
                .contains("These are not published toolbox resources: 999999999"));

        mvc.perform(post(base + "/sessions/new").param("titleEn", "Privacy for parents").param("titleNl", "Privacy voor ouders")
            .param("summaryEn", "Settings that matter.").param("themeIndex", "2").param("date", edition.getDay().toString())
            .param("startTime", "10:00").param("endTime", "11:00").param("format", "WORKSHOP").param("deliveryLanguage", "NL")
            .param("streamUrl", "https://stream.example.org/privacy").param("recordingUrl", "https://video.example.org/privacy")
            .param("resourceIds", tool + ", " + tool).with(csrf()).with(authentication(accounts.authentication(editor))))
            .andExpect(status().is3xxRedirection());
        InspirationSession session = sessions.findByEditionIdOrderByStartsAtAscIdAsc(edition.getId()).get(0);
        assertThat(session.localStart()).isEqualTo(edition.getDay().atTime(10, 0));
        assertThat(audits("agenda.session.create", "agenda-session#" + session.getId())).isEqualTo(1);

        assertThat(jdbc.queryForList("select resource_id from agenda_session_resource where session_id = ?", Long.class,
                session.getId())).containsExactly(tool);
        String page = page("/en/agenda/inspiration/sessions/" + session.getId(), null);
        assertThat(page).contains("Tools from this session").contains("Tool " + edition.getYear())
            .contains("/en/toolbox/resources/" + tool).contains("https://video.example.org/privacy")
            .contains("Internet and parenthood").doesNotContain("https://stream.example.org/privacy");
        assertThat(page.split("href=\"/en/toolbox/resources/" + tool + "\"", -1)).as("listed once").hasSize(2);

        TestAccount member = accounts.create(Role.MEMBER);
        mvc.perform(get(base).with(authentication(accounts.authentication(member)))).andExpect(status().isForbidden());
        mvc.perform(post(base + "/sessions/" + session.getId() + "/delete").with(csrf())
            .with(authentication(accounts.authentication(member)))).andExpect(status().isForbidden());
        Edition other = fixtures.edition(1);
        mvc.perform(get("/en/agenda/editions/" + other.getId() + "/inspiration/sessions/" + session.getId())
            .with(authentication(accounts.authentication(editor)))).andExpect(status().isNotFound());
        mvc.perform(get(base).with(authentication(accounts.authentication(editor)))).andExpect(status().isOk());
    }

    @Test
    void speakerPhotosMustBeImagesAndAreServedReEncoded() throws Exception {
        Edition edition = fixtures.edition(10);
        TestAccount editor = accounts.create(Role.EDITOR);
        String base = "/en/agenda/editions/" + edition.getId() + "/inspiration/speakers";
        MockMultipartFile script = new MockMultipartFile("photo", "photo.png", "image/png",
                "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8));
        String refused = mvc.perform(multipart(base + "/new").file(script).param("name", "Lena Vermeulen " + edition.getYear())
            .with(csrf()).with(authentication(accounts.authentication(editor))))
            .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("value=\"Lena Vermeulen " + edition.getYear() + "\"");
        assertThat(speakers.findByEditionIdOrderByNameAsc(edition.getId())).isEmpty();

        BufferedImage image = new BufferedImage(1200, 800, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
        ImageIO.write(image, "jpg", jpeg);
        mvc.perform(multipart(base + "/new").file(new MockMultipartFile("photo", "me.jpg", "image/jpeg", jpeg.toByteArray()))
            .param("name", "Lena Vermeulen").param("organisation", "Hogeschool Test").param("bioEn", "Teaches media literacy.")
            .with(csrf()).with(authentication(accounts.authentication(editor)))).andExpect(status().is3xxRedirection());
        InspirationSpeaker speaker = speakers.findByEditionIdOrderByNameAsc(edition.getId()).get(0);
        assertThat(speaker.getPhotoId()).endsWith(".png");
        assertThat(audits("agenda.session.speaker.create", "agenda-speaker#" + speaker.getId())).isEqualTo(1);
        MvcResult photo = mvc.perform(get("/media/agenda/speakers/" + speaker.getId() + "/" + speaker.getPhotoId()))
            .andExpect(status().isOk()).andReturn();
        assertThat(photo.getResponse().getContentType()).isEqualTo("image/png");
        BufferedImage served = ImageIO.read(new java.io.ByteArrayInputStream(photo.getResponse().getContentAsByteArray()));
        assertThat(Math.max(served.getWidth(), served.getHeight())).isEqualTo(settings.inspiration().photoMaxSide());
        mvc.perform(get("/media/agenda/speakers/" + speaker.getId() + "/other.png")).andExpect(status().isNotFound());
    }

    @Test
    void onlyStaffExportTheRegistrationsAsQuotedCsvAndTheExportIsAudited() throws Exception {
        Edition edition = fixtures.edition(10);
        register(edition, "O\"Brien, \"Sam\"", TestAccounts.uniqueEmail("csv"), "EDUCATOR", "EN");
        register(edition, "=HYPERLINK(\"http://evil.example\")", TestAccounts.uniqueEmail("csv"), "OTHER", "DE");
        String csv = "/en/agenda/editions/" + edition.getId() + "/inspiration/registrations.csv";
        mvc.perform(get(csv)).andExpect(status().is3xxRedirection());
        mvc.perform(get(csv).with(authentication(accounts.authentication(accounts.create(Role.MEMBER)))))
            .andExpect(status().isForbidden());
        mvc.perform(get(csv).with(authentication(accounts.authentication(accounts.create(Role.ORG_EDITOR)))))
            .andExpect(status().isForbidden());
        MvcResult export = mvc.perform(get(csv).with(authentication(accounts.authentication(accounts.create(Role.EDITOR)))))
            .andExpect(status().isOk()).andReturn();
        byte[] bytes = export.getResponse().getContentAsByteArray();
        assertThat(bytes[0]).isEqualTo((byte) 0xEF);
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        String[] lines = text.split("\r\n");
        assertThat(lines).hasSize(3);
        assertThat(lines[0]).startsWith("\"id\",\"status\",\"name\",\"email\",\"role\"");
        assertThat(lines[1]).contains(",\"CONFIRMED\",\"O\"\"Brien, \"\"Sam\"\"\",").contains(",\"EDUCATOR\",\"en\",");
        assertThat(lines[2]).contains(",\"'=HYPERLINK(\"\"http://evil.example\"\")\",");
        assertThat(export.getResponse().getHeader("Content-Disposition")).startsWith("attachment");
        assertThat(export.getResponse().getContentType()).startsWith("text/csv");
        assertThat(audits("agenda.registration.export", "agenda-edition#" + edition.getId())).isEqualTo(1);
    }

    @Test
    void theLandingPageLinksToTheProgramme() throws Exception {
        editions.current(clock.instant().atZone(Activity.BRUSSELS).toLocalDate()).ifPresent(edition -> {
            try {
                assertThat(page("/en/agenda", null)).contains("/en/agenda/inspiration/" + edition.getYear());
            }
            catch (Exception failure) {
                throw new AssertionError(failure);
            }
        });
    }

    private InspirationReminders newJob() {
        return new InspirationReminders(editions, registrations, mails, day, settings, transactions, clock);
    }

    /** Registers through the public form; answers the token of the new registration. */
    private String register(Edition edition, String name, String email, String role, String language) throws Exception {
        MvcResult result = mvc.perform(post("/en/agenda/inspiration/" + edition.getYear() + "/register").param("name", name)
            .param("email", email).param("role", role).param("language", language).with(csrf()))
            .andExpect(status().is3xxRedirection()).andReturn();
        String location = result.getResponse().getRedirectedUrl();
        assertThat(location).contains("/agenda/inspiration/registration/");
        return location.substring(location.lastIndexOf('/') + 1);
    }

    private String page(String path, String token) throws Exception {
        var request = get(path);
        if (token != null) {
            request.cookie(new Cookie(InspirationAccess.COOKIE, token));
        }
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private List<String> subjects(String address) throws Exception {
        List<String> subjects = new ArrayList<>();
        for (MimeMessage message : fixtures.mailsTo(address)) {
            subjects.add(message.getSubject());
        }
        return subjects;
    }

    private long audits(String action, String target) {
        return jdbc.queryForObject("select count(*) from audit_event where action = ? and target = ?", Long.class,
                action, target);
    }

    private static Instant brussels(java.time.LocalDate date, int hour, int minute) {
        return date.atTime(hour, minute).atZone(Activity.BRUSSELS).toInstant();
    }

}
