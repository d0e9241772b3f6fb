package org.saferinternethub.peerhelp;

import org.jspecify.annotations.Nullable;
import org.saferinternethub.account.Role;
import org.saferinternethub.account.SignedInUser;
import org.saferinternethub.moderation.ReportReason;
import org.saferinternethub.shared.Language;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The space itself, for young members and staff only: topics, threads, replies, reactions, helpful marks,
 * reports, blocks and search. The security chain lets only those roles in; every handler checks again.
 */
@Controller
@RequestMapping("/peer-help")
class SpaceController {

    static final String THREAD = "peerhelp/thread";
    static final String NEW_THREAD = "peerhelp/new-thread";
    static final String EDIT = "peerhelp/edit";

    private final Space space;
    private final Stewardship stewardship;
    private final TopicTips tips;
    private final PeerHelpSettings settings;

    SpaceController(Space space, Stewardship stewardship, TopicTips tips, PeerHelpSettings settings) {
        this.space = space;
        this.stewardship = stewardship;
        this.tips = tips;
        this.settings = settings;
    }

    /** A new thread as typed; kept when the engine refuses it, so nothing is lost. */
    record ThreadForm(@Nullable String topic, @Nullable String title, @Nullable String body,
            @Nullable String contentWarning) {

        static ThreadForm in(String topic) {
            return new ThreadForm(topic, "", "", "");
        }

    }

    /** A reply as typed. */
    record ReplyForm(@Nullable String body) {
    }

    /** Young members and staff find the space here; everyone else the public welcome page, and nothing more. */
    @GetMapping("")
    String home(@AuthenticationPrincipal @Nullable SignedInUser user, Model model) {
        if (!Access.mayEnter(user)) {
            model.addAttribute("signedIn", user != null);
            model.addAttribute("minAge", settings.minAge());
            model.addAttribute("maxAge", settings.maxAge());
            return "peerhelp/welcome";
        }
        model.addAttribute("topics", settings.topics());
        model.addAttribute("threads", space.threads("", enter(user)));
        return "peerhelp/space";
    }

    @GetMapping("/topics/{topic}")
    String topic(@PathVariable String topic, @AuthenticationPrincipal @Nullable SignedInUser user, Language language,
            Model model) {
        SignedInUser member = enter(user);
        knownTopic(topic);
        model.addAttribute("topic", topic);
        model.addAttribute("tips", tips.of(topic, language));
        model.addAttribute("threads", space.threads(topic, member));
        return "peerhelp/topic";
    }

