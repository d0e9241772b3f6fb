package org.saferinternethub.toolbox;

import org.saferinternethub.account.SignedInUser;
import org.saferinternethub.shared.Language;
import org.saferinternethub.toolbox.search.Resource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The centre editors' review queue: approve and publish, ask for changes, or reject, with a comment. */
@Controller
@RequestMapping("/toolbox/review")
class ResourceReviewController {

    private final Editorial editorial;
    private final Toolbox toolbox;

    ResourceReviewController(Editorial editorial, Toolbox toolbox) {
        this.editorial = editorial;
        this.toolbox = toolbox;
    }

    @GetMapping({ "", "/" })
    String queue(Language language, Model model) {
        model.addAttribute("rows", editorial.reviewQueue().stream().map(r -> ManageController.Row.of(r, language)).toList());
        return "toolbox/admin/review";
    }

    @GetMapping("/{id}")
    String item(@PathVariable long id, @AuthenticationPrincipal SignedInUser editor, Language language, Model model) {
        Resource resource = editorial.visibleTo(id, editor);
        model.addAttribute("resource", toolbox.details(resource, language));
        model.addAttribute("history", editorial.history(id));
        return "toolbox/admin/review-item";
    }

    @PostMapping("/{id}/approve")
    String approve(@PathVariable long id, @AuthenticationPrincipal SignedInUser editor, Language language,
            RedirectAttributes redirect) {
        editorial.approve(id, editor);
        redirect.addFlashAttribute("notice", "toolbox.review.published");
        return "redirect:/" + language.code() + "/toolbox/review";
    }

    @PostMapping("/{id}/decide")
    String decide(@PathVariable long id, @RequestParam String decision, @RequestParam(defaultValue = "") String comment,
            @AuthenticationPrincipal SignedInUser editor, Language language, RedirectAttributes redirect) {
        String text = comment.strip();
        if (text.isEmpty() || text.length() > 2000) {
            redirect.addFlashAttribute("problem", "toolbox.review.comment.required");
            return "redirect:/" + language.code() + "/toolbox/review/" + id;
        }
        if ("reject".equals(decision)) {
            editorial.reject(id, editor, text);
            redirect.addFlashAttribute("notice", "toolbox.review.rejected");
        }
        else {
            editorial.requestChanges(id, editor, text);
            redirect.addFlashAttribute("notice", "toolbox.review.changes-requested");
        }
        return "redirect:/" + language.code() + "/toolbox/review";
    }

}
