package org.saferinternethub.account;

/**
 * An admin gave an organisation a new name. Modules that show the name beside their own content (the toolbox's
 * provider of a resource) follow it.
 */
public record OrganisationRenamed(long organisationId, String previousName, String name) {
}
