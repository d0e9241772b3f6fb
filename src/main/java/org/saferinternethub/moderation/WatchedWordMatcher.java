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

    private record Compiled(WatchedWord word, Pattern pattern, boolean onWordView) {
    }

    private final List<Compiled> compiled;

    WatchedWordMatcher(List<WatchedWord> words) {
        List<Compiled> list = new ArrayList<>();
        for (WatchedWord word : words) {
            if (word.regex()) {
                list.add(new Compiled(word, Pattern.compile(word.term(),
                        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE), false));
            } else {
                String normalized = TextNormalizer.normalizeTerm(word.term());
                if (normalized.isBlank()) {
                    continue;
                }
                String regex = "(?<![a-z0-9])" + Pattern.quote(normalized).replace(" ", "\\E ?\\Q") + "(?![a-z0-9])";
                list.add(new Compiled(word, Pattern.compile(regex), true));
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
            if (c.onWordView()) {
                MappedText view = input.words();
                Matcher m = c.pattern().matcher(view.text());
                while (m.find()) {
                    if (m.end() > m.start()) {
                        matches.add(new WatchedMatch(view.toOriginalStart(m.start()), view.toOriginalEnd(m.end()),
                                c.word()));
                    }
                }
            } else {
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
