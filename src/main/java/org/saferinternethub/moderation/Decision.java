package org.saferinternethub.moderation;

/** What the app should do with a message. Declared from weakest to strongest; see {@link DecisionPolicy}. */
public enum Decision {
    PUBLISH, REDACT, HOLD, REFUSE, ESCALATE;

    /** Translation key the app resolves for the author-facing explanation. */
    public String messageKey() {
        return "moderation.verdict." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
