package org.saferinternethub.toolbox;

import java.util.EnumMap;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.saferinternethub.shared.Language;
import org.saferinternethub.shared.LocalizedText;
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

/** The centre editors' page for the theme taxonomy (under the review pages, so for editors only). */
@Controller
@RequestMapping("/toolbox/review/themes")
class ThemeAdminController {

    private static final String VIEW = "toolbox/admin/themes";
    private static final String EDIT_VIEW = "toolbox/admin/theme-edit";

    private final ThemeTaxonomy taxonomy;

    ThemeAdminController(ThemeTaxonomy taxonomy) {
        this.taxonomy = taxonomy;
    }

    /** A theme's names in the four languages, and its slug when it is new. */
    record ThemeForm(
            @NotBlank(message = "{toolbox.themes.slug.required}")
            @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*", message = "{toolbox.themes.slug.invalid}")
            @Size(max = 80, message = "{toolbox.themes.slug.invalid}") @Nullable String slug,
            @NotBlank(message = "{toolbox.themes.name.required}") @Size(max = 120) @Nullable String nameNl,
            @NotBlank(message = "{toolbox.themes.name.required}") @Size(max = 120) @Nullable String nameFr,
            @NotBlank(message = "{toolbox.themes.name.required}") @Size(max = 120) @Nullable String nameDe,
            @NotBlank(message = "{toolbox.themes.name.required}") @Size(max = 120) @Nullable String nameEn) {

        static ThemeForm empty() {
            return new ThemeForm("", "", "", "", "");
        }

        static ThemeForm of(Theme theme) {
            LocalizedText name = theme.getName();
            return new ThemeForm(theme.getSlug(), name.get(Language.NL).orElse(""), name.get(Language.FR).orElse(""),
                    name.get(Language.DE).orElse(""), name.get(Language.EN).orElse(""));
        }

        LocalizedText name() {
            Map<Language, String> names = new EnumMap<>(Language.class);
            names.put(Language.NL, strip(nameNl));
            names.put(Language.FR, strip(nameFr));
            names.put(Language.DE, strip(nameDe));
            names.put(Language.EN, strip(nameEn));
            return LocalizedText.of(names);
        }

        private static String strip(@Nullable String text) {
            return text == null ? "" : text.strip();
        }

    }

    @GetMapping({ "", "/" })
    String list(Language language, Model model) {
        model.addAttribute("form", ThemeForm.empty());
        return withThemes(language, model);
    }

    @PostMapping({ "", "/" })
    String add(@Valid @ModelAttribute("form") ThemeForm form, BindingResult errors, Language language, Model model,
            RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                taxonomy.add(form.slug() == null ? "" : form.slug(), form.name());
                redirect.addFlashAttribute("notice", "toolbox.themes.added");
                return "redirect:/" + language.code() + "/toolbox/review/themes";
            }
            catch (ThemeTaxonomy.SlugTaken taken) {
                errors.rejectValue("slug", "toolbox.themes.slug.taken");
            }
        }
        return withThemes(language, model);
    }

    @GetMapping("/{id}")
    String edit(@PathVariable long id, Model model) {
        Theme theme = taxonomy.get(id);
        model.addAttribute("theme", theme);
        model.addAttribute("form", ThemeForm.of(theme));
        return EDIT_VIEW;
    }

    @PostMapping("/{id}")
    String rename(@PathVariable long id, @Valid @ModelAttribute("form") ThemeForm form, BindingResult errors,
            Language language, Model model, RedirectAttributes redirect) {
        Theme theme = taxonomy.get(id);
        if (errors.hasErrors()) {
            model.addAttribute("theme", theme);
            return EDIT_VIEW;
        }
        taxonomy.rename(id, form.name());
        redirect.addFlashAttribute("notice", "toolbox.themes.renamed");
        return "redirect:/" + language.code() + "/toolbox/review/themes";
    }

    @PostMapping("/{id}/move")
    String move(@PathVariable long id, @RequestParam int direction, Language language) {
        taxonomy.move(id, direction);
        return "redirect:/" + language.code() + "/toolbox/review/themes#theme-" + id;
    }

    @PostMapping("/{id}/delete")
    String delete(@PathVariable long id, Language language, RedirectAttributes redirect) {
        long stillUsed = taxonomy.remove(id);
        if (stillUsed > 0) {
            redirect.addFlashAttribute("problem", "toolbox.themes.in-use");
        }
        else {
            redirect.addFlashAttribute("notice", "toolbox.themes.deleted");
        }
        return "redirect:/" + language.code() + "/toolbox/review/themes";
    }

    private String withThemes(Language language, Model model) {
        model.addAttribute("themes", taxonomy.entries(language));
        return VIEW;
    }

}
