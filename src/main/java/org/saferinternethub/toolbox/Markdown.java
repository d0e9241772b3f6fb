package org.saferinternethub.toolbox;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;
import org.springframework.stereotype.Component;

/**
 * Turns a resource's Markdown into HTML that is safe to insert in a page: rendered by commonmark (raw HTML
 * escaped), then cleaned by the OWASP sanitiser, which keeps only formatting, lists, tables and http(s) links.
 */
@Component
class Markdown {

    private final Parser parser = Parser.builder().build();
    private final HtmlRenderer renderer = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();
    private final PolicyFactory policy = Sanitizers.FORMATTING.and(Sanitizers.BLOCKS).and(Sanitizers.TABLES)
        .and(new HtmlPolicyBuilder().allowElements("a").allowUrlProtocols("https", "http", "mailto")
            .allowAttributes("href").onElements("a").requireRelsOnLinks("noopener", "noreferrer", "nofollow")
            .allowElements("pre", "code", "hr", "br")
            .toFactory());

    String toSafeHtml(String markdown) {
        return policy.sanitize(renderer.render(parser.parse(markdown)));
    }

}
