package org.saferinternethub.agenda;

/** Where a registration for the inspiration day stands. */
enum RegistrationStatus {
    /** Has a place. */
    CONFIRMED,
    /** Waits for a place; moves up when a confirmed person cancels or editors add places. */
    WAITING,
    /** Cancelled by the person; kept for the counts and the export. */
    CANCELLED
}
