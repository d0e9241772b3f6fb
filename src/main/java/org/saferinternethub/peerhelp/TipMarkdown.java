package org.saferinternethub.peerhelp;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;
import org.springframework.stereotype.Component;

/**
 * Turns a tips article's Markdown into HTML that is safe in the youth space: commonmark with raw HTML escaped,
 * then the OWASP sanitiser keeping formatting, lists and links. Links leave without a referrer, and no image
 * is allowed (the space loads nothing from another origin).
 */
@Component
class TipMarkdown {

    private final Parser parser = Parser.builder().build();
    private final HtmlRenderer renderer = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();
    private final PolicyFactory policy = Sanitizers.FORMATTING.and(Sanitizers.BLOCKS)
        .and(new HtmlPolicyBuilder().allowElements("a").allowUrlProtocols("https", "http", "mailto", "tel")
            .allowAttributes("href").onElements("a").requireRelsOnLinks("noopener", "noreferrer", "nofollow")
            .allowElements("hr", "br")
            .toFactory());

    String toSafeHtml(String markdown) {
        return policy.sanitize(renderer.render(parser.parse(markdown)));
    }

}
