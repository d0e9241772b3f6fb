package org.saferinternethub.agenda;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.saferinternethub.account.SignedInUser;
import org.saferinternethub.platform.ContentSecurityPolicy;
import org.saferinternethub.shared.Language;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The public agenda: the current edition's landing page, the activities as a filtered list, a map and a month
 * calendar, and each activity's page.
 */
@Controller
@RequestMapping("/agenda")
class AgendaController {

    static final int PAGE_SIZE = 20;
    /** The map and the calendar show every match; more than this many is not a Safer Internet Day. */
    static final int ALL = 2000;
    static final List<String> REGIONS = List.of("BE-VLG", "BE-WAL", "BE-BRU", "BE-DG");

    private final Editions editions;
    private final Activities activities;
    private final ActivitySearch search;
    private final ActivityWorkflow workflow;
    private final AgendaSettings settings;
    private final JsonLd jsonLd;
    private final Clock clock;

    AgendaController(Editions editions, Activities activities, ActivitySearch search, ActivityWorkflow workflow,
            AgendaSettings settings, JsonLd jsonLd, Clock clock) {
        this.editions = editions;
        this.activities = activities;
        this.search = search;
        this.workflow = workflow;
        this.settings = settings;
        this.jsonLd = jsonLd;
        this.clock = clock;
    }

    @ModelAttribute
    void choices(Model model) {
        model.addAttribute("provinces", Arrays.stream(Province.values()).map(Province::code).toList());
        model.addAttribute("regions", REGIONS);
        model.addAttribute("types", ActivityType.values());
        model.addAttribute("audienceChoices", Audience.values());
        model.addAttribute("languageChoices", Language.values());
    }

    @GetMapping({ "", "/" })
    @Transactional(readOnly = true)
    String landing(Model model) {
        LocalDate today = today();
        Edition edition = editions.current(today).orElse(null);
        model.addAttribute("edition", edition);
        if (edition != null) {
            model.addAttribute("daysToGo", Math.max(0, ChronoUnit.DAYS.between(today, edition.getDay())));
            model.addAttribute("isToday", edition.getDay().equals(today));
        }
        model.addAttribute("open", workflow.openEdition().isPresent());
        ActivityFilter upcoming = new ActivityFilter(null, today, null, null, null, null, null, null, null, null);
        ActivitySearch.Found found = search.find(upcoming, ActivitySearch.Order.BY_START, 0, 6);
        model.addAttribute("upcoming", found.hits());
        model.addAttribute("upcomingTotal", found.total());
        return "agenda/landing";
    }

    @GetMapping("/activities")
    String list(@ModelAttribute("filter") ActivityFilter filter, @RequestParam(defaultValue = "0") int page,
            Model model) {
        int current = Math.max(0, page);
        ActivitySearch.Found found = search.find(filter, ActivitySearch.Order.BY_START, current * PAGE_SIZE, PAGE_SIZE);
        model.addAttribute("activities", found.hits());
        model.addAttribute("total", found.total());
        model.addAttribute("page", current);
        model.addAttribute("pages", (found.total() + PAGE_SIZE - 1) / PAGE_SIZE);
        return "agenda/list";
    }

    @GetMapping("/map")
    String map(@ModelAttribute("filter") ActivityFilter filter, Model model, HttpServletResponse response) {
        ActivitySearch.Found found = search.find(filter, ActivitySearch.Order.BY_START, 0, ALL);
        model.addAttribute("activities", found.hits());
        model.addAttribute("total", found.total());
        model.addAttribute("mapSettings", settings.map());
        allowMapTiles(response, settings);
        return "agenda/map";
    }

    @GetMapping("/calendar")
    String calendar(@ModelAttribute("filter") ActivityFilter filter, @RequestParam(required = false) @Nullable String month,
            Model model) {
        YearMonth shown = parseMonth(month).orElseGet(this::defaultMonth);
        List<Activity> found = search.find(filter.within(shown), ActivitySearch.Order.BY_START, 0, ALL).hits();
        LocalDate first = shown.atDay(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate last = shown.atEndOfMonth().with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
        List<List<CalendarDay>> weeks = new ArrayList<>();
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            if (day.getDayOfWeek() == DayOfWeek.MONDAY) {
                weeks.add(new ArrayList<>());
            }
            LocalDate date = day;
            List<Activity> that = found.stream()
                .filter(a -> !a.localStart().toLocalDate().isAfter(date) && !a.localEnd().toLocalDate().isBefore(date))
                .toList();
            weeks.get(weeks.size() - 1).add(new CalendarDay(date, YearMonth.from(date).equals(shown), that));
        }
        model.addAttribute("month", shown);
        model.addAttribute("monthStart", shown.atDay(1));
        model.addAttribute("previous", shown.minusMonths(1));
        model.addAttribute("next", shown.plusMonths(1));
        model.addAttribute("weeks", weeks);
        model.addAttribute("weekdays", weeks.get(0).stream().map(CalendarDay::date).toList());
        model.addAttribute("total", found.size());
        return "agenda/calendar";
    }

    /** One day of the month calendar and the activities that run on it. */
    record CalendarDay(LocalDate date, boolean inMonth, List<Activity> activities) {
    }

    @GetMapping("/activities/{id}")
    @Transactional(readOnly = true)
    String activity(@PathVariable long id, @AuthenticationPrincipal @Nullable SignedInUser user, Language language,
            Model model) {
        Activity activity = activities.findById(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        boolean manager = user != null && ActivityWorkflow.mayManage(user, activity);
        if (!activity.getStatus().isPublic() && !manager) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        model.addAttribute("activity", activity);
        model.addAttribute("edition", editions.findById(activity.getEditionId()).orElse(null));
        model.addAttribute("manager", manager);
        model.addAttribute("reviewer", user != null && ActivityWorkflow.isEditor(user)
                && activity.getStatus() == ActivityStatus.SUBMITTED);
        if (activity.getStatus().isPublic()) {
            model.addAttribute("jsonLd", jsonLd.event(activity, language));
        }
        return "agenda/activity";
    }

    /**
     * The map pages show tiles from the configured server: this page's CSP is the site's with that origin added
     * to {@code img-src}. Spring Security leaves a CSP header that is already set.
     */
    static void allowMapTiles(HttpServletResponse response, AgendaSettings settings) {
        response.setHeader("Content-Security-Policy",
                ContentSecurityPolicy.allowingImagesFrom(settings.map().tileOrigin()));
    }

    private LocalDate today() {
        return clock.instant().atZone(Activity.BRUSSELS).toLocalDate();
    }

    private YearMonth defaultMonth() {
        return editions.current(today()).map(e -> YearMonth.from(e.getDay())).orElseGet(() -> YearMonth.from(today()));
    }

    private static java.util.Optional<YearMonth> parseMonth(@Nullable String month) {
        if (month == null || month.isBlank()) {
            return java.util.Optional.empty();
        }
        try {
            return java.util.Optional.of(YearMonth.parse(month.strip()));
        }
        catch (DateTimeParseException invalid) {
            return java.util.Optional.empty();
        }
    }

}
