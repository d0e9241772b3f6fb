/**
 * Safer Internet Day: the yearly edition, the local activities that schools, libraries and associations
 * organise for it (list, map, calendar, iCal, Atom and JSON), and their review by the centre's editors.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Agenda", allowedDependencies = { "platform", "account", "shared" })
@org.jspecify.annotations.NullMarked
package org.saferinternethub.agenda;
