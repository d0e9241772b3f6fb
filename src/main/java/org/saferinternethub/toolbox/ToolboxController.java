package org.saferinternethub.toolbox;

import java.time.Clock;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.saferinternethub.account.AccountDirectory;
import org.saferinternethub.platform.Uploads;
import org.saferinternethub.shared.Language;
import org.saferinternethub.toolbox.search.Attachment;
import org.saferinternethub.toolbox.search.Resource;
import org.saferinternethub.toolbox.search.ResourceSearch;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The public toolbox: search with facets, resource pages, theme and organisation pages, and what is new this
 * month. Only published resources are ever shown here.
 */
@Controller
class ToolboxController {

    static final String RESULTS_FRAGMENT = "toolbox/_results :: results";

    private final Toolbox toolbox;
    private final ResourceSearch search;
    private final Resources resources;
    private final Themes themes;
    private final AccountDirectory directory;
    private final Uploads uploads;
    private final ResourceMetadata metadata;
    private final Clock clock;

    ToolboxController(Toolbox toolbox, ResourceSearch search, Resources resources, Themes themes,
            AccountDirectory directory, Uploads uploads, ResourceMetadata metadata, Clock clock) {
        this.toolbox = toolbox;
        this.search = search;
        this.resources = resources;
        this.themes = themes;
        this.directory = directory;
        this.uploads = uploads;
        this.metadata = metadata;
        this.clock = clock;
    }

    @GetMapping("/toolbox")
    String search(@RequestParam MultiValueMap<String, String> params, Language language,
            @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx, Model model) {
        ResourcePage page = toolbox.search(ResourceQuery.from(params, language));
        model.addAttribute("page", page);
        model.addAttribute("query", page.query());
        model.addAttribute("facets", Facet.values());
        model.addAttribute("sorts", ResourceQuery.Sort.values());
        model.addAttribute("base", "/" + language.code() + "/toolbox");
        model.addAttribute("nearest", page.total() == 0 ? nearest(page.query()) : List.of());
        return htmx != null ? RESULTS_FRAGMENT : "toolbox/search";
    }

    /** For an empty result: titles starting like the longest word typed. */
    private List<ResourcePage.Hit> nearest(ResourceQuery query) {
        String longest = ResourceSearch.words(query.text()).stream()
            .max(java.util.Comparator.comparingInt(String::length)).orElse("");
        return longest.length() < 4 ? List.of()
                : search.titlesStartingWith(longest.substring(0, 4), query.language(), 5);
    }

    @GetMapping("/toolbox/suggest")
    String suggest(@RequestParam(defaultValue = "") String q, Language language, Model model) {
        String typed = q.strip();
        model.addAttribute("titles", typed.length() < 2 ? List.of() : search.titlesStartingWith(typed, language, 6));
        String folded = fold(typed);
        model.addAttribute("themes", typed.length() < 2 ? List.of()
                : toolbox.themeNames(language).entrySet().stream().filter(theme -> fold(theme.getValue()).contains(folded))
                    .limit(4).toList());
        return "toolbox/_suggestions :: suggestions";
    }

    @GetMapping("/toolbox/resources/{id}")
    String resource(@PathVariable long id, Language language, Model model) {
        Toolbox.ResourceDetails resource = toolbox.published(id, language)
            .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("resource", resource);
        model.addAttribute("related", search.related(id, resource.themeSlugs(), language, 4));
        model.addAttribute("organisation", directory.organisation(resource.organisationId()).orElse(null));
        model.addAttribute("jsonLd", metadata.jsonLd(resource, language));
        model.addAttribute("openGraph", metadata.openGraph(resource, language));
        return "toolbox/resource";
    }

    @GetMapping("/toolbox/resources/{id}/files/{attachmentId}")
    ResponseEntity<org.springframework.core.io.Resource> download(@PathVariable long id, @PathVariable long attachmentId) {
        Resource resource = resources.findById(id).filter(r -> r.getStatus() == Status.PUBLISHED)
            .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        Attachment attachment = resource.getAttachments().stream()
            .filter(a -> a.getId() != null && a.getId() == attachmentId).findFirst()
            .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return serve(uploads, attachment);
    }

    static ResponseEntity<org.springframework.core.io.Resource> serve(Uploads uploads, Attachment attachment) {
        org.springframework.core.io.Resource file = uploads.open(attachment.getFileId())
            .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return ResponseEntity.ok()
            .header(HttpHeaders.CONTENT_DISPOSITION,
                    ContentDisposition.attachment().filename(attachment.getFileName(), java.nio.charset.StandardCharsets.UTF_8)
                        .build().toString())
            .header("X-Content-Type-Options", "nosniff")
            .contentType(MediaType.parseMediaType(attachment.getMediaType()))
            .body(file);
    }

    @GetMapping("/toolbox/themes")
    String themes(Language language, Model model) {
        ResourcePage all = toolbox.search(ResourceQuery.all(language));
        Map<String, Long> counts = new java.util.HashMap<>();
        all.facets().getOrDefault(Facet.THEME, List.of()).forEach(value -> counts.put(value.value(), value.count()));
        model.addAttribute("themes", toolbox.themeNames(language));
        model.addAttribute("counts", counts);
        return "toolbox/themes";
    }

    @GetMapping("/toolbox/themes/{slug}")
    String theme(@PathVariable String slug, @RequestParam(defaultValue = "0") int page, Language language, Model model) {
        Theme theme = themes.findBySlug(slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("heading", theme.name(language));
        model.addAttribute("intro", "toolbox.theme.intro");
        return listing(Facet.THEME, slug, page, language, model);
    }

    @GetMapping("/toolbox/organisations/{id}")
    String organisation(@PathVariable long id, @RequestParam(defaultValue = "0") int page, Language language,
            Model model) {
        AccountDirectory.OrganisationSummary organisation = directory.organisation(id)
            .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("heading", organisation.name());
        model.addAttribute("website", organisation.website());
        model.addAttribute("intro", "toolbox.organisation.intro");
        return listing(Facet.ORGANISATION, Long.toString(id), page, language, model);
    }

    private String listing(Facet facet, String value, int page, Language language, Model model) {
        ResourcePage result = toolbox.search(ResourceQuery.all(language).with(facet, value).withPage(page));
        model.addAttribute("page", result);
        model.addAttribute("query", result.query());
        model.addAttribute("base", "/" + language.code() + "/toolbox");
        return "toolbox/listing";
    }

    @GetMapping("/toolbox/new")
    String newThisMonth(Language language, Model model) {
        ZonedDateTime monthStart = ZonedDateTime.now(clock.withZone(ZoneOffset.UTC)).withDayOfMonth(1).toLocalDate()
            .atStartOfDay(ZoneOffset.UTC);
        model.addAttribute("hits", search.publishedSince(monthStart.toInstant(), language, 100));
        return "toolbox/new";
    }

    private static String fold(String text) {
        return java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "")
            .toLowerCase(java.util.Locale.ROOT);
    }

}
