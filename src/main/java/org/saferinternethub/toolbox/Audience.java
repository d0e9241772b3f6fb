package org.saferinternethub.toolbox;

/** Whom a resource is written for. */
public enum Audience {
    PARENTS, TEACHERS, EDUCATORS, LIBRARIANS, CHILDREN, TEENAGERS, POLICY_MAKERS
}
