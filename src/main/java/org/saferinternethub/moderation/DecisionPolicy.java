package org.saferinternethub.moderation;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Turns labels, watched matches and author trust into a decision.
 * Precedence: ESCALATE > REFUSE > HOLD > REDACT > PUBLISH (the order of {@link Decision}'s constants).
 */
final class DecisionPolicy {
    /** Contact details a known member may share once they are masked. */
    static final Set<Label> REDACTABLE = EnumSet.of(Label.PII_PHONE, Label.PII_EMAIL, Label.PII_SOCIAL);

    private DecisionPolicy() {
    }

    static Decision decide(Set<Label> labels, List<WatchedMatch> watched, TrustLevel trust) {
        Decision decision = Decision.PUBLISH;
        for (Label label : labels) {
            decision = max(decision, forLabel(label, trust));
        }
        for (WatchedMatch match : watched) {
            decision = max(decision, switch (match.word().action()) {
                case BLOCK -> Decision.REFUSE;
                case REQUIRE_APPROVAL -> Decision.HOLD;
                // FLAG publishes but is reported; CENSOR is masked in the redacted text
                case FLAG, CENSOR -> Decision.PUBLISH;
            });
        }
        if (trust == TrustLevel.NEW && decision == Decision.REDACT) {
            // new authors are pre-moderated whenever anything is found, even a phone number
            decision = Decision.HOLD;
        }
        return decision;
    }

    private static Decision forLabel(Label label, TrustLevel trust) {
        if (label == Label.SELF_HARM) {
            return Decision.ESCALATE;
        }
        if (REDACTABLE.contains(label)) {
            return trust == TrustLevel.NEW ? Decision.HOLD : Decision.REDACT;
        }
        return Decision.HOLD;
    }

    private static Decision max(Decision a, Decision b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
