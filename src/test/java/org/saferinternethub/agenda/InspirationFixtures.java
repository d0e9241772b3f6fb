package org.saferinternethub.agenda;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

import jakarta.persistence.EntityManager;

import org.hibernate.search.mapper.orm.Search;
import org.saferinternethub.platform.HubSettings;
import org.saferinternethub.shared.Language;
import org.saferinternethub.shared.LocalizedText;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Editions with an inspiration day for tests. Each edition gets a year of its own (far in the future, so that
 * it is never the current edition nor due for reminders under the real clock), so tests do not share places,
 * registrations or reminders.
 */
@Component
class InspirationFixtures {

    private static final AtomicInteger YEARS = new AtomicInteger(3000 + ThreadLocalRandom.current().nextInt(6000));

    private final Editions editions;
    private final InspirationSessions sessions;
    private final InspirationRegistrations registrations;
    private final HubSettings hubSettings;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final EntityManager entityManager;
    private final TransactionTemplate transaction;

    InspirationFixtures(Editions editions, InspirationSessions sessions, InspirationRegistrations registrations,
            HubSettings hubSettings, JdbcTemplate jdbc, Clock clock, EntityManager entityManager,
            PlatformTransactionManager transactions) {
        this.entityManager = entityManager;
        this.transaction = new TransactionTemplate(transactions);
        this.editions = editions;
        this.sessions = sessions;
        this.registrations = registrations;
        this.hubSettings = hubSettings;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A new edition with four themes and the given number of places. */
    Edition edition(int capacity) {
        int year = YEARS.getAndUpdate(y -> y >= 9999 ? 3000 : y + 1);
        while (editions.findByYear(year).isPresent()) {
            year = YEARS.getAndIncrement();
        }
        Edition edition = new Edition(year, LocalDate.of(year, 2, 10));
        edition.update(year, LocalDate.of(year, 2, 10), LocalizedText.of(Map.of(Language.EN, "Test edition " + year)),
                LocalizedText.of(Map.of(Language.EN, "For tests.")),
                LocalizedText.of(Map.of(Language.EN, "Online inclusion\nOnline information\nInternet and parenthood\n"
                        + "Emotional and sexual life online", Language.NL, "Online inclusie\nOnline informatie\n"
                        + "Internet en ouderschap\nRelaties en seksualiteit online")), false);
        edition.setInspirationCapacity(capacity);
        return editions.save(edition);
    }

    InspirationSession session(Edition edition, String title, Instant start, Instant end, Language language,
            Integer theme, String streamUrl) {
        InspirationSession session = new InspirationSession(edition.getId());
        session.describe(new InspirationSession.Details(LocalizedText.of(Map.of(Language.EN, title)),
                LocalizedText.of(Map.of(Language.EN, "About " + title)), theme, start, end, SessionFormat.TALK,
                streamUrl, language, Set.of()));
        return sessions.save(session);
    }

    InspirationRegistration registration(String token) {
        return registrations.findByToken(token).orElseThrow();
    }

    /** A published toolbox resource written straight into the toolbox's tables; answers its id. */
    long publishedToolboxResource(String title) {
        Instant now = clock.instant();
        jdbc.update("insert into toolbox_resource (external_id, title_en, summary_en, body_en, kind, organisation_id, "
                + "provider_name, cost, status, created_at, updated_at, published_at, version) values (?, ?, ?, ?, 'GUIDE', "
                + "1, 'Test', 'FREE', 'PUBLISHED', ?, ?, ?, 0)", "inspiration-" + java.util.UUID.randomUUID(), title,
                "Summary of " + title, "Body", java.sql.Timestamp.from(now),
                java.sql.Timestamp.from(now), java.sql.Timestamp.from(now));
        long id = jdbc.queryForObject("select id from toolbox_resource where title_en = ?", Long.class, title);
        // Available in the language it is written in, as the toolbox's own forms and import record it.
        jdbc.update("insert into toolbox_resource_language (resource_id, language) values (?, 'EN')", id);
        // Index it as the toolbox would, so that no other test finds the search index behind the database.
        transaction.executeWithoutResult(status -> Search.session(entityManager).indexingPlan()
            .addOrUpdate(entityManager.find(org.saferinternethub.toolbox.search.Resource.class, id)));
        return id;
    }

    /** The messages in the mail outbox sent to an address, as parsed MIME messages. */
    List<MimeMessage> mailsTo(String address) throws IOException, MessagingException {
        Path outbox = hubSettings.dataDir().resolve("outbox");
        List<MimeMessage> found = new ArrayList<>();
        if (!Files.isDirectory(outbox)) {
            return found;
        }
        try (Stream<Path> files = Files.list(outbox)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".eml")).sorted().toList()) {
                try (InputStream in = Files.newInputStream(file)) {
                    MimeMessage message = new MimeMessage(Session.getInstance(new Properties()), in);
                    if (message.getAllRecipients()[0].toString().equalsIgnoreCase(address)) {
                        found.add(message);
                    }
                }
            }
        }
        return found;
    }

    /** The attachment of a message with this file name, as text. */
    static String attachment(MimeMessage message, String fileName) throws IOException, MessagingException {
        Multipart parts = (Multipart) message.getContent();
        for (int i = 0; i < parts.getCount(); i++) {
            BodyPart part = parts.getBodyPart(i);
            if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition()) && fileName.equals(part.getFileName())) {
                return new String(part.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            }
        }
        throw new AssertionError("no attachment " + fileName);
    }

}
