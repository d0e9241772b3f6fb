/**
 * Safer Internet Day: the yearly edition, the local activities that schools, libraries and associations
 * organise for it (list, map, calendar, iCal, Atom and JSON), their review by the centre’s editors, and the
 * online inspiration day (programme, registrations with a waiting list, reminders, tools shared per session).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Agenda", allowedDependencies = { "platform", "account", "shared", "toolbox" })
@org.jspecify.annotations.NullMarked
package org.saferinternethub.agenda;
