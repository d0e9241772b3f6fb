package org.saferinternethub.platform;

import org.junit.jupiter.api.Test;
import org.saferinternethub.shared.Language;
import org.springframework.mock.web.MockHttpServletRequest;

import jakarta.servlet.http.Cookie;

import static org.assertj.core.api.Assertions.assertThat;

class SitePathsTests {

    LanguageResolution languages = new LanguageResolution(Language.NL);

    @Test
    void rewritesOnlyTheLanguageSegment() {
        assertThat(SitePaths.inLanguage("/nl/toolbox/themes", Language.FR)).isEqualTo("/fr/toolbox/themes");
        assertThat(SitePaths.inLanguage("/nl/", Language.DE)).isEqualTo("/de/");
        assertThat(SitePaths.inLanguage("/nl", Language.EN)).isEqualTo("/en/");
        assertThat(SitePaths.inLanguage("/error", Language.EN)).isEqualTo("/en/error");
        assertThat(SitePaths.inLanguage("/nlx/page", Language.FR)).isEqualTo("/fr/nlx/page");
    }

    @Test
    void readsTheLanguageOnlyFromAWholeFirstSegment() {
        assertThat(SitePaths.languageOf("/fr/aide")).contains(Language.FR);
        assertThat(SitePaths.languageOf("/fr")).contains(Language.FR);
        assertThat(SitePaths.languageOf("/fry/x")).isEmpty();
        assertThat(SitePaths.languageOf("/FR/x")).isEmpty();
        assertThat(SitePaths.languageOf("/")).isEmpty();
    }

    @Test
    void choosesTheAddressThenTheCookieThenTheBrowserThenTheDefault() {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/de/help");
        request.setCookies(new Cookie(LanguageResolution.COOKIE, "fr"));
        request.addHeader("Accept-Language", "en-GB,en;q=0.8");
        assertThat(languages.languageFor(request)).isEqualTo(Language.DE);

        request.setRequestURI("/");
        assertThat(languages.languageFor(request)).isEqualTo(Language.FR);

        MockHttpServletRequest browserOnly = new MockHttpServletRequest("GET", "/");
        browserOnly.addHeader("Accept-Language", "es-ES,fr-BE;q=0.9,en;q=0.5");
        assertThat(languages.languageFor(browserOnly)).isEqualTo(Language.FR);

        MockHttpServletRequest nothing = new MockHttpServletRequest("GET", "/");
        nothing.addHeader("Accept-Language", "es, it;q=0.5");
        assertThat(languages.languageFor(nothing)).isEqualTo(Language.NL);

        MockHttpServletRequest malformed = new MockHttpServletRequest("GET", "/");
        malformed.addHeader("Accept-Language", ";;;q=zz");
        assertThat(languages.languageFor(malformed)).isEqualTo(Language.NL);
    }

}
