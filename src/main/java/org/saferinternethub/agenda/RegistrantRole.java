package org.saferinternethub.agenda;

/** Who registers for the inspiration day, as they say themselves. */
enum RegistrantRole {
    PARENT, TEACHER, EDUCATOR, OTHER
}
