package org.saferinternethub.moderation;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.saferinternethub.account.SignedInUser;
import org.saferinternethub.shared.Language;
import org.springframework.data.domain.PageRequest;
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
 * The moderators' review queue: escalations on top, then the oldest first, each with its text highlighted,
 * and one click to decide.
 */
@Controller
@RequestMapping("/moderation")
class ReviewQueueController {

    static final List<String> REFUSAL_TEMPLATES = List.of("personal-info", "bullying", "sexual", "unsafe-contact",
            "spam", "off-topic");
    private static final int PAGE_SIZE = 20;

    private final ReviewItems items;
    private final ReviewQueue queue;
    private final MemberReports reports;
    private final SanctionRecords sanctions;
    private final Clock clock;

    ReviewQueueController(ReviewItems items, ReviewQueue queue, MemberReports reports, SanctionRecords sanctions,
            Clock clock) {
        this.items = items;
        this.queue = queue;
        this.reports = reports;
        this.sanctions = sanctions;
        this.clock = clock;
    }

    @GetMapping({ "", "/", "/queue" })
    @Transactional(readOnly = true)
    String queue(@RequestParam(defaultValue = "") String label, @RequestParam(defaultValue = "") String module,
            @RequestParam(defaultValue = "") String language, @RequestParam(defaultValue = "0") int olderThanHours,
            @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("items", items.queue(label, module, language,
                clock.instant().minus(Duration.ofHours(Math.max(0, olderThanHours))),
                PageRequest.of(Math.max(0, page), PAGE_SIZE)));
        model.addAttribute("label", label);
        model.addAttribute("module", module);
        model.addAttribute("itemLanguage", language);
        model.addAttribute("olderThanHours", olderThanHours);
        model.addAttribute("labels", Label.values());
        model.addAttribute("languages", Language.values());
        model.addAttribute("templates", REFUSAL_TEMPLATES);
        model.addAttribute("now", clock.instant());
        return "moderation/queue";
    }

    @GetMapping("/items/{id}")
    @Transactional(readOnly = true)
    String item(@PathVariable long id, Model model) {
        ReviewItem item = queue.find(id);
        model.addAttribute("item", item);
        model.addAttribute("redactedPreview", queue.redactPersonalInformation(item));
        model.addAttribute("history", items.findTop10ByAuthorIdOrderByCreatedAtDesc(item.getAuthorId()).stream()
            .filter(other -> !other.getId().equals(item.getId())).toList());
        model.addAttribute("reportReasons", reports.findByItemId(id).stream().map(MemberReport::getReason).toList());
        model.addAttribute("sanctions", sanctions.findByAuthorIdOrderByCreatedAtDesc(item.getAuthorId()).stream()
            .map(SanctionRecord::toSanction).toList());
        model.addAttribute("templates", REFUSAL_TEMPLATES);
        model.addAttribute("now", clock.instant());
        return "moderation/item";
    }

    @PostMapping("/items/{id}/approve")
    String approve(@PathVariable long id, @AuthenticationPrincipal SignedInUser moderator, Language language,
            RedirectAttributes redirect) {
        queue.approve(id, moderator.getName());
        return done(language, redirect, "moderation.queue.done.approved");
    }

    @PostMapping("/items/{id}/approve-redacted")
    String approveRedacted(@PathVariable long id, @AuthenticationPrincipal SignedInUser moderator, Language language,
            RedirectAttributes redirect) {
        queue.approveRedacted(id, moderator.getName());
        return done(language, redirect, "moderation.queue.done.redacted");
    }

    @PostMapping("/items/{id}/approve-edited")
    String approveEdited(@PathVariable long id, @RequestParam(defaultValue = "") String text,
            @AuthenticationPrincipal SignedInUser moderator, Language language, RedirectAttributes redirect) {
        if (text.isBlank() || text.length() > 20000) {
            redirect.addFlashAttribute("problem", "moderation.item.edit.invalid");
            return "redirect:/" + language.code() + "/moderation/items/" + id;
        }
        queue.approveEdited(id, text, moderator.getName());
        return done(language, redirect, "moderation.queue.done.edited");
    }

    @PostMapping("/items/{id}/refuse")
    String refuse(@PathVariable long id, @RequestParam(defaultValue = "other") String template,
            @RequestParam(required = false) @Nullable String message, @AuthenticationPrincipal SignedInUser moderator,
            Language language, RedirectAttributes redirect) {
        queue.refuse(id, REFUSAL_TEMPLATES.contains(template) ? template : "off-topic", message, moderator.getName());
        return done(language, redirect, "moderation.queue.done.refused");
    }

    @PostMapping("/items/{id}/escalate")
    String escalate(@PathVariable long id, @AuthenticationPrincipal SignedInUser moderator, Language language,
            RedirectAttributes redirect) {
        queue.escalate(id, moderator.getName());
        return done(language, redirect, "moderation.queue.done.escalated");
    }

    @PostMapping("/items/{id}/sanction")
    String sanction(@PathVariable long id, @RequestParam Sanction.Kind kind, @RequestParam(defaultValue = "7") int days,
            @AuthenticationPrincipal SignedInUser moderator, Language language, RedirectAttributes redirect) {
        ReviewItem item = queue.find(id);
        queue.sanction(item.getAuthorId(), kind, Math.min(days, 365), moderator.getName());
        redirect.addFlashAttribute("notice", "moderation.item.sanction.done");
        return "redirect:/" + language.code() + "/moderation/items/" + id;
    }

    @PostMapping("/bulk")
    String bulk(@RequestParam(name = "ids", required = false) @Nullable List<Long> ids,
            @RequestParam(defaultValue = "approve") String action, @RequestParam(defaultValue = "off-topic") String template,
            @AuthenticationPrincipal SignedInUser moderator, Language language, RedirectAttributes redirect) {
        if (ids == null || ids.isEmpty()) {
            redirect.addFlashAttribute("problem", "moderation.queue.bulk.none");
            return "redirect:/" + language.code() + "/moderation/queue";
        }
        for (Long id : ids) {
            if ("refuse".equals(action)) {
                queue.refuse(id, REFUSAL_TEMPLATES.contains(template) ? template : "off-topic", null, moderator.getName());
            }
            else {
                queue.approve(id, moderator.getName());
            }
        }
        return done(language, redirect, "refuse".equals(action) ? "moderation.queue.done.bulk-refused"
                : "moderation.queue.done.bulk-approved");
    }

    private static String done(Language language, RedirectAttributes redirect, String notice) {
        redirect.addFlashAttribute("notice", notice);
        return "redirect:/" + language.code() + "/moderation/queue";
    }

}
