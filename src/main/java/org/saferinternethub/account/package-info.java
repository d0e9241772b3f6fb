/**
 * Accounts, roles and organisations: sign-up, sign-in with two-factor for staff, password reset, and the
 * admin pages for people and organisations.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Accounts", allowedDependencies = { "platform", "shared" })
@org.jspecify.annotations.NullMarked
package org.saferinternethub.account;
