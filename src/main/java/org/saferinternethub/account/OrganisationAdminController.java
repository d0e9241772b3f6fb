package org.saferinternethub.account;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.EntityManager;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.jspecify.annotations.Nullable;
import org.saferinternethub.platform.AuditLog;
import org.saferinternethub.platform.AuditLog.Outcome;
import org.saferinternethub.platform.HubSettings;
import org.saferinternethub.shared.Language;
import org.saferinternethub.shared.LocalizedText;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
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
 * Admin pages for organisations: search (full text, in every language), create, edit, and name their editors.
 */
@Controller
@RequestMapping("/admin/organisations")
class OrganisationAdminController {

    static final String FORM = "account/admin/organisation-form";
    private static final int PAGE_SIZE = 25;

    private final Organisations organisations;
    private final Accounts accounts;
    private final AccountAdministration administration;
    private final EntityManager entityManager;
    private final AuditLog auditLog;
    private final HubSettings settings;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    OrganisationAdminController(Organisations organisations, Accounts accounts, AccountAdministration administration,
            EntityManager entityManager, AuditLog auditLog, HubSettings settings, Clock clock,
            ApplicationEventPublisher events) {
        this.organisations = organisations;
        this.accounts = accounts;
        this.administration = administration;
        this.entityManager = entityManager;
        this.auditLog = auditLog;
        this.settings = settings;
        this.clock = clock;
        this.events = events;
    }

    /** The organisation form; the website must be an http(s) address. */
    record OrganisationForm(
            @NotBlank(message = "{account.organisation.name.required}")
            @Size(max = 200, message = "{account.organisation.name.too-long}") String name,
            @NotNull(message = "{account.organisation.type.required}") @Nullable OrganisationType type,
            @Pattern(regexp = "^$|^https?://[^\\s]{1,490}$", message = "{account.organisation.website.invalid}")
            @Nullable String website,
            @Nullable String region, @Nullable Set<Language> languages,
            @Size(max = 5000) @Nullable String aboutNl, @Size(max = 5000) @Nullable String aboutFr,
            @Size(max = 5000) @Nullable String aboutDe, @Size(max = 5000) @Nullable String aboutEn) {

        static OrganisationForm empty() {
            return new OrganisationForm("", null, "", null, Set.of(), "", "", "", "");
        }

        static OrganisationForm of(Organisation organisation) {
            LocalizedText about = organisation.getAbout();
            return new OrganisationForm(organisation.getName(), organisation.getType(), organisation.getWebsite(),
                    organisation.getRegion(), organisation.getLanguages(), about.get(Language.NL).orElse(""),
                    about.get(Language.FR).orElse(""), about.get(Language.DE).orElse(""),
                    about.get(Language.EN).orElse(""));
        }

        LocalizedText about() {
            return LocalizedText.of(Map.of()).set(Language.NL, aboutNl).set(Language.FR, aboutFr)
                .set(Language.DE, aboutDe).set(Language.EN, aboutEn);
        }

        Set<Language> languageSet() {
            return languages == null || languages.isEmpty() ? EnumSet.noneOf(Language.class) : EnumSet.copyOf(languages);
        }

    }

