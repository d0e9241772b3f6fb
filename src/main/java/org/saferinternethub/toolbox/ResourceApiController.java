package org.saferinternethub.toolbox;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

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
@Tag(name = "Toolbox", description = "Published education resources: the same search and facets as the toolbox page")
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
    @Operation(summary = "Search published resources",
            description = "Words match title, summary, body and provider in the chosen language first, then the others, "
                    + "with one typo allowed. Values of one facet are alternatives; facets combine. Every facet's counts "
                    + "apply the other facets' filters.")
    @Parameter(name = "q", in = ParameterIn.QUERY, description = "words to look for", example = "cyberpesten")
    @Parameter(name = "theme", in = ParameterIn.QUERY, description = "theme slug, e.g. cyberbullying",
            array = @ArraySchema(schema = @Schema(type = "string")))
    @Parameter(name = "audience", in = ParameterIn.QUERY,
            array = @ArraySchema(schema = @Schema(implementation = Audience.class)))
    @Parameter(name = "kind", in = ParameterIn.QUERY, array = @ArraySchema(schema = @Schema(implementation = Kind.class)))
    @Parameter(name = "age", in = ParameterIn.QUERY, description = "age band the resource's age range overlaps",
            array = @ArraySchema(schema = @Schema(type = "string",
                    allowableValues = { "3-5", "6-8", "9-11", "12-14", "15-18", "adults" })))
    @Parameter(name = "language", in = ParameterIn.QUERY, description = "language the resource is available in",
            array = @ArraySchema(schema = @Schema(type = "string", allowableValues = { "nl", "fr", "de", "en" })))
    @Parameter(name = "region", in = ParameterIn.QUERY, description = "region code, e.g. BE-VLG",
            array = @ArraySchema(schema = @Schema(type = "string")))
    @Parameter(name = "format", in = ParameterIn.QUERY, array = @ArraySchema(schema = @Schema(implementation = Format.class)))
    @Parameter(name = "cost", in = ParameterIn.QUERY, array = @ArraySchema(schema = @Schema(implementation = Cost.class)))
    @Parameter(name = "organisation", in = ParameterIn.QUERY, description = "organisation id",
            array = @ArraySchema(schema = @Schema(type = "integer")))
    @Parameter(name = "sort", in = ParameterIn.QUERY,
            schema = @Schema(type = "string", allowableValues = { "relevance", "newest", "title" }))
    @Parameter(name = "page", in = ParameterIn.QUERY, description = "page number, from 0",
            schema = @Schema(type = "integer", minimum = "0"))
    SearchAnswer search(@Parameter(hidden = true) @RequestParam MultiValueMap<String, String> params,
            @Parameter(description = "language of titles, summaries and facet names",
                    schema = @Schema(allowableValues = { "nl", "fr", "de", "en" }))
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
    @Operation(summary = "One published resource")
    @ApiResponse(responseCode = "200", description = "the resource, in the chosen language where it exists")
    @ApiResponse(responseCode = "404", description = "no published resource has this id")
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
