package org.saferinternethub.moderation;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Matches the community's watched words. Plain terms are normalised like the text and matched on the word view
 * at word boundaries, so “b.a.d.w0rd” still hits “badword”. Regex terms are the managers' own: they run
 * case-insensitively on the original text, on a char budget so a careless regex cannot stall screening.
 */
final class WatchedWordMatcher {
    /** Upper bound on chars a single watched regex may inspect per message (many times the text length). */
    private static final int REGEX_CHAR_BUDGET = 200_000;

    /**
     * A regex term ({@code pattern}, with the literal every match starts with, possibly empty), or a plain term as
     * its normalised words ({@code parts}).
     */
    private record Compiled(WatchedWord word, Pattern pattern, String requiredLiteral, String[] parts) {
    }

    private final List<Compiled> compiled;

    WatchedWordMatcher(List<WatchedWord> words) {
        List<Compiled> list = new ArrayList<>();
        for (WatchedWord word : words) {
            if (word.regex()) {
                list.add(new Compiled(word, Pattern.compile(word.term(),
                        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE), requiredLiteral(word.term()), null));
            } else {
                String normalized = TextNormalizer.normalizeTerm(word.term()).strip();
                if (normalized.isEmpty()) {
                    continue;
                }
                list.add(new Compiled(word, null, null, normalized.split(" ")));
            }
        }
        this.compiled = List.copyOf(list);
    }

    List<WatchedMatch> match(ScreeningInput input, String language) {
        List<WatchedMatch> matches = new ArrayList<>();
        for (Compiled c : compiled) {
            String wordLanguage = c.word().language();
            if (!wordLanguage.equals("*") && !wordLanguage.equalsIgnoreCase(language)) {
                continue;
            }
            if (c.parts() != null) {
                MappedText view = input.words();
                String text = view.text();
                int from = 0;
                for (int at = text.indexOf(c.parts()[0]); at >= 0; at = text.indexOf(c.parts()[0], at + 1)) {
                    int end = at < from ? -1 : plainTermEnd(text, at, c.parts());
                    if (end > at) {
                        matches.add(new WatchedMatch(view.toOriginalStart(at), view.toOriginalEnd(end), c.word()));
                        from = end;
                    }
                }
            } else if (mayContain(input.original(), c.requiredLiteral())) {
                try {
                    Matcher m = c.pattern().matcher(new BudgetedCharSequence(input.original(), REGEX_CHAR_BUDGET));
                    while (m.find()) {
                        if (m.end() > m.start()) {
                            matches.add(new WatchedMatch(m.start(), m.end(), c.word()));
                        }
                    }
                } catch (BudgetedCharSequence.BudgetExceeded e) {
                    // A runaway regex is treated as "no match" rather than blocking the whole platform;
                    // the lexicon detectors still run on this message.
                }
            }
        }
        matches.sort(java.util.Comparator.comparingInt(WatchedMatch::start).thenComparingInt(WatchedMatch::end));
        return matches;
    }

    /**
     * The run of ASCII letters and digits a regex term opens with, minus its last char when a quantifier follows
     * (“promo[0-9]{3}” -> “promo”, “ab?c” -> “a”); every non-empty match starts with it. Empty when the term has a
     * “|” anywhere: a top-level alternation would let matches start otherwise, and telling it from one inside a
     * group or class is not worth the parsing. Used by {@link #mayContain}: running a staff regex over the whole
     * text, through the budget wrapper, cost more than a detector, and most texts do not hold its literal.
     */
    static String requiredLiteral(String regex) {
        if (regex.indexOf('|') >= 0) {
            return "";
        }
        int end = 0;
        while (end < regex.length() && isAsciiLetterOrDigit(regex.charAt(end))) {
            end++;
        }
        boolean quantified = end < regex.length() && "?*+{".indexOf(regex.charAt(end)) >= 0;
        return regex.substring(0, quantified ? Math.max(0, end - 1) : end).toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * Whether the text may hold the (lower-case ASCII) literal as the case-insensitive regex reads it. ASCII chars
     * compare ignoring case; a non-ASCII char may stand for any literal char, since Unicode case folding maps some
     * of them onto ASCII letters (the Kelvin sign onto “k”, the long “ſ” onto “s”). So this is never false where the
     * regex could match; an empty literal always passes.
     */
    static boolean mayContain(String text, String literal) {
        int last = text.length() - literal.length();
        for (int at = 0; at <= last; at++) {
            int k = 0;
            while (k < literal.length() && mayBe(text.charAt(at + k), literal.charAt(k))) {
                k++;
            }
            if (k == literal.length()) {
                return true;
            }
        }
        return false;
    }

    private static boolean mayBe(char c, char literal) {
        return c >= 0x80 || (c >= 'A' && c <= 'Z' ? (char) (c + 32) : c) == literal;
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    /**
     * End of the plain term starting at {@code at} (its words in order, each separated by one optional space, the
     * whole not inside a longer word), or -1. String search instead of a regex: a regex that starts with a
     * look-behind is tried at every position of the text, which made a handful of terms cost more than a detector.
     */
    private static int plainTermEnd(String text, int at, String[] parts) {
        if (at > 0 && TextNormalizer.isAsciiLetterOrDigit(text.charAt(at - 1))) {
            return -1;
        }
        int position = at + parts[0].length();
        for (int k = 1; k < parts.length; k++) {
            if (position < text.length() && text.charAt(position) == ' ') {
                position++;
            }
            if (!text.startsWith(parts[k], position)) {
                return -1;
            }
            position += parts[k].length();
        }
        if (position < text.length() && TextNormalizer.isAsciiLetterOrDigit(text.charAt(position))) {
            return -1;
        }
        return position;
    }

    /** A CharSequence that gives up after a fixed number of reads: the only way to bound java.util.regex. */
    static final class BudgetedCharSequence implements CharSequence {
        static final class BudgetExceeded extends RuntimeException {
            BudgetExceeded() {
                super("regex char budget exceeded", null, false, false);
            }
        }

        private final String text;
        private final int[] remaining;
        private final int offset;
        private final int length;

        BudgetedCharSequence(String text, int budget) {
            this(text, new int[] {budget}, 0, text.length());
        }

        private BudgetedCharSequence(String text, int[] remaining, int offset, int length) {
            this.text = text;
            this.remaining = remaining;
            this.offset = offset;
            this.length = length;
        }

        @Override
        public int length() {
            return length;
        }

        @Override
        public char charAt(int index) {
            if (--remaining[0] < 0) {
                throw new BudgetExceeded();
            }
            return text.charAt(offset + index);
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return new BudgetedCharSequence(text, remaining, offset + start, end - start);
        }

        @Override
        public String toString() {
            return text.substring(offset, offset + length);
        }
    }
}
