package org.saferinternethub;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.saferinternethub.account.AccountFixtures;
import org.saferinternethub.account.AccountFixtures.TestAccount;
import org.saferinternethub.account.Role;
import org.saferinternethub.testing.HubIntegrationTest;
import org.saferinternethub.testing.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Who may open what: every address pattern against anonymous visitors and every role, plus CSRF, headers,
 * account enumeration and sign-in throttling.
 */
@HubIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SecurityIntegrationTests {

    /** Who asks: {@code null} is an anonymous visitor. */
    private static final List<Role> EVERYONE = new ArrayList<>();

    static {
        EVERYONE.add(null);
        EVERYONE.addAll(List.of(Role.values()));
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountFixtures fixtures;

    private final Map<Role, TestAccount> accounts = new EnumMap<>(Role.class);

    @BeforeAll
    void createOneAccountPerRole() {
        for (Role role : Role.values()) {
            accounts.put(role, fixtures.create(role));
        }
    }

    /** The intended answer to each kind of address, per role. */
    enum Access {
        /** Everyone, signed in or not. */
        PUBLIC,
        /** Signed-in accounts; anonymous visitors are sent to sign in. */
        SIGNED_IN,
        /** Editors and admins; other accounts get 403, anonymous visitors are sent to sign in. */
        EDITOR,
        /** Admins; other accounts get 403, anonymous visitors are sent to sign in. */
        ADMIN,
        /** Organisation editors and the centre's editors and admins (role hierarchy); others get 403. */
        ORG_EDITOR
    }

    static Stream<Arguments> addresses() {
        Map<String, Access> matrix = new java.util.LinkedHashMap<>();
        matrix.put("/nl/", Access.PUBLIC);
        matrix.put("/fr/help", Access.PUBLIC);
        matrix.put("/de/toolbox", Access.PUBLIC);
        matrix.put("/en/toolbox/themes", Access.PUBLIC);
        matrix.put("/en/toolbox/new", Access.PUBLIC);
        matrix.put("/api/v1/resources", Access.PUBLIC);
        matrix.put("/en/toolbox/manage", Access.ORG_EDITOR);
        matrix.put("/en/toolbox/manage/new", Access.ORG_EDITOR);
        matrix.put("/en/toolbox/review", Access.EDITOR);
        matrix.put("/en/agenda", Access.PUBLIC);
        matrix.put("/en/agenda/activities", Access.PUBLIC);
        matrix.put("/en/agenda/map", Access.PUBLIC);
        matrix.put("/en/agenda/calendar", Access.PUBLIC);
        matrix.put("/en/agenda/mine", Access.SIGNED_IN);
        matrix.put("/en/agenda/review", Access.EDITOR);
        matrix.put("/en/agenda/editions", Access.EDITOR);
        matrix.put("/en/peer-help", Access.PUBLIC);
        matrix.put("/en/guides", Access.PUBLIC);
        matrix.put("/en/surveys", Access.PUBLIC);
        matrix.put("/en/chat", Access.PUBLIC);
        matrix.put("/en/signin", Access.PUBLIC);
        matrix.put("/en/signup", Access.PUBLIC);
        matrix.put("/en/password-reset", Access.PUBLIC);
        matrix.put("/actuator/health", Access.PUBLIC);
        matrix.put("/robots.txt", Access.PUBLIC);
        matrix.put("/en/account", Access.SIGNED_IN);
        matrix.put("/en/admin", Access.ADMIN);
        matrix.put("/en/admin/users", Access.ADMIN);
        matrix.put("/en/admin/organisations", Access.ADMIN);
        matrix.put("/en/admin/organisations/new", Access.ADMIN);
        matrix.put("/en/admin/audit", Access.ADMIN);
        matrix.put("/en/admin/outbox", Access.ADMIN);
        List<Arguments> arguments = new ArrayList<>();
        matrix.forEach((address, access) -> EVERYONE.forEach(role -> arguments.add(Arguments.of(address, access, role))));
        return arguments.stream();
    }

    @ParameterizedTest(name = "{0} as {2}")
    @MethodSource("addresses")
    void answersEveryAddressAsIntendedForEveryRole(String address, Access access, Role role) throws Exception {
        MockHttpServletResponse response = mvc.perform(as(role, get(address))).andReturn().getResponse();
        int expected = switch (access) {
            case PUBLIC -> 200;
            case SIGNED_IN -> role == null ? 302 : 200;
            case EDITOR -> role == null ? 302 : role == Role.ADMIN || role == Role.EDITOR ? 200 : 403;
            case ADMIN -> role == null ? 302 : role == Role.ADMIN ? 200 : 403;
            case ORG_EDITOR -> role == null ? 302
                    : role == Role.ORG_EDITOR || role == Role.EDITOR || role == Role.ADMIN ? 200 : 403;
        };
        assertThat(response.getStatus()).as("%s as %s", address, role).isEqualTo(expected);
        if (expected == 302) {
            assertThat(response.getRedirectedUrl()).startsWith("/en/signin?next=");
        }
    }

    @Test
    void prometheusIsOpenToLoopbackAndAdminsOnly() throws Exception {
        assertThat(status(get("/actuator/prometheus"))).isEqualTo(200);
        assertThat(status(get("/actuator/prometheus").with(from("203.0.113.9")))).isEqualTo(401);
        assertThat(status(as(Role.MEMBER, get("/actuator/prometheus")).with(from("203.0.113.9")))).isEqualTo(403);
        assertThat(status(as(Role.ADMIN, get("/actuator/prometheus")).with(from("203.0.113.9")))).isEqualTo(200);
    }

    @Test
    void refusesAFormPostWithoutCsrfToken() throws Exception {
        assertThat(status(post("/en/signin").param("email", "a@b.org").param("password", "x"))).isEqualTo(403);
        assertThat(status(post("/en/signin").with(csrf()).param("email", "a@b.org").param("password", "x")))
            .isEqualTo(401);
    }

    @Test
    void sendsSecurityHeadersOnEveryResponse() throws Exception {
        MockHttpServletResponse page = mvc.perform(get("/en/")).andReturn().getResponse();
        assertThat(page.getHeader("Content-Security-Policy")).contains("frame-ancestors 'none'")
            .contains("script-src 'self'").doesNotContain("unsafe-inline");
        assertThat(page.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(page.getHeader("Referrer-Policy")).isEqualTo("same-origin");
        assertThat(page.getHeader("Permissions-Policy")).contains("geolocation=()");
        assertThat(page.getHeader("Strict-Transport-Security")).isNull();

        MockHttpServletResponse secure = mvc.perform(get("/en/").secure(true)).andReturn().getResponse();
        assertThat(secure.getHeader("Strict-Transport-Security")).contains("max-age=");

        MockHttpServletResponse signedIn = mvc.perform(as(Role.MEMBER, get("/en/account"))).andReturn().getResponse();
        assertThat(signedIn.getHeader("Cache-Control")).contains("no-store");
    }

    @Test
    void answersUnknownAndKnownAddressesAlikeOnSignIn() throws Exception {
        TestAccount known = accounts.get(Role.MEMBER);
        String unknown = TestAccounts.uniqueEmail("nobody");
        MockHttpServletResponse forKnown = signIn(known.email(), "wrong password 123", "198.51.100.1");
        MockHttpServletResponse forUnknown = signIn(unknown, "wrong password 123", "198.51.100.2");
        assertThat(forUnknown.getStatus()).isEqualTo(forKnown.getStatus()).isEqualTo(401);
        assertThat(comparable(forUnknown.getContentAsString(), unknown))
            .isEqualTo(comparable(forKnown.getContentAsString(), known.email()));

        long knownNanos = 0;
        long unknownNanos = 0;
        for (int i = 0; i < 3; i++) {
            long start = System.nanoTime();
            signIn(known.email(), "wrong password " + i, "198.51.100.3");
            knownNanos += System.nanoTime() - start;
            start = System.nanoTime();
            signIn(unknown, "wrong password " + i, "198.51.100.4");
            unknownNanos += System.nanoTime() - start;
        }
        // Both check a password hash, which dominates: an unknown address is not answered markedly faster.
        assertThat((double) unknownNanos / knownNanos).isGreaterThan(0.4);
    }

    @Test
    void answersUnknownAndKnownAddressesAlikeOnSignUpAndReset() throws Exception {
        String taken = accounts.get(Role.MEMBER).email();
        String fresh = TestAccounts.uniqueEmail("fresh");
        MockHttpServletResponse signUpTaken = signUp(taken);
        MockHttpServletResponse signUpFresh = signUp(fresh);
        assertThat(signUpTaken.getStatus()).isEqualTo(signUpFresh.getStatus()).isEqualTo(302);
        assertThat(signUpTaken.getRedirectedUrl()).isEqualTo(signUpFresh.getRedirectedUrl()).isEqualTo("/en/signup/sent");

        MockHttpServletResponse resetKnown = reset(taken);
        MockHttpServletResponse resetUnknown = reset(TestAccounts.uniqueEmail("ghost"));
        assertThat(resetKnown.getStatus()).isEqualTo(resetUnknown.getStatus()).isEqualTo(302);
        assertThat(resetKnown.getRedirectedUrl()).isEqualTo(resetUnknown.getRedirectedUrl())
            .isEqualTo("/en/password-reset/sent");
    }

    @Test
    void slowsDownGuessingWithoutLockingOutTheRealPerson() throws Exception {
        TestAccount victim = fixtures.create(Role.MEMBER);
        for (int i = 0; i < 4; i++) {
            assertThat(signIn(victim.email(), "guess " + i, "192.0.2.66").getStatus()).isEqualTo(401);
        }
        // The attacker's address now waits, even with the right password...
        MockHttpServletResponse attacker = signIn(victim.email(), victim.password(), "192.0.2.66");
        assertThat(attacker.getStatus()).isEqualTo(429);
        assertThat(attacker.getContentAsString()).contains("seconds");
        // ...while the real person, from their own address, signs in at once.
        assertThat(signIn(victim.email(), victim.password(), "192.0.2.77").getStatus()).isEqualTo(302);
    }

    @Test
    void limitsAttemptsPerAddressAcrossAccounts() throws Exception {
        int answered429 = 0;
        for (int i = 0; i < 32; i++) {
            if (signIn(TestAccounts.uniqueEmail("spray"), "password " + i, "192.0.2.99").getStatus() == 429) {
                answered429++;
            }
        }
        assertThat(answered429).isEqualTo(2);
    }

    private MockHttpServletResponse signIn(String email, String password, String address) throws Exception {
        return mvc.perform(post("/en/signin").with(csrf()).with(from(address)).param("email", email)
            .param("password", password)).andReturn().getResponse();
    }

    private MockHttpServletResponse signUp(String email) throws Exception {
        return mvc.perform(post("/en/signup").with(csrf()).param("email", email).param("displayName", "Someone")
            .param("password", TestAccounts.PASSWORD).param("acceptTerms", "true")).andReturn().getResponse();
    }

    private MockHttpServletResponse reset(String email) throws Exception {
        return mvc.perform(post("/en/password-reset").with(csrf()).param("email", email)).andReturn().getResponse();
    }

    /** A page without what legitimately differs: the CSRF token and the address the visitor typed. */
    private static String comparable(String page, String typedEmail) {
        return page.replace(typedEmail, "EMAIL").replaceAll("name=\"_csrf\" value=\"[^\"]*\"", "CSRF");
    }

    private MockHttpServletRequestBuilder as(Role role, MockHttpServletRequestBuilder request) {
        return role == null ? request : request.with(authentication(fixtures.authentication(accounts.get(role))));
    }

    private int status(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse().getStatus();
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

}
