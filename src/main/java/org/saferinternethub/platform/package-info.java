/**
 * What every page and module stands on: layout and languages, security, the audit log, mail and search set-up.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Platform")
@org.jspecify.annotations.NullMarked
package org.saferinternethub.platform;
