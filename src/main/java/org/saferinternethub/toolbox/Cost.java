package org.saferinternethub.toolbox;

/** Whether a resource costs anything. */
public enum Cost {
    FREE, PAID
}
