/**
 * Value types every module may use: languages and text written in several languages.
 */
@org.jspecify.annotations.NullMarked
package org.saferinternethub.shared;
