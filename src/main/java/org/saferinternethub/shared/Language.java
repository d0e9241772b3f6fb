package org.saferinternethub.shared;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The languages the platform is written in. Every page exists in each of them, under {@code /<code>/...}.
 */
public enum Language {

    NL, FR, DE, EN;

    /** The code used in URLs, {@code lang} attributes and message bundles, e.g. {@code nl}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public Locale locale() {
        return Locale.forLanguageTag(code());
    }

    /** The language for a code such as {@code fr} or a tag such as {@code fr-BE}, if it is one of ours. */
    public static Optional<Language> fromCode(String codeOrTag) {
        if (codeOrTag == null || codeOrTag.length() < 2) {
            return Optional.empty();
        }
        String primary = codeOrTag.substring(0, 2);
        return Arrays.stream(values()).filter(language -> language.code().equalsIgnoreCase(primary)).findFirst();
    }

    public static Optional<Language> fromLocale(Locale locale) {
        return locale == null ? Optional.empty() : fromCode(locale.getLanguage());
    }

}
