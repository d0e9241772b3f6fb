package org.saferinternethub.agenda;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.feed.synd.SyndLinkImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;

import org.jspecify.annotations.Nullable;
import org.saferinternethub.shared.Language;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Public activities for machines: an iCal feed of any filtered list and one {@code .ics} per activity, an Atom feed
 * of newly published activities, and the JSON API {@code /api/v1/activities} with the list's filters. Texts are
 * in the language asked with {@code lang} (default English), falling back like the pages.
 */
@RestController
class AgendaFeedController {

    static final int MAX_API_PAGE = 100;
    static final int FEED_SIZE = 50;

    private final ActivitySearch search;
    private final Activities activities;
    private final ICalendars calendars;
    private final SiteLinks links;
    private final MessageSource messages;

    AgendaFeedController(ActivitySearch search, Activities activities, ICalendars calendars, SiteLinks links,
            MessageSource messages) {
        this.search = search;
        this.activities = activities;
        this.calendars = calendars;
        this.links = links;
        this.messages = messages;
    }

    @GetMapping("/feeds/agenda/activities.ics")
    ResponseEntity<String> calendar(@ModelAttribute ActivityFilter filter,
            @RequestParam(defaultValue = "en") String lang) {
        Language language = language(lang);
        List<Activity> found = search.find(filter, ActivitySearch.Order.BY_START, 0, AgendaController.ALL).hits();
        return ics(calendars.of(found, language), "safer-internet-day.ics");
    }

    @GetMapping("/feeds/agenda/activities/{id}.ics")
    @Transactional(readOnly = true)
    ResponseEntity<String> activityCalendar(@PathVariable long id, @RequestParam(defaultValue = "en") String lang) {
        Activity activity = publicActivity(id);
        return ics(calendars.of(List.of(activity), language(lang)), "activity-" + id + ".ics");
    }

    @GetMapping(value = "/feeds/agenda/activities.atom", produces = "application/atom+xml;charset=UTF-8")
    String atom(@RequestParam(defaultValue = "en") String lang) throws FeedException {
        Language language = language(lang);
        SyndFeed feed = new SyndFeedImpl();
        feed.setFeedType("atom_1.0");
        feed.setTitle(messages.getMessage("agenda.feed.title", null, language.locale()));
        feed.setDescription(messages.getMessage("agenda.feed.description", null, language.locale()));
        feed.setLanguage(language.code());
        feed.setUri(links.base() + "/feeds/agenda/activities.atom?lang=" + language.code());
        feed.setLink(links.listPage(language));
        SyndLinkImpl self = new SyndLinkImpl();
        self.setRel("self");
        self.setHref(links.base() + "/feeds/agenda/activities.atom?lang=" + language.code());
        SyndLinkImpl alternate = new SyndLinkImpl();
        alternate.setRel("alternate");
        alternate.setType("text/html");
        alternate.setHref(links.listPage(language));
        feed.setLinks(List.of(self, alternate));
        List<Activity> newest = search.find(ActivityFilter.none(), ActivitySearch.Order.NEWEST, 0, FEED_SIZE).hits();
        List<SyndEntry> entries = new ArrayList<>();
        for (Activity activity : newest) {
            SyndEntry entry = new SyndEntryImpl();
            entry.setTitle(activity.getTitle().in(language).map(Object::toString).orElse(""));
            entry.setLink(links.activityPage(activity, language));
            entry.setUri("urn:saferinternethub:agenda-activity:" + activity.getId());
            entry.setAuthor(activity.getOrganiserName());
            Date published = Date.from(activity.getPublishedAt() == null ? activity.getUpdatedAt() : activity.getPublishedAt());
            entry.setPublishedDate(published);
            entry.setUpdatedDate(Date.from(activity.getUpdatedAt()));
            SyndContentImpl summary = new SyndContentImpl();
            summary.setType("text/plain");
            summary.setValue(activity.getDescription().in(language).map(Object::toString).orElse(""));
            entry.setDescription(summary);
            entries.add(entry);
        }
        feed.setEntries(entries);
        feed.setPublishedDate(entries.isEmpty() ? new Date(0) : entries.get(0).getPublishedDate());
        return new SyndFeedOutput().outputString(feed);
    }

    @GetMapping("/api/v1/activities")
    ActivityPage api(@ModelAttribute ActivityFilter filter, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size, @RequestParam(defaultValue = "en") String lang) {
        int pageSize = Math.max(1, Math.min(MAX_API_PAGE, size));
        int current = Math.max(0, page);
        Language language = language(lang);
        ActivitySearch.Found found = search.find(filter, ActivitySearch.Order.BY_START, current * pageSize, pageSize);
        return new ActivityPage(found.total(), current, pageSize,
                found.hits().stream().map(a -> ActivityJson.of(a, language, links)).toList());
    }

    @GetMapping("/api/v1/activities/{id}")
    @Transactional(readOnly = true)
    ActivityJson apiActivity(@PathVariable long id, @RequestParam(defaultValue = "en") String lang) {
        return ActivityJson.of(publicActivity(id), language(lang), links);
    }

    /** One page of activities. */
    record ActivityPage(long total, int page, int size, List<ActivityJson> items) {
    }

    /** An activity as the API shows it; times are ISO 8601 with the Brussels offset. */
    record ActivityJson(long id, String status, String title, Map<String, String> titles, String description,
            String type, List<String> audiences, List<String> languages, String start, String end, boolean online,
            @Nullable String onlineUrl, @Nullable String address, @Nullable String postalCode,
            @Nullable String municipality, @Nullable String province, @Nullable String region,
            @Nullable Double latitude, @Nullable Double longitude, @Nullable Integer capacity,
            @Nullable String registrationUrl, boolean free, String organiser, String url, String ics) {

        static ActivityJson of(Activity a, Language language, SiteLinks links) {
            Map<String, String> titles = new java.util.TreeMap<>();
            a.getTitle().asMap().forEach((l, text) -> titles.put(l.code(), text));
            return new ActivityJson(a.getId(), a.getStatus().name(),
                    a.getTitle().in(language).map(Object::toString).orElse(""), titles,
                    a.getDescription().in(language).map(Object::toString).orElse(""), a.getType().name(),
                    a.getAudiences().stream().map(Enum::name).sorted().toList(),
                    a.getLanguages().stream().map(Language::code).sorted().toList(),
                    a.localStart().toOffsetDateTime().toString(), a.localEnd().toOffsetDateTime().toString(),
                    a.isOnline(), a.getOnlineUrl(), a.getAddress(), a.getPostalCode(), a.getMunicipality(),
                    a.getProvince(), a.getRegion(), a.getLatitude(), a.getLongitude(), a.getCapacity(),
                    a.getRegistrationUrl(), a.isFree(), a.getOrganiserName(), links.activityPage(a, language),
                    links.activityCalendar(a));
        }

    }

    private Activity publicActivity(long id) {
        return activities.findById(id).filter(a -> a.getStatus().isPublic())
            .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private static Language language(String code) {
        return Language.fromCode(code).orElse(Language.EN);
    }

    private static ResponseEntity<String> ics(String body, String fileName) {
        return ResponseEntity.ok()
            .contentType(MediaType.parseMediaType(ICalendars.MEDIA_TYPE))
            .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString())
            .body(body);
    }

}
