package org.saferinternethub.toolbox;

import org.jspecify.annotations.Nullable;

/**
 * A filter of the toolbox search, with its counts. The same name is the address parameter of the search page
 * and the API ({@code ?theme=cyberbullying&age=12-14}).
 */
public enum Facet {

    THEME("theme", null),
    AUDIENCE("audience", "toolbox.audience."),
    KIND("kind", "toolbox.kind."),
    AGE("age", "toolbox.age."),
    LANGUAGE("language", "platform.language."),
    REGION("region", "platform.region."),
    FORMAT("format", "toolbox.format."),
    COST("cost", "toolbox.cost."),
    ORGANISATION("organisation", null);

    private final String param;
    private final @Nullable String labelPrefix;

    Facet(String param, @Nullable String labelPrefix) {
        this.param = param;
        this.labelPrefix = labelPrefix;
    }

    /** The address parameter, e.g. {@code theme}. */
    public String param() {
        return param;
    }

    /** The message key prefix naming a value, or null where the value's name comes from data (themes, organisations). */
    public @Nullable String labelPrefix() {
        return labelPrefix;
    }

}
