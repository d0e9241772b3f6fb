package org.saferinternethub.agenda;

import org.jspecify.annotations.Nullable;
import org.saferinternethub.account.SignedInUser;
import org.saferinternethub.shared.Language;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Editors' review of proposed activities: the queue, and the decision (publish, ask for changes, reject) taken on
 * the activity's own page.
 */
@Controller
@RequestMapping("/agenda/review")
class ActivityReviewController {

    private final Activities activities;
    private final ActivityWorkflow workflow;

    ActivityReviewController(Activities activities, ActivityWorkflow workflow) {
        this.activities = activities;
        this.workflow = workflow;
    }

    @GetMapping({ "", "/" })
    @Transactional(readOnly = true)
    String queue(Model model) {
        model.addAttribute("activities", activities.findByStatusInOrderByUpdatedAtAsc(
                java.util.List.of(ActivityStatus.SUBMITTED)));
        return "agenda/admin/review";
    }

    @PostMapping("/{id}")
    String decide(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
            @RequestParam ActivityWorkflow.Decision decision, @RequestParam(required = false) @Nullable String note,
            Language language, RedirectAttributes redirect) {
        if (decision != ActivityWorkflow.Decision.APPROVE && (note == null || note.isBlank())) {
            redirect.addFlashAttribute("problem", "agenda.review.note-required");
            return "redirect:/" + language.code() + "/agenda/activities/" + id;
        }
        workflow.decide(user, id, decision, note != null && note.length() > 2000 ? note.substring(0, 2000) : note);
        redirect.addFlashAttribute("notice", "agenda.review.done." + decision);
        return "redirect:/" + language.code() + "/agenda/review";
    }

}
