package org.saferinternethub.moderation;

/** Where a watched word matched, as UTF-16 offsets into the original text ({@code end} exclusive). */
public record WatchedMatch(int start, int end, WatchedWord word) {
}
