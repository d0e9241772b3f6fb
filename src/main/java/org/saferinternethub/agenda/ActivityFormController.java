package org.saferinternethub.agenda;

import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.saferinternethub.account.AccountDirectory;
import org.saferinternethub.account.Role;
import org.saferinternethub.account.SignedInUser;
import org.saferinternethub.shared.Language;
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
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Organisers' pages: propose an activity, edit it, cancel it, and see one's own activities with their review
 * state. An organisation editor's activities belong to their organisation, whose editors all manage them.
 */
@Controller
@RequestMapping("/agenda")
class ActivityFormController {

    static final String FORM = "agenda/activity-form";

    private final Activities activities;
    private final ActivityWorkflow workflow;
    private final AccountDirectory directory;
    private final AgendaSettings settings;

    ActivityFormController(Activities activities, ActivityWorkflow workflow, AccountDirectory directory,
            AgendaSettings settings) {
        this.activities = activities;
        this.workflow = workflow;
        this.directory = directory;
        this.settings = settings;
    }

    @ModelAttribute
    void choices(Model model) {
        model.addAttribute("types", ActivityType.values());
        model.addAttribute("audienceChoices", Audience.values());
        model.addAttribute("languageChoices", Language.values());
        model.addAttribute("mapSettings", settings.map());
    }

    @GetMapping("/activities/new")
    String newForm(@AuthenticationPrincipal SignedInUser user, Model model, HttpServletResponse response) {
        if (!ActivityWorkflow.mayPropose(user)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        if (workflow.openEdition().isEmpty()) {
            return "agenda/closed";
        }
        model.addAttribute("form", ActivityForm.empty(organisationName(user)));
        return form(model, null, response);
    }

    @PostMapping("/activities/new")
    String create(@AuthenticationPrincipal SignedInUser user, @Valid @ModelAttribute("form") ActivityForm form,
            BindingResult errors, Language language, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        if (!ActivityWorkflow.mayPropose(user)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        if (workflow.openEdition().isEmpty()) {
            return "agenda/closed";
        }
        form.check(errors);
        if (errors.hasErrors()) {
            return form(model, null, response);
        }
        Activity activity = workflow.propose(user, form.details(organisationOf(user)));
        redirect.addFlashAttribute("notice", "agenda.form.submitted");
        return "redirect:/" + language.code() + "/agenda/activities/" + activity.getId();
    }

    @GetMapping("/activities/{id}/edit")
    @Transactional(readOnly = true)
    String edit(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, Model model,
            HttpServletResponse response) {
        Activity activity = managed(user, id);
        model.addAttribute("form", ActivityForm.of(activity));
        return form(model, activity, response);
    }

    @PostMapping("/activities/{id}/edit")
    String update(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
            @Valid @ModelAttribute("form") ActivityForm form, BindingResult errors, Language language, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        Activity activity = managed(user, id);
        form.check(errors);
        if (errors.hasErrors()) {
            return form(model, activity, response);
        }
        workflow.update(user, id, form.details(activity.getOrganisationId()));
        redirect.addFlashAttribute("notice", ActivityWorkflow.isEditor(user) ? "agenda.form.saved" : "agenda.form.resubmitted");
        return "redirect:/" + language.code() + "/agenda/activities/" + id;
    }

    @PostMapping("/activities/{id}/cancel")
    String cancel(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, Language language,
            RedirectAttributes redirect) {
        workflow.cancel(user, id);
        redirect.addFlashAttribute("notice", "agenda.activity.cancelled-notice");
        return "redirect:/" + language.code() + "/agenda/activities/" + id;
    }

    @GetMapping("/mine")
    @Transactional(readOnly = true)
    String mine(@AuthenticationPrincipal SignedInUser user, Model model) {
        List<Activity> own = user.organisationId() != null && user.has(Role.ORG_EDITOR)
                ? activities.findBySubmittedByOrOrganisationIdOrderByStartsAtDesc(user.id(), user.organisationId())
                : activities.findBySubmittedByOrderByStartsAtDesc(user.id());
        model.addAttribute("activities", own);
        model.addAttribute("open", workflow.openEdition().isPresent());
        return "agenda/mine";
    }

    private Activity managed(SignedInUser user, long id) {
        Activity activity = activities.findById(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (!ActivityWorkflow.mayManage(user, activity)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        if (activity.getStatus() == ActivityStatus.REJECTED || activity.isCancelled()) {
            throw new ResponseStatusException(HttpStatus.CONFLICT);
        }
        return activity;
    }

    private String form(Model model, @org.jspecify.annotations.Nullable Activity activity, HttpServletResponse response) {
        model.addAttribute("activity", activity);
        // The form has a map to place the pin on: it needs the tile server too.
        AgendaController.allowMapTiles(response, settings);
        return FORM;
    }

    private @org.jspecify.annotations.Nullable Long organisationOf(SignedInUser user) {
        return user.has(Role.ORG_EDITOR) ? user.organisationId() : null;
    }

    private String organisationName(SignedInUser user) {
        Long organisationId = organisationOf(user);
        return organisationId == null ? ""
                : directory.organisation(organisationId).map(AccountDirectory.OrganisationSummary::name).orElse("");
    }

}
