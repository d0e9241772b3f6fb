package org.saferinternethub.moderation;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param allowedLinkDomains links to these domains (and their subdomains) are never spam: the centre's own
 *     sites and the helplines
 * @param crisisLines the lines shown at once to an author whose message speaks of self-harm or suicide
 * @param reportsToHide content reported by this many members is hidden until a moderator has looked at it
 * @param placeholder what replaces a redacted phone number, address or handle
 * @param api the screening API
 */
@ConfigurationProperties("hub.moderation")
record ModerationSettings(@DefaultValue List<String> allowedLinkDomains, @DefaultValue List<CrisisLine> crisisLines,
        @DefaultValue("3") int reportsToHide, @DefaultValue("[…]") String placeholder, @DefaultValue Api api) {

    /**
     * @param name e.g. {@code Zelfmoordlijn}
     * @param display the number as shown, e.g. {@code 1813}
     */
    record CrisisLine(String name, String display) {
    }

    /**
     * @param loopbackOpen answer unauthenticated requests from the same machine, so that the engine can be
     *     evaluated from outside; on in the demo profile, off otherwise
     */
    record Api(@DefaultValue("false") boolean loopbackOpen) {
    }

    String crisisLinesText() {
        return String.join(" · ", crisisLines.stream().map(line -> line.display() + " " + line.name()).toList());
    }

}
