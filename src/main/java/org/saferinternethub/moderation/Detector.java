package org.saferinternethub.moderation;

import java.util.List;

/** Finds labelled spans in a message. Implementations are immutable and thread-safe. */
interface Detector {
    void detect(ScreeningInput input, List<Span> found);
}
