package org.saferinternethub.peerhelp;

import java.time.Clock;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.saferinternethub.account.Role;
import org.saferinternethub.account.SignedInUser;
import org.saferinternethub.platform.AuditLog;
import org.saferinternethub.shared.Language;
import org.saferinternethub.shared.LocalizedText;
import org.springframework.security.access.AccessDeniedException;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The editors' pages for tips articles per topic, outside the youth space: editors write tips for young people
 * without ever seeing a post. Every change goes to the audit log.
 */
@Controller
@RequestMapping("/peer-help-tips")
class TipController {

    static final String FORM = "peerhelp/admin/tip-form";

    private final Tips tips;
    private final PeerHelpSettings settings;
    private final AuditLog auditLog;
    private final Clock clock;

    TipController(Tips tips, PeerHelpSettings settings, AuditLog auditLog, Clock clock) {
        this.tips = tips;
        this.settings = settings;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** A tips article as typed: a topic, and a title and a Markdown body per language. */
    record TipForm(@Nullable String topic, @Nullable String titleNl, @Nullable String titleFr,
            @Nullable String titleDe, @Nullable String titleEn, @Nullable String bodyNl, @Nullable String bodyFr,
            @Nullable String bodyDe, @Nullable String bodyEn) {

        static TipForm of(Tip tip) {
            Map<Language, String> title = tip.getTitle().asMap();
            Map<Language, String> body = tip.getBody().asMap();
            return new TipForm(tip.getTopic(), title.get(Language.NL), title.get(Language.FR), title.get(Language.DE),
                    title.get(Language.EN), body.get(Language.NL), body.get(Language.FR), body.get(Language.DE),
                    body.get(Language.EN));
        }

        LocalizedText title() {
            return LocalizedText.empty().set(Language.NL, titleNl).set(Language.FR, titleFr)
                .set(Language.DE, titleDe).set(Language.EN, titleEn);
        }

        LocalizedText body() {
            return LocalizedText.empty().set(Language.NL, bodyNl).set(Language.FR, bodyFr).set(Language.DE, bodyDe)
                .set(Language.EN, bodyEn);
        }

    }

    /** One line of the list: the article in the editor's language (or a fallback). */
    record TipLine(long id, String topic, String title) {
    }

    @GetMapping("")
    @Transactional(readOnly = true)
    String list(@AuthenticationPrincipal @Nullable SignedInUser user, Language language, Model model) {
        editor(user);
        model.addAttribute("tips", tips.findAllByOrderByTopicAscIdAsc().stream()
            .map(tip -> new TipLine(tip.getId(), tip.getTopic(),
                    tip.getTitle().in(language).map(LocalizedText.Localized::value).orElse("")))
            .toList());
        return "peerhelp/admin/tips";
    }

    @GetMapping("/new")
    String newTip(@AuthenticationPrincipal @Nullable SignedInUser user, Model model) {
        editor(user);
        model.addAttribute("form", new TipForm(null, null, null, null, null, null, null, null, null));
        return showForm(model, null);
    }

    @PostMapping("/new")
    String create(@ModelAttribute("form") TipForm form, BindingResult errors,
            @AuthenticationPrincipal @Nullable SignedInUser user, Language language, Model model,
            RedirectAttributes redirect) {
        editor(user);
        if (!valid(form, errors)) {
            return showForm(model, null);
        }
        Tip tip = tips.save(new Tip(form.topic(), form.title(), form.body(), clock.instant()));
        auditLog.record("peerhelp.tip.create", "peerhelp-tip#" + tip.getId(), AuditLog.Outcome.SUCCESS);
        redirect.addFlashAttribute("notice", "peerhelp.tips.saved");
        return "redirect:/" + language.code() + "/peer-help-tips";
    }

    @GetMapping("/{id}")
    @Transactional(readOnly = true)
    String edit(@PathVariable long id, @AuthenticationPrincipal @Nullable SignedInUser user, Model model) {
        editor(user);
        Tip tip = tips.findById(id).orElseThrow(Space.NotFound::new);
        model.addAttribute("form", TipForm.of(tip));
        return showForm(model, id);
    }

    @PostMapping("/{id}")
    @Transactional
    String update(@PathVariable long id, @ModelAttribute("form") TipForm form, BindingResult errors,
            @AuthenticationPrincipal @Nullable SignedInUser user, Language language, Model model,
            RedirectAttributes redirect) {
        editor(user);
        Tip tip = tips.findById(id).orElseThrow(Space.NotFound::new);
        if (!valid(form, errors)) {
            return showForm(model, id);
        }
        tip.update(form.topic(), form.title(), form.body(), clock.instant());
        auditLog.record("peerhelp.tip.update", "peerhelp-tip#" + id, AuditLog.Outcome.SUCCESS);
        redirect.addFlashAttribute("notice", "peerhelp.tips.saved");
        return "redirect:/" + language.code() + "/peer-help-tips";
    }

    @PostMapping("/{id}/delete")
    @Transactional
    String delete(@PathVariable long id, @AuthenticationPrincipal @Nullable SignedInUser user, Language language,
            RedirectAttributes redirect) {
        editor(user);
        Tip tip = tips.findById(id).orElseThrow(Space.NotFound::new);
        tips.delete(tip);
        auditLog.record("peerhelp.tip.delete", "peerhelp-tip#" + id, AuditLog.Outcome.SUCCESS);
        redirect.addFlashAttribute("notice", "peerhelp.tips.deleted");
        return "redirect:/" + language.code() + "/peer-help-tips";
    }

    private String showForm(Model model, @Nullable Long id) {
        model.addAttribute("tipId", id);
        model.addAttribute("topics", settings.topics());
        return FORM;
    }

    /** A known topic, and in each language either both a title and a body or neither; at least one language. */
    private boolean valid(TipForm form, BindingResult errors) {
        if (form.topic() == null || !settings.topics().contains(form.topic())) {
            errors.rejectValue("topic", "peerhelp.thread.error.topic");
        }
        Map<Language, String> titles = form.title().asMap();
        Map<Language, String> bodies = form.body().asMap();
        if (titles.isEmpty() && bodies.isEmpty()) {
            errors.rejectValue("titleEn", "peerhelp.tips.error.empty");
        }
        for (Language language : Language.values()) {
            String suffix = language.code().substring(0, 1).toUpperCase() + language.code().substring(1);
            String title = titles.get(language);
            String body = bodies.get(language);
            if (title == null && body != null || title != null && title.length() > 200) {
                errors.rejectValue("title" + suffix, "peerhelp.tips.error.title");
            }
            if (body == null && title != null || body != null && body.length() > 20000) {
                errors.rejectValue("body" + suffix, "peerhelp.tips.error.body");
            }
        }
        return !errors.hasErrors();
    }

    private static void editor(@Nullable SignedInUser user) {
        if (user == null || !(user.has(Role.EDITOR) || user.has(Role.ADMIN))) {
            throw new AccessDeniedException("tips are written by the centre's editors");
        }
    }

}
