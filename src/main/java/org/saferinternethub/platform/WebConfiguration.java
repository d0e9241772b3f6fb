package org.saferinternethub.platform;

import java.time.Clock;
import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.PathMatchConfigurer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Puts every page under its language: a page controller mapped to {@code /toolbox} answers at
 * {@code /nl/toolbox}, {@code /fr/toolbox}, {@code /de/toolbox} and {@code /en/toolbox}. REST controllers
 * ({@code /api/...}, feeds) and the error controller keep their own addresses.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    static final String LANGUAGE_PREFIX = "/{lang:nl|fr|de|en}";

    private final LanguageResolution languageResolution;

    WebConfiguration(HubSettings settings) {
        this.languageResolution = new LanguageResolution(settings.defaultLanguage());
    }

    /** Named {@code localeResolver} so that the dispatcher servlet uses it. */
    @Bean
    LanguageResolution localeResolver() {
        return languageResolution;
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Override
    public void configurePathMatch(PathMatchConfigurer configurer) {
        configurer.addPathPrefix(LANGUAGE_PREFIX, WebConfiguration::isPageController);
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new LanguageArgument(languageResolution));
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(languageResolution);
    }

    static boolean isPageController(Class<?> type) {
        return type.getPackageName().startsWith("org.saferinternethub")
                && AnnotatedElementUtils.hasAnnotation(type, Controller.class)
                && !AnnotatedElementUtils.hasAnnotation(type, ResponseBody.class)
                && !org.springframework.boot.webmvc.error.ErrorController.class.isAssignableFrom(type);
    }

}
