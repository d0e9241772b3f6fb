package org.saferinternethub.agenda;

/** How a session of the inspiration day is given. */
enum SessionFormat {
    TALK, WORKSHOP, PANEL
}
