package org.saferinternethub.moderation;

import java.text.Normalizer;
import java.util.Map;

/**
 * Builds the views detectors work on, each mapped back to original offsets.
 *
 * <ul>
 *   <li>{@link #baseView}: invisible chars dropped, NFKC, lower case, homoglyphs to Latin, diacritics stripped,
 *       whitespace collapsed. Punctuation and digits untouched.</li>
 *   <li>{@link #digitView}: base view plus number words turned into digits (“nul vier zeven” -> “047”) and
 *       spaced-out single digits glued together, so phone/IBAN/national-number detectors see real digit runs.
 *       No leetspeak here: “0475” must stay a number.</li>
 *   <li>{@link #wordView}: base view plus spaced/dotted letters joined (“k i l l” -> “kill”), leetspeak undone
 *       inside words (“k1ll” -> “kill”, but never in digit runs of 3+), apostrophes dropped (“don't” -> “dont”) and
 *       every run of a repeated letter squeezed to one (“dooood” -> “dod”). Lexicon patterns are squeezed the
 *       same way at compile time (see {@link LexiconPattern}), so they still line up.</li>
 * </ul>
 * Stateless and thread-safe.
 */
final class TextNormalizer {

    private static final int TABLE_START = 0x80;
    private static final int TABLE_END = 0x0530;
    /** Pre-folded strings for Latin-1 .. Cyrillic, the ranges that matter for nl/fr/de/en and homoglyph tricks. */
    private static final String[] FOLD_TABLE = new String[TABLE_END - TABLE_START];

    /** Cyrillic and Greek letters that look like Latin ones (after lower-casing). */
    private static final Map<Integer, Character> HOMOGLYPHS = Map.ofEntries(
            Map.entry(0x0430, 'a'), Map.entry(0x0435, 'e'), Map.entry(0x043E, 'o'), Map.entry(0x0440, 'p'),
            Map.entry(0x0441, 'c'), Map.entry(0x0443, 'y'), Map.entry(0x0445, 'x'), Map.entry(0x0456, 'i'),
            Map.entry(0x0458, 'j'), Map.entry(0x0455, 's'), Map.entry(0x043A, 'k'), Map.entry(0x043C, 'm'),
            Map.entry(0x043D, 'h'), Map.entry(0x0442, 't'), Map.entry(0x0432, 'b'), Map.entry(0x0501, 'd'),
            Map.entry(0x0457, 'i'), Map.entry(0x0454, 'e'), Map.entry(0x0491, 'r'), Map.entry(0x0433, 'r'),
            Map.entry(0x044C, 'b'), Map.entry(0x0438, 'u'), Map.entry(0x043F, 'n'),
            Map.entry(0x03B1, 'a'), Map.entry(0x03BF, 'o'), Map.entry(0x03B5, 'e'), Map.entry(0x03B9, 'i'),
            Map.entry(0x03BA, 'k'), Map.entry(0x03BD, 'v'), Map.entry(0x03C1, 'p'), Map.entry(0x03C4, 't'),
            Map.entry(0x03C5, 'u'), Map.entry(0x03C7, 'x'), Map.entry(0x03B2, 'b'), Map.entry(0x03B7, 'n'),
            Map.entry(0x03B6, 'z'), Map.entry(0x03BC, 'u'), Map.entry(0x03C9, 'w'), Map.entry(0x0261, 'g'),
            Map.entry(0x0251, 'a'), Map.entry(0x026A, 'i'), Map.entry(0x1D00, 'a'));

    static {
        for (int cp = TABLE_START; cp < TABLE_END; cp++) {
            FOLD_TABLE[cp - TABLE_START] = foldSlow(cp);
        }
    }

    /** Longest NFKC expansion of one code point we accept (ligatures like “ﬃ” are 3). */
    private static final int MAX_EXPANSION = 3;

    private TextNormalizer() {
    }

    // ---------------------------------------------------------------- base view

