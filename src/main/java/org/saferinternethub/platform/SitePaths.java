package org.saferinternethub.platform;

import java.util.Optional;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.saferinternethub.shared.Language;

/**
 * Reads and rewrites the language segment that starts every page address: {@code /fr/toolbox} is the French
 * toolbox page, {@code /nl/toolbox} the same page in Dutch.
 */
public final class SitePaths {

    private SitePaths() {
    }

    /** The address the visitor asked for, also while an error page for it is being rendered. */
    public static String requestedPath(HttpServletRequest request) {
        Object errorUri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String uri = errorUri instanceof String s ? s : request.getRequestURI();
        String context = request.getContextPath();
        return context != null && !context.isEmpty() && uri.startsWith(context) ? uri.substring(context.length()) : uri;
    }

    /** The language named by the first segment of the path, if any. */
    public static Optional<Language> languageOf(String path) {
        String[] segments = path.split("/", 3);
        if (segments.length < 2 || segments[1].length() != 2) {
            return Optional.empty();
        }
        return Language.fromCode(segments[1]).filter(language -> language.code().equals(segments[1]));
    }

    /** The same page in another language: {@code /nl/toolbox?q=x} becomes {@code /fr/toolbox?q=x}. */
    public static String inLanguage(String path, Language language) {
        String rest = languageOf(path).isPresent() ? path.substring(3) : path;
        if (rest.isEmpty()) {
            rest = "/";
        }
        return "/" + language.code() + (rest.startsWith("/") ? rest : "/" + rest);
    }

}
