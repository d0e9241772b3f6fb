package org.saferinternethub.moderation;

/** How much the platform trusts the author; NEW authors are pre-moderated whenever anything is found. */
public enum TrustLevel { NEW, MEMBER, TRUSTED }
