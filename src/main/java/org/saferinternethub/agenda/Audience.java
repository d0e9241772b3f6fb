package org.saferinternethub.agenda;

/** Whom an activity is for; names in {@code agenda.audience.<NAME>}. */
enum Audience {
    CHILDREN, TEENAGERS, PARENTS, TEACHERS, EDUCATORS, LIBRARIANS, SENIORS, GENERAL_PUBLIC
}
