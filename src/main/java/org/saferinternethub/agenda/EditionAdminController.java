package org.saferinternethub.agenda;

import java.time.LocalDate;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.saferinternethub.platform.AuditLog;
import org.saferinternethub.platform.AuditLog.Outcome;
import org.saferinternethub.shared.Language;
import org.saferinternethub.shared.LocalizedText;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Editors' pages for the yearly editions: date, slogan, introduction and themes per language, and whether
 * activities may be proposed.
 */
@Controller
@RequestMapping("/agenda/editions")
class EditionAdminController {

    static final String FORM = "agenda/admin/edition-form";

    private final Editions editions;
    private final AuditLog auditLog;

    EditionAdminController(Editions editions, AuditLog auditLog) {
        this.editions = editions;
        this.auditLog = auditLog;
    }

    /** The edition form; themes are one per line. */
    record EditionForm(@NotNull(message = "{agenda.edition.year.required}") @Min(2004) @Max(2100) @Nullable Integer year,
            @NotNull(message = "{agenda.edition.day.required}") @DateTimeFormat(iso = ISO.DATE) @Nullable LocalDate day,
            @Size(max = 300) @Nullable String sloganNl, @Size(max = 300) @Nullable String sloganFr,
            @Size(max = 300) @Nullable String sloganDe, @Size(max = 300) @Nullable String sloganEn,
            @Size(max = 5000) @Nullable String introNl, @Size(max = 5000) @Nullable String introFr,
            @Size(max = 5000) @Nullable String introDe, @Size(max = 5000) @Nullable String introEn,
            @Size(max = 2000) @Nullable String themesNl, @Size(max = 2000) @Nullable String themesFr,
            @Size(max = 2000) @Nullable String themesDe, @Size(max = 2000) @Nullable String themesEn,
            @Nullable Boolean open) {

        static EditionForm empty() {
            return new EditionForm(null, null, "", "", "", "", "", "", "", "", "", "", "", "", false);
        }

        static EditionForm of(Edition edition) {
            return new EditionForm(edition.getYear(), edition.getDay(), get(edition.getSlogan(), Language.NL),
                    get(edition.getSlogan(), Language.FR), get(edition.getSlogan(), Language.DE),
                    get(edition.getSlogan(), Language.EN), get(edition.getIntro(), Language.NL),
                    get(edition.getIntro(), Language.FR), get(edition.getIntro(), Language.DE),
                    get(edition.getIntro(), Language.EN), get(edition.getThemes(), Language.NL),
                    get(edition.getThemes(), Language.FR), get(edition.getThemes(), Language.DE),
                    get(edition.getThemes(), Language.EN), edition.isOpenForSubmissions());
        }

        void applyTo(Edition edition) {
            edition.update(year, day, text(sloganNl, sloganFr, sloganDe, sloganEn),
                    text(introNl, introFr, introDe, introEn), text(themesNl, themesFr, themesDe, themesEn),
                    Boolean.TRUE.equals(open));
        }

        private static LocalizedText text(@Nullable String nl, @Nullable String fr, @Nullable String de,
                @Nullable String en) {
            return LocalizedText.of(Map.of()).set(Language.NL, nl).set(Language.FR, fr).set(Language.DE, de)
                .set(Language.EN, en);
        }

        private static String get(LocalizedText text, Language language) {
            return text.get(language).orElse("");
        }

    }

    @GetMapping({ "", "/" })
    @Transactional(readOnly = true)
    String list(Model model) {
        model.addAttribute("editions", editions.findAllByOrderByYearDesc());
        return "agenda/admin/editions";
    }

    @GetMapping("/new")
    String newForm(Model model) {
        model.addAttribute("form", EditionForm.empty());
        model.addAttribute("edition", null);
        return FORM;
    }

    @PostMapping("/new")
    @Transactional
    String create(@Valid @ModelAttribute("form") EditionForm form, BindingResult errors, Language language,
            Model model, RedirectAttributes redirect) {
        if (form.year() != null && editions.findByYear(form.year()).isPresent()) {
            errors.rejectValue("year", "agenda.edition.year.taken");
        }
        if (errors.hasErrors()) {
            model.addAttribute("edition", null);
            return FORM;
        }
        Edition edition = new Edition(form.year(), form.day());
        form.applyTo(edition);
        editions.save(edition);
        auditLog.record("agenda.edition.create", "agenda-edition#" + edition.getId(), Outcome.SUCCESS);
        redirect.addFlashAttribute("notice", "agenda.edition.saved");
        return "redirect:/" + language.code() + "/agenda/editions";
    }

    @GetMapping("/{id}")
    @Transactional(readOnly = true)
    String edit(@PathVariable long id, Model model) {
        Edition edition = editions.findById(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("form", EditionForm.of(edition));
        model.addAttribute("edition", edition);
        return FORM;
    }

    @PostMapping("/{id}")
    @Transactional
    String update(@PathVariable long id, @Valid @ModelAttribute("form") EditionForm form, BindingResult errors,
            Language language, Model model, RedirectAttributes redirect) {
        Edition edition = editions.findById(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (form.year() != null && editions.findByYear(form.year()).filter(other -> other.getId() != id).isPresent()) {
            errors.rejectValue("year", "agenda.edition.year.taken");
        }
        if (errors.hasErrors()) {
            model.addAttribute("edition", edition);
            return FORM;
        }
        form.applyTo(edition);
        auditLog.record("agenda.edition.update", "agenda-edition#" + id, Outcome.SUCCESS);
        redirect.addFlashAttribute("notice", "agenda.edition.saved");
        return "redirect:/" + language.code() + "/agenda/editions";
    }

}
