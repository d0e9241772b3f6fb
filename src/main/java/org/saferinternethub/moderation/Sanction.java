package org.saferinternethub.moderation;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A measure a moderator took against an author.
 *
 * @param authorId the author's account
 * @param kind what it is
 * @param until when it ends; null for a warning, or a suspension without end
 */
public record Sanction(long authorId, Kind kind, @Nullable Instant until) {

    /** From mildest to strongest. */
    public enum Kind {
        /** A message to the author; nothing else changes. */
        WARNING,
        /** May read but not post until the end date. */
        SILENCE,
        /** May not post or take part; reading stays possible. */
        SUSPENSION
    }

    public boolean blocksPosting() {
        return kind != Kind.WARNING;
    }

}
