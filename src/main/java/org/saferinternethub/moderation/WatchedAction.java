package org.saferinternethub.moderation;

/** What a community-managed watched word does when it matches. */
public enum WatchedAction { BLOCK, REQUIRE_APPROVAL, FLAG, CENSOR }