    @GetMapping("/search")
    String search(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "") String topic,
            @AuthenticationPrincipal @Nullable SignedInUser user, Model model) {
        SignedInUser member = enter(user);
        String chosen = settings.topics().contains(topic) ? topic : "";
        model.addAttribute("q", q);
        model.addAttribute("topic", chosen);
        model.addAttribute("topics", settings.topics());
        model.addAttribute("results", space.search(q.length() > 200 ? q.substring(0, 200) : q, chosen, member));
        return "peerhelp/search";
    }

    @GetMapping("/threads/new")
    String newThread(@RequestParam(defaultValue = "") String topic,
            @AuthenticationPrincipal @Nullable SignedInUser user, Model model) {
        mayStart(enter(user));
        model.addAttribute("form", ThreadForm.in(settings.topics().contains(topic) ? topic : ""));
        model.addAttribute("topics", settings.topics());
        return NEW_THREAD;
    }

    @PostMapping("/threads")
    String startThread(@ModelAttribute("form") ThreadForm form, BindingResult errors,
            @AuthenticationPrincipal @Nullable SignedInUser user, Language language, Model model,
            RedirectAttributes redirect) {
        SignedInUser member = enter(user);
        mayStart(member);
        String topic = form.topic() == null ? "" : form.topic();
        String title = form.title() == null ? "" : form.title().strip();
        String body = form.body() == null ? "" : form.body().strip();
        String warning = form.contentWarning() == null || form.contentWarning().isBlank() ? null
                : form.contentWarning().strip();
        if (!settings.topics().contains(topic)) {
            errors.rejectValue("topic", "peerhelp.thread.error.topic");
        }
        if (title.length() < 3 || title.length() > 150 || title.contains("\n")) {
            errors.rejectValue("title", "peerhelp.thread.error.title");
        }
        if (body.isEmpty() || body.length() > 5000) {
            errors.rejectValue("body", "peerhelp.post.error.body");
        }
        if (warning != null && warning.length() > 150) {
            errors.rejectValue("contentWarning", "peerhelp.thread.error.warning");
        }
        model.addAttribute("topics", settings.topics());
        if (errors.hasErrors()) {
            return NEW_THREAD;
        }
        Space.Outcome outcome = space.startThread(member, topic, title, body, warning);
        if (outcome.threadId() == null) {
            refused(outcome, model);
            return NEW_THREAD;
        }
        return shown(outcome, language, redirect);
    }

    @GetMapping("/threads/{id}")
    String thread(@PathVariable long id, @AuthenticationPrincipal @Nullable SignedInUser user, Model model) {
        SignedInUser member = enter(user);
        if (!model.containsAttribute("reply")) {
            model.addAttribute("reply", new ReplyForm(""));
        }
        return showThread(id, member, model);
    }

    @PostMapping("/threads/{id}/replies")
    String reply(@PathVariable long id, @ModelAttribute("reply") ReplyForm form, BindingResult errors,
            @AuthenticationPrincipal @Nullable SignedInUser user, Language language, Model model,
            RedirectAttributes redirect) {
        SignedInUser member = enter(user);
        String body = form.body() == null ? "" : form.body().strip();
        if (body.isEmpty() || body.length() > 5000) {
            errors.rejectValue("body", "peerhelp.post.error.body");
            return showThread(id, member, model);
        }
        Space.Outcome outcome = space.reply(member, id, body);
        if (outcome.threadId() == null) {
            refused(outcome, model);
            return showThread(id, member, model);
        }
        return shown(outcome, language, redirect);
    }

    @PostMapping("/threads/{id}/follow")
    String follow(@PathVariable long id, @RequestParam(defaultValue = "true") boolean follow,
            @AuthenticationPrincipal @Nullable SignedInUser user, Language language, RedirectAttributes redirect) {
        space.follow(enter(user), id, follow);
        redirect.addFlashAttribute("notice", follow ? "peerhelp.follow.on" : "peerhelp.follow.off");
        return "redirect:/" + language.code() + "/peer-help/threads/" + id;
    }

    @PostMapping("/threads/{id}/slow-mode")
    String slowMode(@PathVariable long id, @RequestParam int seconds,
            @AuthenticationPrincipal @Nullable SignedInUser user, Language language, RedirectAttributes redirect) {
        stewardship.slowMode(enter(user), id, seconds);
        redirect.addFlashAttribute("notice", "peerhelp.slow-mode.saved");
        return "redirect:/" + language.code() + "/peer-help/threads/" + id;
    }

    @PostMapping("/posts/{id}/trust")
    String trust(@PathVariable long id, @RequestParam boolean trusted,
            @AuthenticationPrincipal @Nullable SignedInUser user, Language language, RedirectAttributes redirect) {
        long threadId = stewardship.trust(enter(user), id, trusted);
        redirect.addFlashAttribute("notice", trusted ? "peerhelp.trust.given" : "peerhelp.trust.taken");
        return toThread(language, threadId, id);
    }

    @PostMapping("/posts/{id}/react")
    String react(@PathVariable long id, @RequestParam Reaction.Kind kind,
            @AuthenticationPrincipal @Nullable SignedInUser user, Language language) {
        return toThread(language, space.react(enter(user), id, kind), id);
    }

    @PostMapping("/posts/{id}/helpful")
    String helpful(@PathVariable long id, @RequestParam(defaultValue = "true") boolean helpful,
            @AuthenticationPrincipal @Nullable SignedInUser user, Language language) {
        return toThread(language, space.markHelpful(enter(user), id, helpful), id);
    }

    @PostMapping("/posts/{id}/report")
    String report(@PathVariable long id, @RequestParam ReportReason reason,
            @AuthenticationPrincipal @Nullable SignedInUser user, Language language, RedirectAttributes redirect) {
        long threadId = space.report(enter(user), id, reason);
        redirect.addFlashAttribute("notice", "peerhelp.report.thanks");
        return toThread(language, threadId, id);
    }

    @PostMapping("/posts/{id}/block")
    String block(@PathVariable long id, @AuthenticationPrincipal @Nullable SignedInUser user, Language language,
            RedirectAttributes redirect) {
        long threadId = space.block(enter(user), id);
        redirect.addFlashAttribute("notice", "peerhelp.block.done");
        return toThread(language, threadId, id);
    }

    @GetMapping("/posts/{id}/edit")
    String editForm(@PathVariable long id, @AuthenticationPrincipal @Nullable SignedInUser user, Model model) {
        Space.PostView post = space.own(enter(user), id);
        model.addAttribute("post", post);
        model.addAttribute("form", new ThreadForm(post.topic(), post.title(), post.body(), post.contentWarning()));
        return EDIT;
    }

    @PostMapping("/posts/{id}/edit")
    String edit(@PathVariable long id, @ModelAttribute("form") ThreadForm form, BindingResult errors,
            @AuthenticationPrincipal @Nullable SignedInUser user, Language language, Model model,
            RedirectAttributes redirect) {
        SignedInUser member = enter(user);
        Space.PostView post = space.own(member, id);
        model.addAttribute("post", post);
        String title = form.title() == null ? "" : form.title().strip();
        String body = form.body() == null ? "" : form.body().strip();
        if (post.title() != null && (title.length() < 3 || title.length() > 150 || title.contains("\n"))) {
            errors.rejectValue("title", "peerhelp.thread.error.title");
        }
        if (body.isEmpty() || body.length() > 5000) {
            errors.rejectValue("body", "peerhelp.post.error.body");
        }
        if (errors.hasErrors()) {
            return EDIT;
        }
        Space.Outcome outcome = space.edit(member, id, post.title() == null ? null : title, body);
        if (outcome.threadId() == null) {
            refused(outcome, model);
            return EDIT;
        }
        return shown(outcome, language, redirect);
    }

    @PostMapping("/posts/{id}/delete")
    String delete(@PathVariable long id, @AuthenticationPrincipal @Nullable SignedInUser user, Language language,
            RedirectAttributes redirect) {
        redirect.addFlashAttribute("notice", "peerhelp.post.deleted");
        return space.delete(enter(user), id)
            .map(threadId -> "redirect:/" + language.code() + "/peer-help/threads/" + threadId)
            .orElse("redirect:/" + language.code() + "/peer-help");
    }

    private String showThread(long id, SignedInUser member, Model model) {
        Space.ThreadPage page = space.thread(id, member).orElseThrow(Space.NotFound::new);
        model.addAttribute("page", page);
        model.addAttribute("reasons", ReportReason.values());
        model.addAttribute("reactionKinds", Reaction.Kind.values());
        model.addAttribute("slowModes", Stewardship.SLOW_MODES);
        return THREAD;
    }

    private static String shown(Space.Outcome outcome, Language language, RedirectAttributes redirect) {
        switch (outcome.kind()) {
            case REDACTED -> redirect.addFlashAttribute("redactedMessage", outcome.message());
            case WAITING -> redirect.addFlashAttribute("waitingMessage", outcome.message());
            case CRISIS -> redirect.addFlashAttribute("crisisMessage", outcome.message());
            default -> {
            }
        }
        return "redirect:/" + language.code() + "/peer-help/threads/" + outcome.threadId();
    }

    private static void refused(Space.Outcome outcome, Model model) {
        model.addAttribute("refusal", outcome.message());
        model.addAttribute("refusalKey", outcome.problemKey());
        model.addAttribute("refusalArgument", outcome.problemArguments().isEmpty() ? "" : outcome.problemArguments().get(0));
    }

    private static String toThread(Language language, long threadId, long postId) {
        return "redirect:/" + language.code() + "/peer-help/threads/" + threadId + "#post-" + postId;
    }

    private void knownTopic(String topic) {
        if (!settings.topics().contains(topic)) {
            throw new Space.NotFound();
        }
    }

    private static SignedInUser enter(@Nullable SignedInUser user) {
        if (user == null || !Access.mayEnter(user)) {
            throw new AccessDeniedException("the peer-help space is reserved to young people and its staff");
        }
        return user;
    }

    /** Threads are started by young people; staff and peer supporters answer. */
    private static void mayStart(SignedInUser user) {
        if (!user.has(Role.YOUTH)) {
            throw new AccessDeniedException("only young members start threads");
        }
    }

}
