package org.saferinternethub.moderation;

/**
 * Someone wrote about self-harm or suicide. Counsellors and moderators have been alerted; the counsellor
 * chat can offer itself to the author.
 *
 * @param ref the content
 * @param authorId the author's account
 * @param itemId the review item counsellors open
 */
public record CrisisDetected(ContentRef ref, long authorId, long itemId) {
}
