package org.saferinternethub.agenda;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.saferinternethub.account.SignedInUser;
import org.saferinternethub.shared.Language;
import org.saferinternethub.shared.LocalizedText.Localized;
import org.saferinternethub.toolbox.Toolbox;
import org.saferinternethub.toolbox.Toolbox.ResourceDetails;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The online inspiration day in public: an edition's programme (grouped by start time, filtered by theme and
 * language without JavaScript), each session's page, registering, and the person's own registration page
 * reached by the link in their mail (status, stream links, cancel).
 */
@Controller
@RequestMapping("/agenda/inspiration")
class InspirationController {

    private final Editions editions;
    private final InspirationSessions sessions;
    private final InspirationSpeakers speakers;
    private final InspirationRegistrations registrations;
    private final InspirationDay day;
    private final InspirationAccess access;
    private final Toolbox toolbox;
    private final AgendaSettings settings;
    private final Clock clock;

    InspirationController(Editions editions, InspirationSessions sessions, InspirationSpeakers speakers,
            InspirationRegistrations registrations, InspirationDay day, InspirationAccess access, Toolbox toolbox,
            AgendaSettings settings, Clock clock) {
        this.editions = editions;
        this.sessions = sessions;
        this.speakers = speakers;
        this.registrations = registrations;
        this.day = day;
        this.access = access;
        this.toolbox = toolbox;
        this.settings = settings;
        this.clock = clock;
    }

    /** A session as a page shows it to one visitor. */
    record SessionView(InspirationSession session, Localized title, @Nullable Localized summary,
            @Nullable String theme, List<InspirationSpeaker> speakers, boolean streamOpen, LocalDateTime streamOpensAt,
            boolean over) {
    }

    /** A toolbox resource shared in a session. */
    record SharedTool(long id, Localized title, @Nullable Localized summary) {
    }

    /** The registration form. */
    record RegistrationForm(
            @NotBlank(message = "{agenda.inspiration.register.name.required}") @Size(max = 200) @Nullable String name,
            @NotBlank(message = "{agenda.inspiration.register.email.required}") @Email(message = "{agenda.inspiration.register.email.invalid}") @Size(max = 254) @Nullable String email,
            @NotNull(message = "{agenda.inspiration.register.role.required}") @Nullable RegistrantRole role,
            @NotNull(message = "{agenda.inspiration.register.language.required}") @Nullable Language language) {
    }

    @GetMapping({ "", "/" })
    String current(Language language) {
        Edition edition = editions.current(clock.instant().atZone(Activity.BRUSSELS).toLocalDate())
            .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return "redirect:/" + language.code() + "/agenda/inspiration/" + edition.getYear();
    }

    @GetMapping("/{year:\\d{4}}")
    @Transactional(readOnly = true)
    String programme(@PathVariable int year, @RequestParam(required = false) @Nullable Integer theme,
            @RequestParam(name = "in", required = false) @Nullable String deliveredIn, Language language,
            @AuthenticationPrincipal @Nullable SignedInUser user, HttpServletRequest request, Model model) {
        Edition edition = editions.findByYear(year).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        Optional<InspirationRegistration> registration = access.of(edition, request, user);
        Optional<Language> in = deliveredIn == null ? Optional.empty() : Language.fromCode(deliveredIn);
        List<InspirationSession> all = sessions.findByEditionIdOrderByStartsAtAscIdAsc(edition.getId());
        Map<Long, InspirationSpeaker> speakerById = speakerMap(edition);
        boolean mayWatch = InspirationAccess.mayWatch(registration);
        Map<LocalDateTime, List<SessionView>> slots = new LinkedHashMap<>();
        all.stream()
            .filter(s -> theme == null || theme.equals(s.getThemeIndex()))
            .filter(s -> in.isEmpty() || s.getDeliveryLanguage() == in.get())
            .forEach(s -> slots.computeIfAbsent(s.localStart(), t -> new ArrayList<>())
                .add(view(s, edition, speakerById, mayWatch, language)));
        model.addAttribute("edition", edition);
        model.addAttribute("slots", slots);
        model.addAttribute("total", all.size());
        model.addAttribute("shown", slots.values().stream().mapToInt(List::size).sum());
        model.addAttribute("themes", edition.themesIn(language));
        model.addAttribute("languagesGiven", all.stream().map(InspirationSession::getDeliveryLanguage).distinct()
            .sorted().toList());
        model.addAttribute("theme", theme);
        model.addAttribute("deliveredIn", in.orElse(null));
        model.addAttribute("registration", registration.orElse(null));
        model.addAttribute("speakerCount", speakerById.size());
        addPlaces(edition, model);
        return "agenda/inspiration/programme";
    }

