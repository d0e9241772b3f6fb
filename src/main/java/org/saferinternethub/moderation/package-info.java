/**
 * Reads every text people write before anyone else sees it: screening in four languages, the decision by the
 * author's trust level, the review queue for moderators, reports, sanctions and crisis alerts.
 * <p>
 * The screening engine ({@link org.saferinternethub.moderation.Screener} and its detectors) is plain Java with
 * no I/O; the Spring components around it store the queue and apply staff decisions. Other modules call
 * {@link org.saferinternethub.moderation.Moderation} and listen to its events; it never depends on them.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Moderation", allowedDependencies = { "platform", "account", "shared" })
@org.jspecify.annotations.NullMarked
package org.saferinternethub.moderation;
