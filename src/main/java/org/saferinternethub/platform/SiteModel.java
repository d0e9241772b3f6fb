package org.saferinternethub.platform;

import java.util.Arrays;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.saferinternethub.shared.Language;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What the layout needs on every page: the page's language, the same page in the other languages (for the
 * language switcher and {@code hreflang} links), the helplines and the quick-exit address.
 */
@ControllerAdvice
class SiteModel {

    private final HubSettings settings;
    private final LanguageResolution languages;

    SiteModel(HubSettings settings, LanguageResolution languages) {
        this.settings = settings;
        this.languages = languages;
    }

    @ModelAttribute("lang")
    String lang(HttpServletRequest request) {
        return languages.languageFor(request).code();
    }

    @ModelAttribute("language")
    Language language(HttpServletRequest request) {
        return languages.languageFor(request);
    }

    @ModelAttribute("alternates")
    List<Alternate> alternates(HttpServletRequest request) {
        String path = SitePaths.requestedPath(request);
        String query = request.getQueryString();
        String origin = ServletUriComponentsBuilder.fromContextPath(request).replacePath("").replaceQuery(null).toUriString();
        Language current = languages.languageFor(request);
        return Arrays.stream(Language.values()).map(language -> {
            String href = SitePaths.inLanguage(path, language) + (query == null ? "" : "?" + query);
            return new Alternate(language, href, origin + href, language == current);
        }).toList();
    }

    @ModelAttribute("pageLinks")
    PageLinks pageLinks(HttpServletRequest request) {
        LinkedMultiValueMap<String, String> parameters = new LinkedMultiValueMap<>();
        request.getParameterMap().forEach((name, values) -> {
            if (!name.equals("page") && !name.equals("_csrf")) {
                parameters.addAll(name, java.util.List.of(values));
            }
        });
        return new PageLinks(SitePaths.requestedPath(request), parameters);
    }

    @ModelAttribute("helplines")
    List<HubSettings.Helpline> helplines() {
        return settings.helplines();
    }

    @ModelAttribute("quickExitUrl")
    String quickExitUrl() {
        return settings.quickExit().url().toString();
    }

    /**
     * Links to other pages of the list being shown, keeping every filter in the address.
     *
     * @param path the address of the list
     * @param parameters its filters
     */
    record PageLinks(String path, MultiValueMap<String, String> parameters) {

        public String to(int page) {
            return UriComponentsBuilder.fromPath(path).queryParams(parameters).queryParam("page", page).encode().build()
                .toUriString();
        }

    }

    /**
     * The page in one language.
     *
     * @param language the language
     * @param href the address relative to the site, for links
     * @param absoluteHref the full address, for {@code hreflang} links
     * @param current whether it is the language of the page being shown
     */
    record Alternate(Language language, String href, String absoluteHref, boolean current) {

        public String code() {
            return language.code();
        }

    }

}
