package org.saferinternethub.agenda;

/** What kind of local activity it is; names in {@code agenda.type.<NAME>}. */
enum ActivityType {
    WORKSHOP, INFO_SESSION, SCHOOL_ACTIVITY, LIBRARY_ACTIVITY, EXHIBITION, WEBINAR, CAMPAIGN, OTHER
}
