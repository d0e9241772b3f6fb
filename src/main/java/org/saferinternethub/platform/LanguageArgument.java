package org.saferinternethub.platform;

import jakarta.servlet.http.HttpServletRequest;

import org.saferinternethub.shared.Language;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/** Lets a handler method take the page's {@link Language} as a parameter. */
class LanguageArgument implements HandlerMethodArgumentResolver {

    private final LanguageResolution languages;

    LanguageArgument(LanguageResolution languages) {
        this.languages = languages;
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == Language.class;
    }

    @Override
    public Language resolveArgument(MethodParameter parameter, ModelAndViewContainer container,
            NativeWebRequest request, WebDataBinderFactory binderFactory) {
        return languages.languageFor(request.getNativeRequest(HttpServletRequest.class));
    }

}
