package org.saferinternethub.moderation;

import org.jspecify.annotations.Nullable;

/**
 * A text to screen before it is shown, with who wrote it and where.
 *
 * @param ref the content it belongs to
 * @param text what the author wrote
 * @param language {@code nl}, {@code fr}, {@code de}, {@code en} or {@code auto}
 * @param trust the author's trust level
 * @param authorId the author's account
 * @param authorName the name moderators see (a pseudonym in the youth space)
 * @param link where the content is shown, as a path without language (for moderators)
 */
public record ModerationRequest(ContentRef ref, String text, String language, TrustLevel trust, long authorId,
        String authorName, @Nullable String link) {
}
