package org.saferinternethub.platform;

/**
 * Open Graph metadata for a public page, shown when someone shares its address. Put it in the model as
 * {@code openGraph}; the layout writes the {@code og:} tags into the page's head.
 *
 * @param title the page's title
 * @param description one or two sentences
 * @param url the page's full address
 * @param type {@code website}, {@code article}...
 * @param locale e.g. {@code nl_BE}
 */
public record OpenGraph(String title, String description, String url, String type, String locale) {
}
