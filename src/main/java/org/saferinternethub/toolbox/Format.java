package org.saferinternethub.toolbox;

/** How a resource reaches its users. */
public enum Format {
    ONLINE, ON_SITE, PRINTED, DOWNLOADABLE
}
