package org.saferinternethub.agenda;

import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.validate.ValidationException;

import org.saferinternethub.platform.Mailer;
import org.saferinternethub.platform.Mailer.Attachment;
import org.saferinternethub.shared.Language;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The mails of the inspiration day, in the language the person registered in: confirmation (with the day as an
 * {@code .ics} in Europe/Brussels time), waiting list, the link sent again, and the reminder the day before.
 * Each carries the person's own link, which shows the stream links and lets them cancel.
 */
@Component
class InspirationMails {

    static final String ICS_NAME = "inspiration-day.ics";
    static final String ICS_TYPE = "text/calendar; charset=UTF-8; method=PUBLISH";

    private final Mailer mailer;
    private final MessageSource messages;
    private final SiteLinks links;
    private final Editions editions;
    private final InspirationSessions sessions;
    private final java.time.Clock clock;
    private final VTimeZone brussels;
    private final URI organizer;

    InspirationMails(Mailer mailer, MessageSource messages, SiteLinks links, Editions editions,
            InspirationSessions sessions, java.time.Clock clock,
            @org.springframework.beans.factory.annotation.Value("${hub.mail.from:no-reply@saferinternethub.invalid}") String sender) {
        this.organizer = URI.create("mailto:" + sender);
        this.mailer = mailer;
        this.messages = messages;
        this.links = links;
        this.editions = editions;
        this.sessions = sessions;
        this.clock = clock;
        this.brussels = TimeZoneRegistryFactory.getInstance().createRegistry().getTimeZone(Activity.BRUSSELS.getId())
            .getVTimeZone();
    }

    void confirmation(InspirationRegistration registration) {
        Edition edition = edition(registration);
        byte[] ics = calendar(edition, registration).getBytes(StandardCharsets.UTF_8);
        send(registration, edition, "agenda.inspiration.mail.confirmed", List.of(new Attachment(ICS_NAME, ICS_TYPE, ics)));
    }

    void waitingList(InspirationRegistration registration) {
        send(registration, edition(registration), "agenda.inspiration.mail.waiting", List.of());
    }

    void link(InspirationRegistration registration) {
        send(registration, edition(registration), "agenda.inspiration.mail.link", List.of());
    }

    void reminder(InspirationRegistration registration) {
        send(registration, edition(registration), "agenda.inspiration.mail.reminder", List.of());
    }

    private void send(InspirationRegistration registration, Edition edition, String key, List<Attachment> attachments) {
        Language language = registration.getLanguage();
        String date = DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(language.locale())
            .format(edition.getDay());
        Object[] arguments = { registration.getName(), date, links.registrationPage(registration),
                links.programmePage(edition, language), edition.getYear() };
        mailer.send(registration.getEmail(), messages.getMessage(key + ".subject", null, language.locale()),
                messages.getMessage(key + ".body", arguments, language.locale()), attachments);
    }

    private Edition edition(InspirationRegistration registration) {
        return editions.findById(registration.getEditionId()).orElseThrow();
    }

    /**
     * The day as one event: from the first session's start to the last one's end (or 9:00 to 17:00 before the
     * programme is known), with the person's link, which shows the stream links.
     */
    String calendar(Edition edition, InspirationRegistration registration) {
        Language language = registration.getLanguage();
        List<InspirationSession> programme = sessions.findByEditionIdOrderByStartsAtAscIdAsc(edition.getId());
        LocalDateTime start = programme.stream().map(InspirationSession::localStart).min(LocalDateTime::compareTo)
            .orElse(edition.getDay().atTime(9, 0));
        LocalDateTime end = programme.stream().map(InspirationSession::localEnd).max(LocalDateTime::compareTo)
            .orElse(edition.getDay().atTime(17, 0));
        String title = messages.getMessage("agenda.inspiration.ics.summary", new Object[] { edition.getYear() },
                language.locale());
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//Safer Internet Hub//Inspiration day//" + language.code().toUpperCase()));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(ImmutableMethod.PUBLISH);
        calendar.add(new XProperty("X-WR-TIMEZONE", Activity.BRUSSELS.getId()));
        calendar.add(brussels);
        VEvent event = new VEvent(start.atZone(Activity.BRUSSELS), end.atZone(Activity.BRUSSELS), title);
        Instant now = clock.instant();
        event.replace(new DtStamp(now));
        event.add(new Uid("agenda-inspiration-" + edition.getId() + "-" + registration.getId() + "@saferinternethub"));
        String page = links.registrationPage(registration);
        event.add(new Url(URI.create(page)));
        event.add(new Location(page));
        event.add(new Description(messages.getMessage("agenda.inspiration.ics.description",
                new Object[] { links.programmePage(edition, language), page }, language.locale())));
        event.add(new Organizer(organizer));
        event.add(ImmutableStatus.VEVENT_CONFIRMED);
        calendar.add(event);
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(true).output(calendar, out);
        }
        catch (IOException | ValidationException failure) {
            throw new IllegalStateException("The inspiration day calendar could not be written", failure);
        }
        return out.toString();
    }

}
