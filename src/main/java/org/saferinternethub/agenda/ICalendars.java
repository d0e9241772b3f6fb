package org.saferinternethub.agenda;

import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.net.URI;
import java.util.List;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Geo;
import net.fortuna.ical4j.model.property.LastModified;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.validate.ValidationException;

import org.saferinternethub.shared.Language;
import org.springframework.stereotype.Component;

/**
 * iCalendar (RFC 5545) files of activities: one event per activity with its times in Europe/Brussels (and that
 * zone's VTIMEZONE, so that summer and winter time are right in every calendar), cancelled ones marked so.
 */
@Component
class ICalendars {

    static final String MEDIA_TYPE = "text/calendar;charset=UTF-8";

    private final SiteLinks links;
    private final VTimeZone brussels;

    ICalendars(SiteLinks links) {
        this.links = links;
        TimeZoneRegistry registry = TimeZoneRegistryFactory.getInstance().createRegistry();
        this.brussels = registry.getTimeZone(Activity.BRUSSELS.getId()).getVTimeZone();
    }

    String of(List<Activity> activities, Language language) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//Safer Internet Hub//Agenda//" + language.code().toUpperCase()));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(ImmutableMethod.PUBLISH);
        calendar.add(new XProperty("X-WR-TIMEZONE", Activity.BRUSSELS.getId()));
        calendar.add(brussels);
        for (Activity activity : activities) {
            calendar.add(event(activity, language));
        }
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(true).output(calendar, out);
        }
        catch (IOException | ValidationException failure) {
            throw new IllegalStateException("An activity calendar could not be written", failure);
        }
        return out.toString();
    }

    private VEvent event(Activity activity, Language language) {
        String title = activity.getTitle().in(language).map(Object::toString).orElse("");
        VEvent event = new VEvent(activity.localStart(), activity.localEnd(), title);
        event.replace(new DtStamp(activity.getUpdatedAt()));
        event.add(new Uid("agenda-activity-" + activity.getId() + "@saferinternethub"));
        event.add(new LastModified(activity.getUpdatedAt()));
        String page = links.activityPage(activity, language);
        event.add(new Url(URI.create(page)));
        String description = activity.getDescription().in(language).map(Object::toString).orElse("");
        event.add(new Description(description + "\n\n" + activity.getOrganiserName() + "\n" + page));
        event.add(new Location(location(activity)));
        if (!activity.isOnline() && activity.getLatitude() != null && activity.getLongitude() != null) {
            event.add(new Geo(BigDecimal.valueOf(activity.getLatitude()), BigDecimal.valueOf(activity.getLongitude())));
        }
        event.add(activity.isCancelled() ? ImmutableStatus.VEVENT_CANCELLED : ImmutableStatus.VEVENT_CONFIRMED);
        return event;
    }

    private static String location(Activity activity) {
        if (activity.isOnline()) {
            return activity.getOnlineUrl() == null ? "" : activity.getOnlineUrl();
        }
        StringBuilder location = new StringBuilder();
        if (activity.getAddress() != null) {
            location.append(activity.getAddress()).append(", ");
        }
        location.append(activity.getPostalCode()).append(' ').append(activity.getMunicipality());
        return location.toString();
    }

}
