package org.saferinternethub.peerhelp;

import java.io.IOException;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps the space out of search engines: {@code X-Robots-Tag: noindex} on every response under
 * {@code /{lang}/peer-help} (also redirects and refusals, so it runs before the security chain), and the
 * {@code robots} meta tag on every page this module renders.
 */
@Configuration(proxyBeanMethods = false)
class NoIndex {

    static final Pattern SPACE = Pattern.compile("^/(nl|fr|de|en)/peer-help(/.*)?$");

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> peerHelpNoIndex() {
        var registration = new FilterRegistrationBean<OncePerRequestFilter>(new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
                    FilterChain chain) throws ServletException, IOException {
                if (SPACE.matcher(request.getRequestURI().substring(request.getContextPath().length())).matches()) {
                    response.setHeader("X-Robots-Tag", "noindex, nofollow");
                }
                chain.doFilter(request, response);
            }
        });
        registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 2);
        return registration;
    }

    /** The layout writes {@code <meta name="robots" content="noindex">} when this is true. */
    @ControllerAdvice(basePackageClasses = NoIndex.class)
    static class NoIndexModel {

        @ModelAttribute("noindex")
        boolean noindex() {
            return true;
        }

    }

}
