package org.saferinternethub.toolbox;

/**
 * Where a resource is in the editorial workflow. Only {@link #PUBLISHED} resources are shown to the public, in
 * search, the API and feeds.
 */
public enum Status {
    DRAFT, SUBMITTED, CHANGES_REQUESTED, PUBLISHED, REJECTED;

    /** Whether its organisation's editors may change it and submit it; published resources are changed by editors. */
    public boolean editableByOrganisation() {
        return this == DRAFT || this == CHANGES_REQUESTED || this == REJECTED;
    }
}
