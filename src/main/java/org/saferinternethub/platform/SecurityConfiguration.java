package org.saferinternethub.platform;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.authorization.AuthorityAuthorizationManager;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationManagers;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * The one security filter chain of the platform. Rules go by address prefix; each module's pages live under
 * their own prefix. Sign-in itself is done by the account module, which stores the signed-in user in the
 * session; this chain only reads it.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    /** See {@link ContentSecurityPolicy}. */
    static final String CONTENT_SECURITY_POLICY = ContentSecurityPolicy.DEFAULT;

    static final String PERMISSIONS_POLICY = "geolocation=(), camera=(), microphone=(), payment=(), usb=(), "
            + "interest-cohort=()";

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, AuditLog auditLog) throws Exception {
        http.authorizeHttpRequests(requests -> requests
            .dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.FORWARD).permitAll()
            .requestMatchers("/css/**", "/js/**", "/img/**", "/webjars/**", "/favicon.ico", "/robots.txt", "/error")
            .permitAll()
            .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
            .requestMatchers("/actuator/prometheus").access(adminOrLoopback())
            .requestMatchers("/actuator/**").hasRole("ADMIN")
            .requestMatchers("/*/admin/**").hasRole("ADMIN")
            .requestMatchers(HttpMethod.GET, "/*/moderation/items/**").hasRole("COUNSELLOR")
            .requestMatchers("/*/moderation/**").hasRole("MODERATOR")
            .requestMatchers("/*/account/**").authenticated()
            .requestMatchers("/*/toolbox/review", "/*/toolbox/review/**").hasRole("EDITOR")
            .requestMatchers("/*/toolbox/manage", "/*/toolbox/manage/**").hasRole("ORG_EDITOR")
            .requestMatchers("/*/agenda/review/**", "/*/agenda/editions/**").hasRole("EDITOR")
            .requestMatchers("/*/agenda/activities/new", "/*/agenda/activities/*/edit", "/*/agenda/activities/*/cancel",
                    "/*/agenda/mine").authenticated()
            // Peer help: the welcome page and joining are public; the space itself only for young members and
            // its staff, by the roles an account holds and not by the hierarchy (an admin is not a young person).
            .requestMatchers("/*/peer-help", "/*/peer-help/join", "/*/peer-help/join/**", "/*/peer-help/rules")
            .permitAll()
            .requestMatchers("/*/peer-help-tips", "/*/peer-help-tips/**").hasRole("EDITOR")
            .requestMatchers("/*/peer-help/**").access(AuthorityAuthorizationManager
                .<RequestAuthorizationContext>hasAnyRole("YOUTH", "PEER_SUPPORTER", "MODERATOR", "COUNSELLOR"))
            .anyRequest().permitAll());
        // The API authenticates by token (or a moderator's session for side-effect-free calls), not by form. The
        // quick exit's beacon only ends a session, which a forged request may do without harm (QuickExitController).
        http.csrf(csrf -> csrf.ignoringRequestMatchers(PathPatternRequestMatcher.withDefaults().matcher("/api/**"),
                PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, QuickExitController.PATH)));
        http.formLogin(AbstractHttpConfigurer::disable);
        http.httpBasic(AbstractHttpConfigurer::disable);
        http.exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(new SignInFirst()));
        http.logout(logout -> logout
            .logoutRequestMatcher(PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/{lang}/signout"))
            .addLogoutHandler((request, response, authentication) -> {
                if (authentication != null) {
                    auditLog.record(authentication.getName(), "auth.sign-out", null, AuditLog.Outcome.SUCCESS,
                            null);
                }
            })
            .logoutSuccessHandler((request, response, authentication) -> response.sendRedirect(
                    SitePaths.languageOf(request.getRequestURI()).map(l -> "/" + l.code()).orElse("") + "/?signed-out"))
            .invalidateHttpSession(true)
            .deleteCookies("HUB_SESSION"));
        http.sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()));
        http.headers(headers -> headers
            .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
            .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
            .addHeaderWriter(new StaticHeadersWriter("Permissions-Policy", PERMISSIONS_POLICY))
            .addHeaderWriter(new StaticHeadersWriter("Cross-Origin-Opener-Policy", "same-origin")));
        return http.build();
    }

    /**
     * Staff roles include nothing of the youth space: an admin is not a young person. Admin includes the other
     * staff roles so that one account can run a small deployment.
     */
    @Bean
    static RoleHierarchy roleHierarchy() {
        return RoleHierarchyImpl.fromHierarchy("""
                ROLE_ADMIN > ROLE_EDITOR
                ROLE_ADMIN > ROLE_MODERATOR
                ROLE_MODERATOR > ROLE_COUNSELLOR
                ROLE_EDITOR > ROLE_ORG_EDITOR
                """);
    }

    @Bean
    FilterRegistrationBean<AbsoluteSessionTimeout> absoluteSessionTimeout(HubSettings settings) {
        var registration = new FilterRegistrationBean<>(new AbsoluteSessionTimeout(settings.session().absoluteTimeout()));
        // Before Spring Security's chain, so that an expired session is gone before the chain reads it.
        registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 1);
        return registration;
    }

    private static AuthorizationManager<RequestAuthorizationContext> adminOrLoopback() {
        AuthorizationManager<RequestAuthorizationContext> loopback = (authentication, context) -> new AuthorizationDecision(
                isLoopback(context.getRequest().getRemoteAddr()));
        return AuthorizationManagers.anyOf(AuthorityAuthorizationManager.hasRole("ADMIN"), loopback);
    }

    static boolean isLoopback(String address) {
        // Only literal addresses: no name lookup for a value that comes from the connection.
        return address != null && (address.startsWith("127.") || address.equals("::1")
                || address.equals("0:0:0:0:0:0:0:1"));
    }

    /** Pages send visitors to sign in and come back; the API answers 401 as problem+json. */
    static class SignInFirst implements AuthenticationEntryPoint {

        @Override
        public void commence(HttpServletRequest request, HttpServletResponse response,
                AuthenticationException authException) throws IOException {
            String path = SitePaths.requestedPath(request);
            if (path.startsWith("/api/") || path.startsWith("/actuator/")) {
                response.setStatus(HttpStatus.UNAUTHORIZED.value());
                response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
                response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Unauthorized\",\"status\":401,"
                        + "\"detail\":\"Sign in or send an API token.\"}");
                return;
            }
            String language = SitePaths.languageOf(path).map(l -> l.code()).orElse("en");
            String query = request.getQueryString();
            String next = path + (query == null ? "" : "?" + query);
            response.sendRedirect("/" + language + "/signin?next=" + URLEncoder.encode(next, StandardCharsets.UTF_8));
        }

    }

}
