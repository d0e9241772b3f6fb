package org.saferinternethub.account;

/** What kind of organisation a partner is. */
public enum OrganisationType {
    CENTRE, PARTNER, SCHOOL, LIBRARY, ASSOCIATION, YOUTH_WORK, PUBLIC_BODY, COMPANY, OTHER
}