    @GetMapping({ "", "/" })
    @Transactional(readOnly = true)
    String list(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "0") int page, Model model) {
        int from = Math.max(0, page) * PAGE_SIZE;
        SearchResult<Organisation> result = Search.session(entityManager).search(Organisation.class)
            .where(f -> q.isBlank() ? f.matchAll()
                    : f.simpleQueryString()
                        .fields("name", "about.nl", "about.fr", "about.de", "about.en")
                        .matching(q))
            .sort(f -> q.isBlank() ? f.field("name_sort") : f.score())
            .fetch(from, PAGE_SIZE);
        model.addAttribute("q", q);
        model.addAttribute("page", new PageImpl<>(result.hits(), PageRequest.of(Math.max(0, page), PAGE_SIZE),
                result.total().hitCount()));
        return "account/admin/organisations";
    }

    @GetMapping("/new")
    String newForm(Model model) {
        model.addAttribute("form", OrganisationForm.empty());
        return form(model, null);
    }

    @PostMapping("/new")
    @Transactional
    String create(@Valid @ModelAttribute("form") OrganisationForm form, BindingResult errors, Language language,
            Model model, RedirectAttributes redirect) {
        organisations.findByNameIgnoreCase(form.name().strip())
            .ifPresent(existing -> errors.rejectValue("name", "account.organisation.name.taken"));
        if (!settingsAllow(form.region())) {
            errors.rejectValue("region", "account.organisation.region.invalid");
        }
        if (errors.hasErrors()) {
            return form(model, null);
        }
        Organisation organisation = new Organisation(form.name().strip(), form.type(), clock.instant());
        organisation.update(form.name().strip(), form.type(), blankToNull(form.website()), blankToNull(form.region()),
                form.languageSet(), form.about());
        organisations.save(organisation);
        auditLog.record("organisation.create", "organisation#" + organisation.getId(), Outcome.SUCCESS);
        redirect.addFlashAttribute("notice", "account.organisation.created");
        return "redirect:/" + language.code() + "/admin/organisations/" + organisation.getId();
    }

    @GetMapping("/{id}")
    @Transactional(readOnly = true)
    String edit(@PathVariable long id, Model model) {
        Organisation organisation = find(id);
        model.addAttribute("form", OrganisationForm.of(organisation));
        return form(model, organisation);
    }

    @PostMapping("/{id}")
    @Transactional
    String update(@PathVariable long id, @Valid @ModelAttribute("form") OrganisationForm form, BindingResult errors,
            Language language, Model model, RedirectAttributes redirect) {
        Organisation organisation = find(id);
        organisations.findByNameIgnoreCase(form.name().strip())
            .filter(other -> !other.getId().equals(organisation.getId()))
            .ifPresent(other -> errors.rejectValue("name", "account.organisation.name.taken"));
        if (!settingsAllow(form.region())) {
            errors.rejectValue("region", "account.organisation.region.invalid");
        }
        if (errors.hasErrors()) {
            return form(model, organisation);
        }
        String previousName = organisation.getName();
        organisation.update(form.name().strip(), form.type(), blankToNull(form.website()), blankToNull(form.region()),
                form.languageSet(), form.about());
        if (!previousName.equals(organisation.getName())) {
            events.publishEvent(new OrganisationRenamed(id, previousName, organisation.getName()));
        }
        auditLog.record("organisation.update", "organisation#" + id, Outcome.SUCCESS);
        redirect.addFlashAttribute("notice", "account.organisation.saved");
        return "redirect:/" + language.code() + "/admin/organisations/" + id;
    }

    @PostMapping("/{id}/editors")
    String addEditor(@PathVariable long id, @RequestParam(defaultValue = "") String email,
            @AuthenticationPrincipal SignedInUser admin, Language language, RedirectAttributes redirect) {
        find(id);
        boolean added = administration.addEditor(id, email, admin);
        redirect.addFlashAttribute(added ? "notice" : "problem",
                added ? "account.organisation.editor.added" : "account.organisation.editor.unknown");
        if (!added) {
            redirect.addFlashAttribute("editorEmail", email);
        }
        return "redirect:/" + language.code() + "/admin/organisations/" + id;
    }

    @PostMapping("/{id}/editors/{accountId}/remove")
    String removeEditor(@PathVariable long id, @PathVariable long accountId, @AuthenticationPrincipal SignedInUser admin,
            Language language, RedirectAttributes redirect) {
        administration.removeEditor(id, accountId, admin);
        redirect.addFlashAttribute("notice", "account.organisation.editor.removed");
        return "redirect:/" + language.code() + "/admin/organisations/" + id;
    }

    private String form(Model model, @Nullable Organisation organisation) {
        model.addAttribute("organisation", organisation);
        model.addAttribute("types", OrganisationType.values());
        model.addAttribute("regions", settings.regions());
        model.addAttribute("allLanguages", Language.values());
        List<Account> editors = organisation == null ? List.of() : accounts.findByOrganisationOrderByDisplayName(organisation);
        model.addAttribute("editors", editors);
        if (!model.containsAttribute("editorEmail")) {
            model.addAttribute("editorEmail", "");
        }
        return FORM;
    }

    private boolean settingsAllow(@Nullable String region) {
        return region == null || region.isBlank() || settings.regions().contains(region);
    }

    private Organisation find(long id) {
        return organisations.findById(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

}
