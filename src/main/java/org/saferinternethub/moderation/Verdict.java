package org.saferinternethub.moderation;

import java.util.Collections;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The outcome of screening one message.
 *
 * @param decision   what to do with the message
 * @param labels     every label found (also those that did not drive the decision)
 * @param spans      labelled regions of the original text, sorted by start
 * @param watched    watched-word matches, sorted by start
 * @param language   nl|fr|de|en: the given language, or the detected one for “auto”
 * @param redacted   original text with phone/e-mail/social spans and CENSOR matches replaced by the placeholder
 * @param messageKey moderation.verdict.publish|redact|hold|refuse|escalate
 */
public record Verdict(Decision decision, SortedSet<Label> labels, List<Span> spans, List<WatchedMatch> watched,
                      String language, String redacted, String messageKey) {
    public Verdict {
        labels = Collections.unmodifiableSortedSet(new TreeSet<>(labels));
        spans = List.copyOf(spans);
        watched = List.copyOf(watched);
    }
}
