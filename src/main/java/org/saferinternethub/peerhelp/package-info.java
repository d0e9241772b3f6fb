/**
 * The peer-help space: a pseudonymous place reserved to young people, where peers answer and staff watch over;
 * every text passes the moderation engine before anyone else sees it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Peer help", allowedDependencies = { "moderation", "account", "platform", "shared" })
@org.jspecify.annotations.NullMarked
package org.saferinternethub.peerhelp;
