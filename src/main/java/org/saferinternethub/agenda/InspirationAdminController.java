package org.saferinternethub.agenda;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.saferinternethub.account.SignedInUser;
import org.saferinternethub.platform.AuditLog;
import org.saferinternethub.platform.AuditLog.Outcome;
import org.saferinternethub.platform.Uploads;
import org.saferinternethub.shared.Language;
import org.saferinternethub.shared.LocalizedText;
import org.saferinternethub.toolbox.Toolbox;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
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
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Editors' pages for an edition's inspiration day: the number of places, sessions (before the day: texts, times,
 * speakers, stream; after: recording and toolbox resources), speakers with their photos, and the registrations
 * as CSV. Under {@code /agenda/editions/**}, which only editors reach; every change is audited.
 */
@Controller
@RequestMapping("/agenda/editions/{editionId}/inspiration")
class InspirationAdminController {

    static final String SESSION_FORM = "agenda/admin/session-form";
    static final String SPEAKER_FORM = "agenda/admin/speaker-form";
    private static final String URL = "^$|^https?://\\S+$";

    private final Editions editions;
    private final InspirationSessions sessions;
    private final InspirationSpeakers speakers;
    private final InspirationRegistrations registrations;
    private final InspirationDay day;
    private final Uploads uploads;
    private final Toolbox toolbox;
    private final AuditLog auditLog;
    private final AgendaSettings settings;
    private final Clock clock;

    InspirationAdminController(Editions editions, InspirationSessions sessions, InspirationSpeakers speakers,
            InspirationRegistrations registrations, InspirationDay day, Uploads uploads, Toolbox toolbox,
            AuditLog auditLog, AgendaSettings settings, Clock clock) {
        this.editions = editions;
        this.sessions = sessions;
        this.speakers = speakers;
        this.registrations = registrations;
        this.day = day;
        this.uploads = uploads;
        this.toolbox = toolbox;
        this.auditLog = auditLog;
        this.settings = settings;
        this.clock = clock;
    }

    /** A session as editors write it; times are Europe/Brussels; resources are toolbox ids, comma-separated. */
    record SessionForm(@Size(max = 300) @Nullable String titleNl, @Size(max = 300) @Nullable String titleFr,
            @Size(max = 300) @Nullable String titleDe, @Size(max = 300) @Nullable String titleEn,
            @Size(max = 5000) @Nullable String summaryNl, @Size(max = 5000) @Nullable String summaryFr,
            @Size(max = 5000) @Nullable String summaryDe, @Size(max = 5000) @Nullable String summaryEn,
            @Nullable Integer themeIndex,
            @NotNull(message = "{agenda.session.date.required}") @DateTimeFormat(iso = ISO.DATE) @Nullable LocalDate date,
            @NotNull(message = "{agenda.session.start.required}") @DateTimeFormat(pattern = "HH:mm") @Nullable LocalTime startTime,
            @NotNull(message = "{agenda.session.end.required}") @DateTimeFormat(pattern = "HH:mm") @Nullable LocalTime endTime,
            @NotNull(message = "{agenda.session.format.required}") @Nullable SessionFormat format,
            @Size(max = 500) @Pattern(regexp = URL, message = "{agenda.session.url.invalid}") @Nullable String streamUrl,
            @NotNull(message = "{agenda.session.language.required}") @Nullable Language deliveryLanguage,
            @Nullable List<Long> speakerIds,
            @Size(max = 500) @Pattern(regexp = URL, message = "{agenda.session.url.invalid}") @Nullable String recordingUrl,
            @Size(max = 500) @Pattern(regexp = "^[0-9,\\s]*$", message = "{agenda.session.resources.invalid}") @Nullable String resourceIds) {

        static SessionForm empty(Edition edition) {
            return new SessionForm("", "", "", "", "", "", "", "", null, edition.getDay(), null, null,
                    SessionFormat.TALK, "", Language.NL, List.of(), "", "");
        }

        static SessionForm of(InspirationSession s) {
            return new SessionForm(get(s.getTitle(), Language.NL), get(s.getTitle(), Language.FR),
                    get(s.getTitle(), Language.DE), get(s.getTitle(), Language.EN), get(s.getSummary(), Language.NL),
                    get(s.getSummary(), Language.FR), get(s.getSummary(), Language.DE), get(s.getSummary(), Language.EN),
                    s.getThemeIndex(), s.localStart().toLocalDate(), s.localStart().toLocalTime(),
                    s.localEnd().toLocalTime(), s.getFormat(), s.getStreamUrl(), s.getDeliveryLanguage(),
                    List.copyOf(s.getSpeakerIds()), s.getRecordingUrl(),
                    String.join(", ", s.getResourceIds().stream().map(String::valueOf).toList()));
        }

        LocalizedText title() {
            return text(titleNl, titleFr, titleDe, titleEn);
        }

        List<Long> resources() {
            List<Long> ids = new ArrayList<>();
            if (resourceIds != null) {
                for (String part : resourceIds.split("[,\\s]+")) {
                    if (!part.isBlank() && part.length() < 18) {
                        ids.add(Long.parseLong(part));
                    }
                }
            }
            return ids;
        }

        InspirationSession.Details details() {
            return new InspirationSession.Details(title(), text(summaryNl, summaryFr, summaryDe, summaryEn), themeIndex,
                    date.atTime(startTime).atZone(Activity.BRUSSELS).toInstant(),
                    date.atTime(endTime).atZone(Activity.BRUSSELS).toInstant(), format, streamUrl, deliveryLanguage,
                    speakerIds == null ? Set.of() : new LinkedHashSet<>(speakerIds));
        }

        boolean hasSpeaker(long id) {
            return speakerIds != null && speakerIds.contains(id);
        }

    }

    /** A speaker as editors write them; the photo comes as a separate file field. */
    record SpeakerForm(@NotBlank(message = "{agenda.speaker.name.required}") @Size(max = 200) @Nullable String name,
            @Size(max = 200) @Nullable String organisation, @Size(max = 3000) @Nullable String bioNl,
            @Size(max = 3000) @Nullable String bioFr, @Size(max = 3000) @Nullable String bioDe,
            @Size(max = 3000) @Nullable String bioEn) {

        static SpeakerForm empty() {
            return new SpeakerForm("", "", "", "", "", "");
        }

        static SpeakerForm of(InspirationSpeaker s) {
            return new SpeakerForm(s.getName(), s.getOrganisation(), get(s.getBio(), Language.NL),
                    get(s.getBio(), Language.FR), get(s.getBio(), Language.DE), get(s.getBio(), Language.EN));
        }

        LocalizedText bio() {
            return text(bioNl, bioFr, bioDe, bioEn);
        }

    }

    /** The number of places. */
    record CapacityForm(@NotNull(message = "{agenda.inspiration.capacity.required}") @Min(0) @Max(100000) @Nullable Integer capacity) {
    }

    @GetMapping({ "", "/" })
    @Transactional(readOnly = true)
    String overview(@PathVariable long editionId, Language language, Model model) {
        Edition edition = edition(editionId);
        model.addAttribute("capacityForm", new CapacityForm(edition.getInspirationCapacity()));
        return overviewPage(edition, language, model);
    }

    @PostMapping("/capacity")
    String capacity(@PathVariable long editionId, @Valid @ModelAttribute("capacityForm") CapacityForm form,
            BindingResult errors, Language language, Model model, RedirectAttributes redirect) {
        Edition edition = edition(editionId);
        if (errors.hasErrors()) {
            return overviewPage(edition, language, model);
        }
        day.changeCapacity(editionId, form.capacity());
        auditLog.record("agenda.session.capacity", "agenda-edition#" + editionId, Outcome.SUCCESS);
        redirect.addFlashAttribute("notice", "agenda.inspiration.capacity.saved");
        return overview(editionId, language);
    }

    @GetMapping("/sessions/new")
    @Transactional(readOnly = true)
    String newSession(@PathVariable long editionId, Language language, Model model) {
        Edition edition = edition(editionId);
        model.addAttribute("form", SessionForm.empty(edition));
        return sessionPage(edition, null, language, model);
    }

    @PostMapping("/sessions/new")
    @Transactional
    String createSession(@PathVariable long editionId, @Valid @ModelAttribute("form") SessionForm form,
            BindingResult errors, Language language, Model model, RedirectAttributes redirect) {
        Edition edition = edition(editionId);
        check(form, errors, edition, language);
        if (errors.hasErrors()) {
            return sessionPage(edition, null, language, model);
        }
        InspirationSession session = new InspirationSession(editionId);
        session.describe(form.details());
        session.followUp(form.recordingUrl(), form.resources());
        sessions.save(session);
        auditLog.record("agenda.session.create", "agenda-session#" + session.getId(), Outcome.SUCCESS);
        redirect.addFlashAttribute("notice", "agenda.session.saved");
        return overview(editionId, language);
    }

    @GetMapping("/sessions/{id}")
    @Transactional(readOnly = true)
    String editSession(@PathVariable long editionId, @PathVariable long id, Language language, Model model) {
        Edition edition = edition(editionId);
        InspirationSession session = session(edition, id);
        model.addAttribute("form", SessionForm.of(session));
        return sessionPage(edition, session, language, model);
    }

    @PostMapping("/sessions/{id}")
    @Transactional
    String updateSession(@PathVariable long editionId, @PathVariable long id, @Valid @ModelAttribute("form") SessionForm form,
            BindingResult errors, Language language, Model model, RedirectAttributes redirect) {
        Edition edition = edition(editionId);
        InspirationSession session = session(edition, id);
        check(form, errors, edition, language);
        if (errors.hasErrors()) {
            return sessionPage(edition, session, language, model);
        }
        session.describe(form.details());
        session.followUp(form.recordingUrl(), form.resources());
        auditLog.record("agenda.session.update", "agenda-session#" + id, Outcome.SUCCESS);
        redirect.addFlashAttribute("notice", "agenda.session.saved");
        return overview(editionId, language);
    }

    @PostMapping("/sessions/{id}/delete")
    @Transactional
    String deleteSession(@PathVariable long editionId, @PathVariable long id, Language language,
            RedirectAttributes redirect) {
        sessions.delete(session(edition(editionId), id));
        auditLog.record("agenda.session.delete", "agenda-session#" + id, Outcome.SUCCESS);
        redirect.addFlashAttribute("notice", "agenda.session.deleted");
        return overview(editionId, language);
    }

    @GetMapping("/speakers/new")
    @Transactional(readOnly = true)
    String newSpeaker(@PathVariable long editionId, Model model) {
        model.addAttribute("form", SpeakerForm.empty());
        return speakerPage(edition(editionId), null, model);
    }

    @PostMapping("/speakers/new")
    @Transactional
    String createSpeaker(@PathVariable long editionId, @Valid @ModelAttribute("form") SpeakerForm form,
            BindingResult errors, @RequestParam(required = false) @Nullable MultipartFile photo, Language language,
            Model model, RedirectAttributes redirect) {
        Edition edition = edition(editionId);
        Uploads.StoredFile stored = errors.hasErrors() ? null : storePhoto(photo, errors);
        if (errors.hasErrors()) {
            return speakerPage(edition, null, model);
        }
        InspirationSpeaker speaker = new InspirationSpeaker(editionId, form.name());
        speaker.describe(form.name(), form.organisation(), form.bio());
        speaker.replacePhoto(stored == null ? null : stored.id());
        speakers.save(speaker);
        auditLog.record("agenda.session.speaker.create", "agenda-speaker#" + speaker.getId(), Outcome.SUCCESS);
        redirect.addFlashAttribute("notice", "agenda.speaker.saved");
        return overview(editionId, language);
    }

    @GetMapping("/speakers/{id}")
    @Transactional(readOnly = true)
    String editSpeaker(@PathVariable long editionId, @PathVariable long id, Model model) {
        Edition edition = edition(editionId);
        InspirationSpeaker speaker = speaker(edition, id);
        model.addAttribute("form", SpeakerForm.of(speaker));
        return speakerPage(edition, speaker, model);
    }

    @PostMapping("/speakers/{id}")
    @Transactional
    String updateSpeaker(@PathVariable long editionId, @PathVariable long id, @Valid @ModelAttribute("form") SpeakerForm form,
            BindingResult errors, @RequestParam(required = false) @Nullable MultipartFile photo,
            @RequestParam(required = false) @Nullable Boolean removePhoto, Language language, Model model,
            RedirectAttributes redirect) {
        Edition edition = edition(editionId);
        InspirationSpeaker speaker = speaker(edition, id);
        Uploads.StoredFile stored = errors.hasErrors() ? null : storePhoto(photo, errors);
        if (errors.hasErrors()) {
            return speakerPage(edition, speaker, model);
        }
        speaker.describe(form.name(), form.organisation(), form.bio());
        if (stored != null || Boolean.TRUE.equals(removePhoto)) {
            String old = speaker.replacePhoto(stored == null ? null : stored.id());
            if (old != null) {
                uploads.delete(old);
            }
        }
        auditLog.record("agenda.session.speaker.update", "agenda-speaker#" + id, Outcome.SUCCESS);
        redirect.addFlashAttribute("notice", "agenda.speaker.saved");
        return overview(editionId, language);
    }

    @PostMapping("/speakers/{id}/delete")
    @Transactional
    String deleteSpeaker(@PathVariable long editionId, @PathVariable long id, Language language,
            RedirectAttributes redirect) {
        InspirationSpeaker speaker = speaker(edition(editionId), id);
        String photo = speaker.getPhotoId();
        speakers.delete(speaker);
        if (photo != null) {
            uploads.delete(photo);
        }
        auditLog.record("agenda.session.speaker.delete", "agenda-speaker#" + id, Outcome.SUCCESS);
        redirect.addFlashAttribute("notice", "agenda.speaker.deleted");
        return overview(editionId, language);
    }

    /** Every registration of the edition, cancelled ones included, as CSV (UTF-8 with a BOM, for spreadsheets). */
    @GetMapping("/registrations.csv")
    @ResponseBody
    @Transactional(readOnly = true)
    ResponseEntity<byte[]> export(@PathVariable long editionId, @AuthenticationPrincipal SignedInUser user) {
        if (!ActivityWorkflow.isEditor(user)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        Edition edition = edition(editionId);
        List<InspirationRegistration> all = registrations.findByEditionIdOrderByCreatedAtAscIdAsc(editionId);
        String csv = RegistrationsCsv.write(all);
        auditLog.record("agenda.registration.export", "agenda-edition#" + editionId, Outcome.SUCCESS);
        byte[] bom = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };
        byte[] text = csv.getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[bom.length + text.length];
        System.arraycopy(bom, 0, body, 0, bom.length);
        System.arraycopy(text, 0, body, bom.length, text.length);
        String name = "inspiration-day-" + edition.getYear() + "-registrations-"
                + DateTimeFormatter.BASIC_ISO_DATE.format(clock.instant().atZone(Activity.BRUSSELS)) + ".csv";
        return ResponseEntity.ok()
            .header(HttpHeaders.CONTENT_TYPE, "text/csv;charset=UTF-8")
            .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
            .header(HttpHeaders.CACHE_CONTROL, "no-store")
            .body(body);
    }

    private void check(SessionForm form, BindingResult errors, Edition edition, Language language) {
        if (form.title().isEmpty()) {
            errors.rejectValue("titleEn", "agenda.session.title.required");
        }
        if (form.startTime() != null && form.endTime() != null && !form.endTime().isAfter(form.startTime())) {
            errors.rejectValue("endTime", "agenda.session.end.before-start");
        }
        if (form.themeIndex() != null && edition.theme(form.themeIndex(), language).isEmpty()) {
            errors.rejectValue("themeIndex", "agenda.session.theme.unknown");
        }
        if (form.speakerIds() != null) {
            Set<Long> known = new LinkedHashSet<>(speakers.findByEditionIdOrderByNameAsc(edition.getId()).stream()
                .map(InspirationSpeaker::getId).toList());
            if (!known.containsAll(form.speakerIds())) {
                errors.rejectValue("speakerIds", "agenda.session.speakers.unknown");
            }
        }
        if (!errors.hasFieldErrors("resourceIds")) {
            List<Long> unknown = form.resources().stream()
                .filter(id -> toolbox.published(id, language).isEmpty()).toList();
            if (!unknown.isEmpty()) {
                errors.rejectValue("resourceIds", "agenda.session.resources.unknown",
                        new Object[] { String.join(", ", unknown.stream().map(String::valueOf).toList()) }, null);
            }
        }
    }

    private Uploads.@Nullable StoredFile storePhoto(@Nullable MultipartFile photo, BindingResult errors) {
        if (photo == null || photo.isEmpty()) {
            return null;
        }
        try {
            return uploads.store(photo.getBytes(), Set.of(Uploads.Kind.IMAGE), settings.inspiration().photoMaxBytes(),
                    settings.inspiration().photoMaxSide());
        }
        catch (Uploads.Refused refused) {
            errors.reject(refused.messageKey());
            return null;
        }
        catch (IOException unreadable) {
            errors.reject("platform.upload.wrong-type");
            return null;
        }
    }

    private String overviewPage(Edition edition, Language language, Model model) {
        model.addAttribute("edition", edition);
        model.addAttribute("sessions", sessions.findByEditionIdOrderByStartsAtAscIdAsc(edition.getId()));
        model.addAttribute("speakers", speakers.findByEditionIdOrderByNameAsc(edition.getId()));
        model.addAttribute("counts", Map.of(
                "CONFIRMED", registrations.countByEditionIdAndStatus(edition.getId(), RegistrationStatus.CONFIRMED),
                "WAITING", registrations.countByEditionIdAndStatus(edition.getId(), RegistrationStatus.WAITING),
                "CANCELLED", registrations.countByEditionIdAndStatus(edition.getId(), RegistrationStatus.CANCELLED)));
        return "agenda/admin/inspiration";
    }

    private String sessionPage(Edition edition, @Nullable InspirationSession session, Language language, Model model) {
        model.addAttribute("edition", edition);
        model.addAttribute("item", session);
        model.addAttribute("themes", edition.themesIn(language));
        model.addAttribute("formats", SessionFormat.values());
        model.addAttribute("languageChoices", Language.values());
        model.addAttribute("speakers", speakers.findByEditionIdOrderByNameAsc(edition.getId()));
        return SESSION_FORM;
    }

    private String speakerPage(Edition edition, @Nullable InspirationSpeaker speaker, Model model) {
        model.addAttribute("edition", edition);
        model.addAttribute("speaker", speaker);
        return SPEAKER_FORM;
    }

    private static String overview(long editionId, Language language) {
        return "redirect:/" + language.code() + "/agenda/editions/" + editionId + "/inspiration";
    }

    private Edition edition(long id) {
        return editions.findById(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private InspirationSession session(Edition edition, long id) {
        return sessions.findById(id).filter(s -> s.getEditionId() == edition.getId())
            .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private InspirationSpeaker speaker(Edition edition, long id) {
        return speakers.findById(id).filter(s -> s.getEditionId() == edition.getId())
            .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private static LocalizedText text(@Nullable String nl, @Nullable String fr, @Nullable String de, @Nullable String en) {
        return LocalizedText.of(Map.of()).set(Language.NL, nl).set(Language.FR, fr).set(Language.DE, de)
            .set(Language.EN, en);
    }

    private static String get(LocalizedText text, Language language) {
        return text.get(language).orElse("");
    }

}
