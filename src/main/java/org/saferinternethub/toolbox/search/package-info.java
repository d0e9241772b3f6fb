/**
 * The stored and indexed form of a resource, and the Hibernate Search queries over it; pages use
 * {@code Toolbox.search} instead.
 */
@org.jspecify.annotations.NullMarked
package org.saferinternethub.toolbox.search;