    @GetMapping("/sessions/{id}")
    @Transactional(readOnly = true)
    String session(@PathVariable long id, Language language, @AuthenticationPrincipal @Nullable SignedInUser user,
            HttpServletRequest request, Model model) {
        InspirationSession session = sessions.findById(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        Edition edition = editions.findById(session.getEditionId()).orElseThrow();
        Optional<InspirationRegistration> registration = access.of(edition, request, user);
        model.addAttribute("edition", edition);
        model.addAttribute("s", view(session, edition, speakerMap(edition), InspirationAccess.mayWatch(registration), language));
        model.addAttribute("registration", registration.orElse(null));
        model.addAttribute("tools", session.getResourceIds().stream()
            .flatMap(resource -> toolbox.published(resource, language).stream())
            .map(InspirationController::tool).toList());
        return "agenda/inspiration/session";
    }

    @GetMapping("/{year:\\d{4}}/register")
    @Transactional(readOnly = true)
    String registerForm(@PathVariable int year, Language language, @AuthenticationPrincipal @Nullable SignedInUser user,
            Model model) {
        Edition edition = editions.findByYear(year).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("form", new RegistrationForm(user == null ? "" : user.name(),
                user == null || user.email() == null ? "" : user.email(), null, language));
        return registerPage(edition, model);
    }

    @PostMapping("/{year:\\d{4}}/register")
    String register(@PathVariable int year, @Valid @ModelAttribute("form") RegistrationForm form, BindingResult errors,
            Language language, @AuthenticationPrincipal @Nullable SignedInUser user, HttpServletRequest request,
            HttpServletResponse response, Model model, RedirectAttributes redirect) {
        Edition edition = editions.findByYear(year).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (isOver(edition)) {
            errors.reject("agenda.inspiration.register.closed");
        }
        if (errors.hasErrors()) {
            return registerPage(edition, model);
        }
        InspirationDay.Outcome outcome = day.register(edition.getId(), new InspirationDay.Request(form.name(),
                form.email(), form.role(), form.language(), user == null ? null : user.id()));
        if (!outcome.created()) {
            // Someone else may have typed this address: say only that its link was sent, never show it.
            redirect.addFlashAttribute("notice", "agenda.inspiration.register.known");
            return "redirect:/" + language.code() + "/agenda/inspiration/" + year;
        }
        InspirationAccess.remember(outcome.registration(), edition, clock.instant(), request, response);
        redirect.addFlashAttribute("notice", outcome.registration().getStatus() == RegistrationStatus.CONFIRMED
                ? "agenda.inspiration.register.confirmed" : "agenda.inspiration.register.waiting");
        return "redirect:/" + language.code() + "/agenda/inspiration/registration/" + outcome.registration().getToken();
    }

    @GetMapping("/registration/{token}")
    @Transactional(readOnly = true)
    String registration(@PathVariable String token, Language language, HttpServletRequest request,
            HttpServletResponse response, Model model) {
        InspirationRegistration registration = registrations.findByToken(token)
            .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        Edition edition = editions.findById(registration.getEditionId()).orElseThrow();
        if (registration.isActive()) {
            InspirationAccess.remember(registration, edition, clock.instant(), request, response);
        }
        model.addAttribute("registration", registration);
        model.addAttribute("edition", edition);
        model.addAttribute("position", registration.getStatus() == RegistrationStatus.WAITING
                ? positionOnWaitingList(registration) : 0);
        boolean mayWatch = registration.getStatus() == RegistrationStatus.CONFIRMED;
        Map<Long, InspirationSpeaker> speakerById = speakerMap(edition);
        model.addAttribute("sessions", sessions.findByEditionIdOrderByStartsAtAscIdAsc(edition.getId()).stream()
            .map(s -> view(s, edition, speakerById, mayWatch, language)).toList());
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Robots-Tag", "noindex");
        return "agenda/inspiration/registration";
    }

    @PostMapping("/registration/{token}/cancel")
    String cancel(@PathVariable String token, Language language, HttpServletRequest request,
            HttpServletResponse response, RedirectAttributes redirect) {
        day.cancel(token).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        InspirationAccess.forget(request, response);
        redirect.addFlashAttribute("notice", "agenda.inspiration.registration.cancelled");
        return "redirect:/" + language.code() + "/agenda/inspiration/registration/" + token;
    }

    private String registerPage(Edition edition, Model model) {
        model.addAttribute("edition", edition);
        model.addAttribute("roles", RegistrantRole.values());
        model.addAttribute("languageChoices", Language.values());
        model.addAttribute("over", isOver(edition));
        addPlaces(edition, model);
        return "agenda/inspiration/register";
    }

    private void addPlaces(Edition edition, Model model) {
        long confirmed = registrations.countByEditionIdAndStatus(edition.getId(), RegistrationStatus.CONFIRMED);
        model.addAttribute("placesLeft", Math.max(0, edition.getInspirationCapacity() - confirmed));
        model.addAttribute("waitingCount", registrations.countByEditionIdAndStatus(edition.getId(), RegistrationStatus.WAITING));
        model.addAttribute("over", isOver(edition));
    }

    private long positionOnWaitingList(InspirationRegistration registration) {
        List<InspirationRegistration> waiting = registrations.findByEditionIdAndStatusOrderByCreatedAtAscIdAsc(
                registration.getEditionId(), RegistrationStatus.WAITING);
        return waiting.stream().map(InspirationRegistration::getId).toList().indexOf(registration.getId()) + 1;
    }

    private boolean isOver(Edition edition) {
        return clock.instant().atZone(Activity.BRUSSELS).toLocalDate().isAfter(edition.getDay());
    }

    private Map<Long, InspirationSpeaker> speakerMap(Edition edition) {
        return speakers.findByEditionIdOrderByNameAsc(edition.getId()).stream()
            .collect(Collectors.toMap(InspirationSpeaker::getId, Function.identity(), (a, b) -> a, LinkedHashMap::new));
    }

    private SessionView view(InspirationSession session, Edition edition, Map<Long, InspirationSpeaker> speakerById,
            boolean mayWatch, Language language) {
        Instant now = clock.instant();
        Duration before = settings.inspiration().streamOpensBefore();
        List<InspirationSpeaker> itsSpeakers = speakerById.values().stream()
            .filter(speaker -> session.getSpeakerIds().contains(speaker.getId())).toList();
        return new SessionView(session, session.getTitle().in(language).orElse(new Localized("", language, false)),
                session.getSummary().in(language).orElse(null), edition.theme(session.getThemeIndex(), language).orElse(null),
                itsSpeakers,
                mayWatch && session.getStreamUrl() != null
                        && InspirationSession.streamOpen(session.getStartsAt(), session.getEndsAt(), now, before),
                LocalDateTime.ofInstant(session.getStartsAt().minus(before), Activity.BRUSSELS),
                !now.isBefore(session.getEndsAt()));
    }

    private static SharedTool tool(ResourceDetails details) {
        return new SharedTool(details.id(), details.title(),
                details.summary().value().isEmpty() ? null : details.summary());
    }

}
