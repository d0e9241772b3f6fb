package org.saferinternethub.moderation;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Multi-literal search used to decide which lexicon regexes can possibly match a text: each regex has a literal
 * “anchor” it cannot match without, so one linear pass over the text replaces running hundreds of regexes.
 * Compiled to a full DFA over the chars the keywords use (any other char resets to the root), immutable after
 * construction. The table holds one column per such char (about 30, not 128) in {@code char}s, so the few
 * thousand states fit in a few hundred KB and stay in cache between messages.
 */
final class AhoCorasick {
    private static final int ALPHABET = 128;

    /** Column of each ASCII char in the table; 0 for chars no keyword uses (they lead back to the root). */
    private final byte[] columnOf = new byte[ALPHABET];
    /** Log2 of the row width: rows are a power of two wide, so a row starts at a shift, not a multiplication. */
    private final int rowShift;
    /**
     * DFA transitions, flattened: next state of (state, column) at (state << rowShift) + column, with
     * {@link #REPORTS} set when that state has outputs, so the scan tests the value it already holds.
     */
    private final char[] transitions;
    private final int[][] outputs;
    private static final int REPORTS = 0x8000;

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
        // Number the states breadth-first: the shallow states, where a scan spends most of its time, then share a
        // few KB of the table instead of being scattered over all of it.
        int[] renumbered = new int[states];
        int[] order = new int[states];
        int count = 0;
        order[count++] = 0;
        for (int head = 0; head < count; head++) {
            int s = order[head];
            for (int c = 0; c < ALPHABET; c++) {
                int child = gotoTable.get(s)[c];
                if (child > 0) {
                    order[count++] = child;
                }
            }
        }
        for (int k = 0; k < states; k++) {
            renumbered[order[k]] = k;
        }
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
        if (states >= REPORTS) {
            throw new IllegalArgumentException("too many keyword states: " + states);
        }
        int columns = 1;
        for (String keyword : keywords) {
            for (int k = 0; k < keyword.length(); k++) {
                char c = keyword.charAt(k);
                if (columnOf[c] == 0) {
                    columnOf[c] = (byte) columns++;
                }
            }
        }
        rowShift = 32 - Integer.numberOfLeadingZeros(columns - 1);
        outputs = new int[states][];
        boolean[] hasOutput = new boolean[states];
        for (int old = 0; old < states; old++) {
            int s = renumbered[old];
            outputs[s] = out.get(old).stream().mapToInt(Integer::intValue).distinct().toArray();
            hasOutput[s] = outputs[s].length > 0;
        }
        transitions = new char[states << rowShift];
        for (int old = 0; old < states; old++) {
            int s = renumbered[old];
            for (int c = 0; c < ALPHABET; c++) {
                if (columnOf[c] != 0) {
                    int target = renumbered[next[old][c]];
                    transitions[(s << rowShift) + columnOf[c]] =
                            (char) (hasOutput[target] ? target | REPORTS : target);
                }
            }
        }
    }

    private static int[] newRow() {
        int[] row = new int[ALPHABET];
        Arrays.fill(row, -1);
        return row;
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
            int column = c < ALPHABET ? columnOf[c] : 0;
            int next = column == 0 ? 0 : transitions[(state << rowShift) + column];
            state = next & (REPORTS - 1);
            if (next >= REPORTS) {
                for (int id : outputs[state]) {
                    sink.found(id, i + 1);
                }
            }
        }
    }
}