    static MappedText baseView(String original) {
        MappedText.Builder out = new MappedText.Builder(original.length());
        boolean lastWasSpace = true; // drops leading whitespace
        int i = 0;
        while (i < original.length()) {
            int cp = original.codePointAt(i);
            int next = i + Character.charCount(cp);
            if (cp < 0x80) {
                char c = (char) cp;
                if (c <= ' ' || c == 0x7F) {
                    if (!lastWasSpace && (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f')) {
                        out.append(' ', i, next);
                        lastWasSpace = true;
                    } else if (lastWasSpace && out.length() > 0) {
                        out.extendLastTo(next);
                    }
                } else {
                    out.append(c >= 'A' && c <= 'Z' ? (char) (c + 32) : c, i, next);
                    lastWasSpace = false;
                }
            } else if (isInvisible(cp)) {
                // zero-width & co. are dropped: they are only ever used to dodge filters
                if (out.length() > 0) {
                    out.extendLastTo(next);
                }
            } else {
                String folded = fold(cp);
                for (int k = 0; k < folded.length(); k++) {
                    char c = folded.charAt(k);
                    if (c == ' ') {
                        if (!lastWasSpace) {
                            out.append(' ', i, next);
                            lastWasSpace = true;
                        }
                    } else {
                        out.append(c, i, next);
                        lastWasSpace = false;
                    }
                }
            }
            i = next;
        }
        return out.build();
    }

    static boolean isInvisible(int cp) {
        int type = Character.getType(cp);
        return type == Character.FORMAT // ZWSP, ZWJ, LRM, soft hyphen, BOM, tags...
                || type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.CONTROL
                || cp == 0x3164 || cp == 0x115F || cp == 0x1160 || cp == 0xFFA0 || cp == 0x2800; // blank "letters"
    }

    /** Folds of code points outside the table, computed once; bounded so hostile input cannot grow it forever. */
    private static final java.util.concurrent.ConcurrentHashMap<Integer, String> FOLD_CACHE =
            new java.util.concurrent.ConcurrentHashMap<>();
    private static final int FOLD_CACHE_LIMIT = 8_192;

    static String fold(int cp) {
        if (cp >= TABLE_START && cp < TABLE_END) {
            return FOLD_TABLE[cp - TABLE_START];
        }
        String cached = FOLD_CACHE.get(cp);
        if (cached != null) {
            return cached;
        }
        String folded = foldSlow(cp);
        if (FOLD_CACHE.size() < FOLD_CACHE_LIMIT) {
            FOLD_CACHE.put(cp, folded);
        }
        return folded;
    }

    /** NFKC, lower case, homoglyph mapping, diacritics stripped; whitespace becomes a single space. */
    private static String foldSlow(int cp) {
        if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
            return " ";
        }
        if (isInvisible(cp)) {
            return "";
        }
        String nfkc = Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFKC);
        if (nfkc.length() > MAX_EXPANSION) {
            // Arabic ligatures like U+FDFA expand to 18 chars; no filter-dodging trick needs that, and it would let
            // a short message blow up every view. Keep the code point as it is.
            nfkc = new String(Character.toChars(cp));
        }
        StringBuilder sb = new StringBuilder(nfkc.length() + 1);
        nfkc.codePoints().forEach(c -> {
            int lower = Character.toLowerCase(c);
            if (lower == 'ß' || lower == 'ẞ') {
                sb.append("ss");
                return;
            }
            Character glyph = HOMOGLYPHS.get(lower);
            if (glyph != null) {
                sb.append(glyph.charValue());
                return;
            }
            String decomposed = Normalizer.normalize(new String(Character.toChars(lower)), Normalizer.Form.NFD);
            decomposed.codePoints()
                    .filter(d -> Character.getType(d) != Character.NON_SPACING_MARK)
                    .forEach(d -> {
                        if (Character.isWhitespace(d) || Character.isSpaceChar(d)) {
                            sb.append(' ');
                        } else {
                            sb.appendCodePoint(apostropheOrSelf(d));
                        }
                    });
        });
        return sb.toString();
    }

    private static int apostropheOrSelf(int cp) {
        return switch (cp) {
            case 0x2019, 0x2018, 0x02BC, 0x00B4, 0x2032, 0x02B9, 0xFF07 -> '\'';
            case 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2212 -> '-';
            default -> cp;
        };
    }

    // ---------------------------------------------------------------- digit view

    private static final Map<String, Character> NUMBER_WORDS = Map.ofEntries(
            // nl
            Map.entry("nul", '0'), Map.entry("een", '1'), Map.entry("twee", '2'), Map.entry("drie", '3'),
            Map.entry("vier", '4'), Map.entry("vijf", '5'), Map.entry("zes", '6'), Map.entry("zeven", '7'),
            Map.entry("acht", '8'), Map.entry("negen", '9'),
            // fr
            Map.entry("zero", '0'), Map.entry("un", '1'), Map.entry("une", '1'), Map.entry("deux", '2'),
            Map.entry("trois", '3'), Map.entry("quatre", '4'), Map.entry("cinq", '5'), Map.entry("six", '6'),
            Map.entry("sept", '7'), Map.entry("huit", '8'), Map.entry("neuf", '9'),
            // de
            Map.entry("null", '0'), Map.entry("eins", '1'), Map.entry("ein", '1'), Map.entry("zwei", '2'),
            Map.entry("zwo", '2'), Map.entry("drei", '3'), Map.entry("funf", '5'), Map.entry("fuenf", '5'),
            Map.entry("sechs", '6'), Map.entry("sieben", '7'), Map.entry("neun", '9'),
            // en
            Map.entry("oh", '0'), Map.entry("one", '1'), Map.entry("two", '2'), Map.entry("three", '3'),
            Map.entry("four", '4'), Map.entry("five", '5'), Map.entry("seven", '7'), Map.entry("eight", '8'),
            Map.entry("nine", '9'));

    /** Dutch and German 10..19 and tens, written as one word (“twaalf”, “zwanzig”). */
    private static final Map<String, String> TWO_DIGIT_WORDS = Map.ofEntries(
            // nl
            Map.entry("tien", "10"), Map.entry("elf", "11"), Map.entry("twaalf", "12"), Map.entry("dertien", "13"),
            Map.entry("veertien", "14"), Map.entry("vijftien", "15"), Map.entry("zestien", "16"),
            Map.entry("zeventien", "17"), Map.entry("achttien", "18"), Map.entry("negentien", "19"),
            Map.entry("twintig", "20"), Map.entry("dertig", "30"), Map.entry("veertig", "40"),
            Map.entry("vijftig", "50"), Map.entry("zestig", "60"), Map.entry("zeventig", "70"),
            Map.entry("tachtig", "80"), Map.entry("negentig", "90"),
            // de
            Map.entry("zehn", "10"), Map.entry("zwolf", "12"), Map.entry("dreizehn", "13"),
            Map.entry("vierzehn", "14"), Map.entry("funfzehn", "15"), Map.entry("sechzehn", "16"),
            Map.entry("siebzehn", "17"), Map.entry("achtzehn", "18"), Map.entry("neunzehn", "19"),
            Map.entry("zwanzig", "20"), Map.entry("dreissig", "30"), Map.entry("vierzig", "40"),
            Map.entry("funfzig", "50"), Map.entry("fuenfzig", "50"), Map.entry("sechzig", "60"),
            Map.entry("siebzig", "70"), Map.entry("achtzig", "80"), Map.entry("neunzig", "90"));

    private static final int MIN_NUMBER_WORD = 2;
    private static final int MAX_NUMBER_WORD = 9;
    private static final int MAX_COMPOUND_NUMBER_WORD = 20;

    /**
     * The digits a number word stands for: “vier” -> 4, “twaalf” -> 12, and the Dutch and German compounds
     * “vierentwintig” (vier-en-twintig) -> 24, “zweiundvierzig” (zwei-und-vierzig) -> 42; null for other words.
     */
    static String numberWordDigits(String text, int start, int end) {
        int length = end - start;
        if (length < MIN_NUMBER_WORD || length > MAX_COMPOUND_NUMBER_WORD) {
            return null;
        }
        if (length <= MAX_NUMBER_WORD) {
            String word = text.substring(start, end);
            Character digit = NUMBER_WORDS.get(word);
            return digit != null ? String.valueOf(digit) : TWO_DIGIT_WORDS.get(word);
        }
        if (!text.startsWith("ig", end - 2)) {
            return null; // every compound ends in a ten: -tig, -zig, -sig
        }
        String word = text.substring(start, end);
        for (String joint : new String[] {"en", "und"}) {
            for (int at = word.indexOf(joint, 2); at > 0; at = word.indexOf(joint, at + 1)) {
                Character unit = NUMBER_WORDS.get(word.substring(0, at));
                String tens = TWO_DIGIT_WORDS.get(word.substring(at + joint.length()));
                if (unit != null && unit != '0' && tens != null && tens.charAt(1) == '0' && tens.charAt(0) >= '2') {
                    return tens.substring(0, 1) + unit;
                }
            }
        }
        return null;
    }

    /**
     * A token of the base view: a run of letters or a run of digits, with its bounds in the view. {@code digits} is
     * what it stands for inside a number run (a single digit, or a number word's digits), null otherwise.
     */
    private record Token(int start, int end, boolean numeric, String digits) {
        boolean glueable() {
            return digits != null;
        }
    }

    /**
     * Number words and spaced digits become digit runs, but only inside runs of at least
     * {@value #MIN_NUMBER_RUN} number-ish tokens, so “I have one brother” or “3 - 2” stay as they are.
     */
    private static final int MIN_NUMBER_RUN = 4;

    static MappedText digitView(MappedText base) {
        if (!hasNumberRun(base.text())) {
            return base; // the common case: no spelled-out or spaced-out numbers
        }
        String text = base.text();
        int n = text.length();
        java.util.List<Token> tokens = new java.util.ArrayList<>();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (isAsciiDigit(c) || isAsciiLetter(c)) {
                int start = i;
                boolean digits = isAsciiDigit(c);
                while (i < n && (digits ? isAsciiDigit(text.charAt(i)) : isAsciiLetter(text.charAt(i)))) {
                    i++;
                }
                if (digits) {
                    tokens.add(new Token(start, i, true, i - start == 1 ? String.valueOf(c) : null));
                } else {
                    String word = numberWordDigits(text, start, i);
                    tokens.add(new Token(start, i, word != null, word));
                }
            } else {
                i++;
            }
        }
        // mark runs of numeric tokens separated by short separators
        boolean[] inRun = new boolean[tokens.size()];
        int runStart = 0;
        for (int t = 0; t <= tokens.size(); t++) {
            boolean continues = t < tokens.size() && tokens.get(t).numeric()
                    && (t == runStart || separatorOk(text, tokens.get(t - 1).end(), tokens.get(t).start()));
            if (!continues) {
                if (t - runStart >= MIN_NUMBER_RUN) {
                    for (int k = runStart; k < t; k++) {
                        inRun[k] = true;
                    }
                }
                runStart = (t < tokens.size() && tokens.get(t).numeric()) ? t : t + 1;
            }
        }
        boolean anyRun = false;
        for (boolean run : inRun) {
            anyRun |= run;
        }
        if (!anyRun) {
            return base; // the common case: no spelled-out or spaced-out numbers
        }
        MappedText.Builder out = new MappedText.Builder(n);
        int pos = 0;
        for (int t = 0; t < tokens.size(); t++) {
            Token token = tokens.get(t);
            boolean glueToPrevious = inRun[t] && t > 0 && inRun[t - 1] && token.glueable()
                    && tokens.get(t - 1).glueable() && separatorOk(text, tokens.get(t - 1).end(), token.start());
            if (!glueToPrevious) {
                copy(base, out, pos, token.start());
            }
            if (inRun[t] && token.glueable()) {
                for (int d = 0; d < token.digits().length(); d++) {
                    out.append(token.digits().charAt(d), base.originalStart()[token.start()],
                            base.originalEnd()[token.end() - 1]);
                }
            } else {
                copy(base, out, token.start(), token.end());
            }
            pos = token.end();
        }
        copy(base, out, pos, n);
        return out.build();
    }

    /** Number words (not the compounds) by length, to recognise them in place, without cutting the word out. */
    private static final WordTable NUMBER_WORDS_BY_LENGTH = byLength(java.util.stream.Stream.concat(
            NUMBER_WORDS.keySet().stream(), TWO_DIGIT_WORDS.keySet().stream()).collect(java.util.stream.Collectors.toSet()));

    /**
     * Whether {@link #digitView} has anything to glue: a run of {@value #MIN_NUMBER_RUN} numeric tokens (digit runs or
     * number words) with short separators. One pass that allocates nothing, so most texts skip the token list.
     */
    private static boolean hasNumberRun(String text) {
        int n = text.length();
        int run = 0;
        int previousEnd = -1;
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (!isAsciiDigit(c) && !isAsciiLetter(c)) {
                i++;
                continue;
            }
            int start = i;
            boolean digits = isAsciiDigit(c);
            while (i < n && (digits ? isAsciiDigit(text.charAt(i)) : isAsciiLetter(text.charAt(i)))) {
                i++;
            }
            boolean numeric = digits || (i - start <= MAX_NUMBER_WORD
                    ? isToken(text, start, i, NUMBER_WORDS_BY_LENGTH) : numberWordDigits(text, start, i) != null);
            if (!numeric) {
                run = 0;
            } else if (run > 0 && separatorOk(text, previousEnd, start)) {
                run++;
            } else {
                run = 1;
            }
            if (run >= MIN_NUMBER_RUN) {
                return true;
            }
            previousEnd = i;
        }
        return false;
    }

    private static boolean separatorOk(String text, int from, int to) {
        if (to - from > 2) {
            return false;
        }
        for (int k = from; k < to; k++) {
            char c = text.charAt(k);
            if (c != ' ' && c != '.' && c != '-' && c != ',' && c != '/' && c != '_') {
                return false;
            }
        }
        return true;
    }

    private static void copy(MappedText from, MappedText.Builder to, int start, int end) {
        to.appendRange(from, start, end);
    }

    // ---------------------------------------------------------------- word view

    static MappedText wordView(MappedText base) {
        return dropApostrophesAndSqueeze(undoLeet(joinSpacedLetters(base)));
    }

    /** “k i l l”, “d.o.o.d”, “k-1-l-l” -> glued, when at least 3 single chars (2 of them letters) are spaced out. */
    static MappedText joinSpacedLetters(MappedText in) {
        String text = in.text();
        int n = text.length();
        boolean[] drop = null; // allocated for the first run to glue: most texts have none
        boolean anyDropped = false;
        int i = 0;
        while (i < n) {
            if (isAsciiLetterOrDigit(text.charAt(i)) && i + 1 < n && isAsciiLetterOrDigit(text.charAt(i + 1))) {
                // a word of two or more chars: none of its chars is a single-char token, so skip it whole
                i += 2;
                while (i < n && isAsciiLetterOrDigit(text.charAt(i))) {
                    i++;
                }
                continue;
            }
            if (!isSingleCharToken(text, i)) {
                i++;
                continue;
            }
            int runStart = i;
            int chars = 1;
            int letters = isAsciiLetter(text.charAt(i)) ? 1 : 0;
            int cursor = i + 1;
            int lastCharEnd = i + 1;
            String separator = null; // one run uses one separator: "a b.a.d" must not glue the article "a"
            boolean separatorChanged = false;
            while (true) {
                int sep = cursor;
                while (sep < n && sep - cursor < 2 && isSpacingSeparator(text.charAt(sep))) {
                    sep++;
                }
                if (sep == cursor || sep >= n || !isSingleCharToken(text, sep)) {
                    break;
                }
                String gap = text.substring(cursor, sep);
                if (separator == null) {
                    separator = gap;
                } else if (!separator.equals(gap)) {
                    separatorChanged = true;
                    break;
                }
                chars++;
                if (isAsciiLetter(text.charAt(sep))) {
                    letters++;
                }
                cursor = sep + 1;
                lastCharEnd = cursor;
            }
            if (chars >= 3 && letters >= 2) {
                for (int k = runStart; k < lastCharEnd; k++) {
                    if (!isAsciiLetterOrDigit(text.charAt(k)) && !isLeetSymbol(text.charAt(k))) {
                        if (drop == null) {
                            drop = new boolean[n];
                        }
                        drop[k] = true;
                        anyDropped = true;
                    }
                }
                i = lastCharEnd;
            } else if (separatorChanged && lastCharEnd - 1 > runStart) {
                i = lastCharEnd - 1; // the char before the new separator may start its own run ("a b.a.d")
            } else {
                i = lastCharEnd;
            }
        }
        if (!anyDropped) {
            return in;
        }
        MappedText.Builder out = new MappedText.Builder(n);
        for (int k = 0; k < n; k++) {
            if (drop[k]) {
                if (out.length() > 0) {
                    out.extendLastTo(in.originalEnd()[k]);
                }
            } else {
                out.append(text.charAt(k), in.originalStart()[k], in.originalEnd()[k]);
            }
        }
        return out.build();
    }

    private static boolean isSingleCharToken(String text, int i) {
        char c = text.charAt(i);
        if (!isAsciiLetterOrDigit(c) && !isLeetSymbol(c)) {
            return false;
        }
        boolean leftOk = i == 0 || !isAsciiLetterOrDigit(text.charAt(i - 1));
        boolean rightOk = i + 1 >= text.length() || !isAsciiLetterOrDigit(text.charAt(i + 1));
        return leftOk && rightOk;
    }

    private static boolean isSpacingSeparator(char c) {
        return c == ' ' || c == '.' || c == '-' || c == '_' || c == '*' || c == '+' || c == '~' || c == '/'
                || c == '|' || c == ',';
    }

    /** Leet digits/symbols become letters only inside tokens that also hold letters, never in 3+ digit runs. */
    static MappedText undoLeet(MappedText in) {
        String text = in.text();
        int n = text.length();
        char[] chars = null; // copied for the first token that may change: most texts have none
        boolean changed = false;
        int i = 0;
        while (i < n) {
            if (!isTokenChar(text.charAt(i))) {
                i++;
                continue;
            }
            // token bounds do not depend on the changes (leet chars become letters, both token chars), and the
            // changes of a token only ever read that token, so the original text tells which tokens to visit
            int start = i;
            boolean hasLetter = false;
            boolean hasOther = false;
            while (i < n && isTokenChar(text.charAt(i))) {
                boolean letter = isAsciiLetter(text.charAt(i));
                hasLetter |= letter;
                hasOther |= !letter;
                i++;
            }
            if (!hasLetter || !hasOther) {
                continue; // only letters, or no letter: nothing to undo
            }
            if (chars == null) {
                chars = text.toCharArray();
            }
            int k = start;
            while (k < i) {
                if (isAsciiDigit(chars[k])) {
                    int digitsEnd = k;
                    while (digitsEnd < i && isAsciiDigit(chars[digitsEnd])) {
                        digitsEnd++;
                    }
                    if (digitsEnd - k <= 2) {
                        for (int d = k; d < digitsEnd; d++) {
                            chars[d] = leetLetter(chars[d]);
                        }
                        changed = true;
                    }
                    k = digitsEnd;
                } else {
                    char c = chars[k];
                    boolean letterAfter = k + 1 < i && isAsciiLetter(chars[k + 1]);
                    boolean letterBefore = k > start && isAsciiLetter(chars[k - 1]);
                    if (c == '@' && (letterAfter && letterBefore)) {
                        chars[k] = 'a';
                    } else if (c == '$' && (letterAfter || letterBefore)) {
                        chars[k] = 's';
                    } else if ((c == '!' || c == '|') && letterAfter && letterBefore) {
                        chars[k] = c == '!' ? 'i' : 'l';
                    } else if (c == '€' && (letterAfter || letterBefore)) {
                        chars[k] = 'e';
                    }
                    changed |= chars[k] != c;
                    k++;
                }
            }
        }
        return changed ? new MappedText(new String(chars), in.originalStart(), in.originalEnd()) : in;
    }

    private static boolean isTokenChar(char c) {
        return isAsciiLetterOrDigit(c) || isLeetSymbol(c);
    }

    private static boolean isLeetSymbol(char c) {
        return c == '@' || c == '$' || c == '!' || c == '|' || c == '€';
    }

    private static char leetLetter(char digit) {
        return switch (digit) {
            case '0' -> 'o';
            case '1' -> 'i';
            case '3' -> 'e';
            case '4' -> 'a';
            case '5' -> 's';
            case '7' -> 't';
            case '8' -> 'b';
            case '9' -> 'g';
            default -> digit;
        };
    }

    /**
     * Drops apostrophes (“don't” -> “dont”) and squeezes every run of the same letter to one (patterns are squeezed
     * identically), in one pass and one copy: nearly every text has a doubled letter.
     */
    static MappedText dropApostrophesAndSqueeze(MappedText in) {
        String text = in.text();
        if (text.indexOf('\'') < 0 && text.indexOf('`') < 0 && !hasRepeatedLetter(text)) {
            return in;
        }
        MappedText.Builder out = new MappedText.Builder(text.length());
        int kept = 0; // start of the stretch of chars kept as they are, copied in one go before the next dropped char
        for (int k = 0; k < text.length(); k++) {
            char c = text.charAt(k);
            boolean drop = c == '\'' || c == '`';
            if (!drop && isAsciiLetter(c)) {
                // the char last kept: the one before, unless that one was dropped
                char previous = kept < k ? text.charAt(k - 1) : out.length() > 0 ? out.charAt(out.length() - 1) : 0;
                drop = previous == c;
            }
            if (drop) {
                out.appendRange(in, kept, k);
                kept = k + 1;
                if (out.length() > 0) {
                    out.extendLastTo(in.originalEnd()[k]);
                }
            }
        }
        out.appendRange(in, kept, text.length());
        return out.build();
    }

    private static boolean hasRepeatedLetter(String text) {
        for (int k = 1; k < text.length(); k++) {
            if (text.charAt(k) == text.charAt(k - 1) && isAsciiLetter(text.charAt(k))) {
                return true;
            }
        }
        return false;
    }

    /** Squeezes a plain string (no offsets), used for watched terms. */
    static String normalizeTerm(String term) {
        return wordView(baseView(term)).text();
    }

    /**
     * Lower-case ASCII words grouped by length and initial, for {@link #isToken}: a token is then compared with the
     * one or two words that share both, instead of with every word of its length. The token scans of three
     * detectors and the number-word check do such a lookup for every word of every message.
     */
    record WordTable(String[][][] byLengthAndInitial) {
    }

    static WordTable byLength(java.util.Set<String> words) {
        int longest = words.stream().mapToInt(String::length).max().orElse(0);
        String[][][] table = new String[longest + 1][26][];
        for (String word : words) {
            if (word.isEmpty() || !word.chars().allMatch(c -> isAsciiLetter((char) c))) {
                throw new IllegalArgumentException("not a lower-case ASCII word: " + word);
            }
        }
        for (int length = 0; length <= longest; length++) {
            for (char initial = 'a'; initial <= 'z'; initial++) {
                int l = length;
                char i = initial;
                table[length][initial - 'a'] = words.stream().filter(w -> w.length() == l && w.charAt(0) == i)
                        .sorted().toArray(String[]::new);
            }
        }
        return new WordTable(table);
    }

    /** Whether the text from start to end (exclusive) is one of the words of a {@link #byLength} table. */
    static boolean isToken(String text, int start, int end, WordTable words) {
        int length = end - start;
        String[][][] table = words.byLengthAndInitial();
        if (length >= table.length || length == 0) {
            return false;
        }
        char first = text.charAt(start);
        if (!isAsciiLetter(first)) {
            return false;
        }
        for (String word : table[length][first - 'a']) {
            if (text.regionMatches(start + 1, word, 1, length - 1)) {
                return true;
            }
        }
        return false;
    }

    static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z';
    }

    static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static boolean isAsciiLetterOrDigit(char c) {
        return isAsciiLetter(c) || isAsciiDigit(c);
    }
}
