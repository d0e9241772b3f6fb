package org.saferinternethub.moderation;

/**
 * Enough members reported this content that it must be hidden until a moderator has looked at it.
 *
 * @param ref the content
 */
public record ContentHiddenByReports(ContentRef ref) {
}
