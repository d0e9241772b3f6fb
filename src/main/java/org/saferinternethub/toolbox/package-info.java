/**
 * The toolbox: a multilingual catalogue of education resources from the centre and its partners, with faceted
 * search, partner submissions reviewed by editors, and open data.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Toolbox", allowedDependencies = { "platform", "account", "shared" })
@org.jspecify.annotations.NullMarked
package org.saferinternethub.toolbox;
