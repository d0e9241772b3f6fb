package org.saferinternethub.toolbox;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.saferinternethub.shared.Language;
import org.springframework.http.HttpStatus;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.CrossOrigin;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The open-data API of the toolbox: the same search as the page, with the same parameters ({@code q}, the facet
 * names, {@code sort}, {@code page}) plus {@code lang}, and one published resource. Readable from any origin.
 */
@RestController
@RequestMapping("/api/v1/resources")
@CrossOrigin(origins = "*", methods = RequestMethod.GET)
class ResourceApiController {

    private final Toolbox toolbox;

    ResourceApiController(Toolbox toolbox) {
        this.toolbox = toolbox;
    }

    /** A page of hits with the counts of every facet. */
    record SearchAnswer(long total, int page, int pages, int pageSize, List<HitView> hits,
            Map<String, List<ResourcePage.FacetValue>> facets) {
    }

    /** A hit as the API shows it. */
    record HitView(long id, String title, String titleLanguage, String summary, Kind kind, String provider,
            long organisationId, @Nullable Integer ageMin, @Nullable Integer ageMax, Set<String> languages,
            Set<String> themes, Cost cost, @Nullable Instant publishedAt, String url) {
    }

    @GetMapping
    SearchAnswer search(@RequestParam MultiValueMap<String, String> params,
            @RequestParam(defaultValue = "en") String lang) {
        Language language = language(lang);
        ResourcePage page = toolbox.search(ResourceQuery.from(params, language));
        Map<String, List<ResourcePage.FacetValue>> facets = new LinkedHashMap<>();
        page.facets().forEach((facet, values) -> facets.put(facet.param(), values));
        List<HitView> hits = page.hits().stream()
            .map(hit -> new HitView(hit.id(), hit.title().value(), hit.title().language().code(), hit.summary().value(),
                    hit.kind(), hit.providerName(), hit.organisationId(), hit.ageMin(), hit.ageMax(), hit.languages(),
                    hit.themes(), hit.cost(), hit.publishedAt(),
                    "/" + language.code() + "/toolbox/resources/" + hit.id()))
            .toList();
        return new SearchAnswer(page.total(), page.query().page(), page.pages(), ResourceQuery.PAGE_SIZE, hits, facets);
    }

    @GetMapping("/{id}")
    Toolbox.ResourceDetails resource(@PathVariable long id, @RequestParam(defaultValue = "en") String lang) {
        return toolbox.published(id, language(lang)).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private static Language language(String code) {
        if (code.length() != 2) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "lang must be one of nl, fr, de, en");
        }
        return Language.fromCode(code)
            .orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST, "lang must be one of nl, fr, de, en"));
    }

}
