package org.saferinternethub.moderation;

import java.util.ArrayList;
import java.util.List;

/** Replaces contact-detail spans and CENSOR matches with a visible placeholder; overlapping ranges merge. */
final class Redactor {
    private Redactor() {
    }

    static String redact(String original, List<Span> spans, List<WatchedMatch> watched, String placeholder) {
        List<int[]> ranges = new ArrayList<>();
        for (Span span : spans) {
            if (DecisionPolicy.REDACTABLE.contains(span.label())) {
                ranges.add(new int[] {span.start(), span.end()});
            }
        }
        for (WatchedMatch match : watched) {
            if (match.word().action() == WatchedAction.CENSOR) {
                ranges.add(new int[] {match.start(), match.end()});
            }
        }
        if (ranges.isEmpty()) {
            return original;
        }
        ranges.sort((a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(a[1], b[1]));
        StringBuilder out = new StringBuilder(original.length());
        int position = 0;
        int i = 0;
        while (i < ranges.size()) {
            int start = ranges.get(i)[0];
            int end = ranges.get(i)[1];
            i++;
            while (i < ranges.size() && ranges.get(i)[0] <= end) {
                end = Math.max(end, ranges.get(i)[1]);
                i++;
            }
            if (start < position) {
                start = position;
            }
            out.append(original, position, start).append(placeholder);
            position = Math.max(position, end);
        }
        out.append(original, position, original.length());
        return out.toString();
    }
}
