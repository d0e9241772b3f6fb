package org.saferinternethub.account;

/**
 * An account is gone, at its owner's request. Modules that keep the person's name or pseudonym beside their own
 * records (the moderation queue) forget it.
 */
public record AccountDeleted(long accountId) {
}
