package org.saferinternethub.moderation;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

/**
 * Multi-literal search used to decide which lexicon regexes can possibly match a text: each regex has a literal
 * “anchor” it cannot match without, so one linear pass over the text replaces running hundreds of regexes.
 * Compiled to a full DFA over ASCII (non-ASCII chars reset to the root), immutable after construction.
 */
final class AhoCorasick {
    private static final int ALPHABET = 128;

    /** DFA transitions, flattened: next state of (state, c) at state * ALPHABET + c. */
    private final int[] transitions;
    private final int[][] outputs;
    private final boolean[] hasOutput;

    /** @param keywords keyword i reports value i; keywords are ASCII lower-case strings */
    AhoCorasick(List<String> keywords) {
        List<int[]> gotoTable = new ArrayList<>();
        List<List<Integer>> out = new ArrayList<>();
        gotoTable.add(newRow());
        out.add(new ArrayList<>());
        for (int id = 0; id < keywords.size(); id++) {
            String keyword = keywords.get(id);
            int state = 0;
            for (int k = 0; k < keyword.length(); k++) {
                int c = keyword.charAt(k);
                if (c >= ALPHABET) {
                    throw new IllegalArgumentException("anchor must be ASCII: " + keyword);
                }
                if (gotoTable.get(state)[c] < 0) {
                    gotoTable.add(newRow());
                    out.add(new ArrayList<>());
                    gotoTable.get(state)[c] = gotoTable.size() - 1;
                }
                state = gotoTable.get(state)[c];
            }
            out.get(state).add(id);
        }
        int states = gotoTable.size();
        int[] fail = new int[states];
        int[][] next = new int[states][];
        for (int s = 0; s < states; s++) {
            next[s] = gotoTable.get(s);
        }
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        for (int c = 0; c < ALPHABET; c++) {
            if (next[0][c] < 0) {
                next[0][c] = 0;
            } else {
                fail[next[0][c]] = 0;
                queue.add(next[0][c]);
            }
        }
        while (!queue.isEmpty()) {
            int s = queue.poll();
            out.get(s).addAll(out.get(fail[s]));
            for (int c = 0; c < ALPHABET; c++) {
                int t = next[s][c];
                if (t < 0) {
                    next[s][c] = next[fail[s]][c];
                } else {
                    fail[t] = next[fail[s]][c];
                    queue.add(t);
                }
            }
        }
        outputs = new int[states][];
        hasOutput = new boolean[states];
        transitions = new int[states * ALPHABET];
        for (int s = 0; s < states; s++) {
            outputs[s] = out.get(s).stream().mapToInt(Integer::intValue).distinct().toArray();
            hasOutput[s] = outputs[s].length > 0;
            System.arraycopy(next[s], 0, transitions, s * ALPHABET, ALPHABET);
        }
    }

    private static int[] newRow() {
        int[] row = new int[ALPHABET];
        Arrays.fill(row, -1);
        return row;
    }

    /** Sets the bit of every keyword id occurring in {@code text}. */
    void collect(String text, BitSet found) {
        collect(text, (id, end) -> found.set(id));
    }

    /** Receives each keyword occurrence: keyword id and the index just past its last char. */
    interface Occurrence {
        void found(int id, int end);
    }

    void collect(String text, Occurrence sink) {
        int state = 0;
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            state = c < ALPHABET ? transitions[state * ALPHABET + c] : 0;
            if (hasOutput[state]) {
                for (int id : outputs[state]) {
                    sink.found(id, i + 1);
                }
            }
        }
    }
}
