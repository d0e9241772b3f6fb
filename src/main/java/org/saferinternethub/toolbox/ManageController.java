package org.saferinternethub.toolbox;

import java.io.IOException;
import java.time.Instant;
import java.util.List;

import jakarta.validation.Valid;

import org.saferinternethub.account.SignedInUser;
import org.saferinternethub.platform.HubSettings;
import org.saferinternethub.platform.Uploads;
import org.saferinternethub.shared.Language;
import org.saferinternethub.shared.LocalizedText.Localized;
import org.saferinternethub.toolbox.search.Attachment;
import org.saferinternethub.toolbox.search.Resource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Pages where an organisation's editors write their resources, attach files and submit them for review. The
 * centre's editors reach every resource here too.
 */
@Controller
@RequestMapping("/toolbox/manage")
class ManageController {

    static final String FORM = "toolbox/admin/form";

    private final Editorial editorial;
    private final Toolbox toolbox;
    private final HubSettings settings;
    private final Uploads uploads;

    ManageController(Editorial editorial, Toolbox toolbox, HubSettings settings, Uploads uploads) {
        this.editorial = editorial;
        this.toolbox = toolbox;
        this.settings = settings;
        this.uploads = uploads;
    }

    /** A line of the list of resources. */
    record Row(long id, Localized title, Status status, Instant updatedAt, String providerName) {

        static Row of(Resource resource, Language language) {
            return new Row(resource.getId() == null ? 0 : resource.getId(),
                    resource.getTitle().in(language).orElse(new Localized("#" + resource.getId(), language, false)),
                    resource.getStatus(), resource.getUpdatedAt(), resource.getProviderName());
        }

    }

    @GetMapping({ "", "/" })
    String list(@AuthenticationPrincipal SignedInUser user, Language language, Model model) {
        model.addAttribute("rows", editorial.manageable(user).stream().map(r -> Row.of(r, language)).toList());
        return "toolbox/admin/manage";
    }

    @GetMapping("/new")
    String newForm(Language language, Model model) {
        model.addAttribute("form", ResourceForm.empty());
        return form(model, language, null);
    }

    @PostMapping("/new")
    String create(@Valid @ModelAttribute("form") ResourceForm form, BindingResult errors,
            @AuthenticationPrincipal SignedInUser user, Language language, Model model, RedirectAttributes redirect) {
        form.check(errors, toolbox.themeNames(language).keySet(), settings.regions());
        if (errors.hasErrors()) {
            return form(model, language, null);
        }
        long id = editorial.create(form, user);
        redirect.addFlashAttribute("notice", "toolbox.manage.saved");
        return redirectTo(language, id);
    }

    @GetMapping("/{id}")
    String edit(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, Language language, Model model) {
        Resource resource = editorial.visibleTo(id, user);
        model.addAttribute("form", ResourceForm.of(resource.content()));
        return form(model, language, resource, user);
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") ResourceForm form, BindingResult errors,
            @AuthenticationPrincipal SignedInUser user, Language language, Model model, RedirectAttributes redirect) {
        Resource resource = editorial.editable(id, user);
        form.check(errors, toolbox.themeNames(language).keySet(), settings.regions());
        if (errors.hasErrors()) {
            return form(model, language, resource, user);
        }
        editorial.update(id, form, user);
        redirect.addFlashAttribute("notice", "toolbox.manage.saved");
        return redirectTo(language, id);
    }

    @PostMapping("/{id}/submit")
    String submit(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, Language language,
            RedirectAttributes redirect) {
        editorial.submit(id, user);
        redirect.addFlashAttribute("notice", "toolbox.manage.submitted");
        return redirectTo(language, id);
    }

    @PostMapping("/{id}/attachments")
    String attach(@PathVariable long id, @RequestParam("file") MultipartFile file,
            @AuthenticationPrincipal SignedInUser user, Language language, RedirectAttributes redirect)
            throws IOException {
        try {
            editorial.attach(id, file.getOriginalFilename() == null ? "file" : file.getOriginalFilename(),
                    file.getBytes(), user);
            redirect.addFlashAttribute("notice", "toolbox.manage.attached");
        }
        catch (Uploads.Refused refused) {
            redirect.addFlashAttribute("problem", refused.messageKey());
        }
        return redirectTo(language, id);
    }

    @PostMapping("/{id}/attachments/{attachmentId}/delete")
    String detach(@PathVariable long id, @PathVariable long attachmentId, @AuthenticationPrincipal SignedInUser user,
            Language language) {
        editorial.detach(id, attachmentId, user);
        return redirectTo(language, id);
    }

    @GetMapping("/{id}/files/{attachmentId}")
    ResponseEntity<org.springframework.core.io.Resource> download(@PathVariable long id, @PathVariable long attachmentId,
            @AuthenticationPrincipal SignedInUser user) {
        Attachment attachment = editorial.visibleTo(id, user).getAttachments().stream()
            .filter(a -> a.getId() != null && a.getId() == attachmentId).findFirst()
            .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return ToolboxController.serve(uploads, attachment);
    }

    private String form(Model model, Language language, Resource resource, SignedInUser user) {
        model.addAttribute("editable", Editorial.isEditor(user) || resource.getStatus().editableByOrganisation());
        model.addAttribute("history", editorial.history(resource.getId() == null ? 0 : resource.getId()));
        return form(model, language, resource);
    }

    private String form(Model model, Language language, @org.jspecify.annotations.Nullable Resource resource) {
        model.addAttribute("resource", resource == null ? null : toolbox.details(resource, language));
        model.addAttribute("kinds", Kind.values());
        model.addAttribute("themes", toolbox.themeNames(language));
        model.addAttribute("audiences", Audience.values());
        model.addAttribute("languages", Language.values());
        model.addAttribute("formats", Format.values());
        model.addAttribute("costs", Cost.values());
        model.addAttribute("regions", settings.regions());
        model.addAttribute("maxKilobytes", Editorial.MAX_ATTACHMENT_BYTES / 1024);
        if (!model.containsAttribute("editable")) {
            model.addAttribute("editable", true);
        }
        if (!model.containsAttribute("history")) {
            model.addAttribute("history", List.of());
        }
        return FORM;
    }

    private static String redirectTo(Language language, long id) {
        return "redirect:/" + language.code() + "/toolbox/manage/" + id;
    }

}
