package org.saferinternethub.moderation;

import org.jspecify.annotations.Nullable;

/**
 * A moderator decided on held or reported content. The owning module publishes, replaces or removes it.
 *
 * @param ref the content
 * @param resolution what was decided
 * @param text the text to show now (redacted or edited by the moderator), or null when refused
 * @param authorId the author's account
 */
public record ContentModerated(ContentRef ref, Resolution resolution, @Nullable String text, long authorId) {

    /** What a moderator decided. */
    public enum Resolution {
        /** Shown as written. */
        APPROVED,
        /** Shown with personal information replaced. */
        APPROVED_REDACTED,
        /** Shown as the moderator edited it. */
        APPROVED_EDITED,
        /** Not shown; the author was told why. */
        REFUSED,
        /** A reported item was looked at and left as it is. */
        REPORT_DISMISSED
    }

}
