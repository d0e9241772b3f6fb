package org.saferinternethub.platform;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;
import org.springframework.stereotype.Component;

/**
 * Turns Markdown written by staff or partners (toolbox resources, peer-help tips) into HTML that is safe to insert
 * in a page: rendered by commonmark (raw HTML escaped), then cleaned by the OWASP sanitiser, which keeps only
 * formatting, lists, code and links (http, https, mailto) that leave without a referrer. No image is
 * allowed, so no page loads anything from another origin.
 */
@Component
public class Markdown {

    private final Parser parser = Parser.builder().build();
    private final HtmlRenderer renderer = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();
    private final PolicyFactory policy = Sanitizers.FORMATTING.and(Sanitizers.BLOCKS)
        .and(new HtmlPolicyBuilder().allowElements("a").allowUrlProtocols("https", "http", "mailto")
            .allowAttributes("href").onElements("a").requireRelsOnLinks("noopener", "noreferrer", "nofollow")
            .allowElements("pre", "code", "hr", "br")
            .toFactory());

    public String toSafeHtml(String markdown) {
        return policy.sanitize(renderer.render(parser.parse(markdown)));
    }

}
