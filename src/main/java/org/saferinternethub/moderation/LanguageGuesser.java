package org.saferinternethub.moderation;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;

/**
 * Language of a message, restricted to nl/fr/de/en.
 *
 * <p>Chat messages are short and full of slang, where n-gram models are weak but function words are strong,
 * so a function-word vote decides first; only when it is inconclusive does lingua (low-accuracy mode, the four
 * languages, models preloaded at construction so {@code detect} does no I/O) get a say. When both are unsure
 * the configured default is returned.
 */
final class LanguageGuesser {
    private static final List<String> SUPPORTED = List.of("nl", "fr", "de", "en");
    private static final double LINGUA_MIN_CONFIDENCE = 0.6;
    private static final int LINGUA_MAX_CHARS = 300;

    private static final Map<String, Set<String>> FUNCTION_WORDS = Map.of(
            "nl", Set.of("ik", "je", "jij", "het", "een", "niet", "wat", "dat", "zijn", "ben", "bent", "is", "en",
                    "van", "de", "met", "voor", "op", "mijn", "maar", "ook", "wil", "heb", "hebt", "heeft", "geen",
                    "nog", "wel", "naar", "waarom", "hoe", "jou", "jouw", "mij", "me", "zo", "als", "kan", "moet",
                    "zij", "hij", "wij", "we", "ze", "dit", "er", "hier", "daar", "nu", "gaan", "ga", "doen", "echt",
                    "zal", "jullie", "eens", "iemand", "niemand", "mag", "kun", "kunnen", "weet", "zeg", "tegen", "die",
                    "deze", "om", "te", "dan"),
            "fr", Set.of("je", "tu", "il", "elle", "on", "nous", "vous", "le", "la", "les", "un", "une", "des", "et",
                    "est", "pas", "ne", "que", "qui", "quoi", "de", "du", "pour", "avec", "mais", "moi", "toi",
                    "mon", "ma", "mes", "ton", "ta", "tes", "suis", "es", "sont", "ai", "as", "a", "ce", "cette",
                    "dans", "sur", "plus", "tout", "bien", "tres", "veux", "peux", "fait", "faire", "comme", "oui",
                    "non", "jai", "cest", "jsuis", "chui", "quelqu", "personne", "pourquoi", "si", "au", "te", "se",
                    "vais", "va"),
            "de", Set.of("ich", "du", "er", "sie", "es", "wir", "ihr", "der", "die", "das", "ein", "eine", "und",
                    "ist", "nicht", "was", "wie", "mit", "fur", "auf", "aber", "auch", "mich", "dich", "mir", "dir",
                    "mein", "meine", "dein", "deine", "bin", "bist", "sind", "hab", "habe", "hast", "hat", "kein",
                    "keine", "noch", "schon", "jetzt", "warum", "wenn", "dass", "will", "kann", "muss", "nur", "so",
                    "zu", "den", "dem", "von", "jemand", "niemand", "einfach", "mal", "echt", "gibt", "sag"),
            "en", Set.of("i", "you", "he", "she", "it", "we", "they", "the", "a", "an", "and", "is", "are", "was",
                    "not", "what", "that", "this", "with", "for", "on", "my", "your", "me", "but", "so", "do",
                    "dont", "im", "am", "have", "has", "to", "of", "in", "be", "can", "will", "just", "if", "why",
                    "how", "who", "want", "know", "get", "got", "its", "there", "here", "now", "u", "ur", "someone",
                    "nobody", "should", "would", "like", "anyone", "about", "really"));

    private final LanguageDetector lingua;
    private final String defaultLanguage;

    LanguageGuesser(String defaultLanguage) {
        if (!SUPPORTED.contains(defaultLanguage)) {
            throw new IllegalArgumentException("default language must be one of " + SUPPORTED);
        }
        this.defaultLanguage = defaultLanguage;
        this.lingua = LanguageDetectorBuilder
                .fromLanguages(Language.DUTCH, Language.FRENCH, Language.GERMAN, Language.ENGLISH)
                .withLowAccuracyMode()
                .withPreloadedLanguageModels()
                .build();
    }

    String defaultLanguage() {
        return defaultLanguage;
    }

    /** @param words the digit view of the message (lower case, diacritics stripped, not squeezed) */
    String detect(String original, String words) {
        String byFunctionWords = byFunctionWords(words.length() > 2_000 ? words.substring(0, 2_000) : words);
        if (byFunctionWords != null) {
            return byFunctionWords;
        }
        if (original.codePoints().filter(Character::isLetter).count() < 3) {
            return defaultLanguage;
        }
        // the opening of a message is enough to tell the language, and bounds lingua's cost on long posts
        String sample = original.length() > LINGUA_MAX_CHARS ? original.substring(0, LINGUA_MAX_CHARS) : original;
        SortedMap<Language, Double> confidence = lingua.computeLanguageConfidenceValues(sample);
        if (confidence.isEmpty()) {
            return defaultLanguage;
        }
        Language best = confidence.firstKey();
        return confidence.get(best) >= LINGUA_MIN_CONFIDENCE ? code(best) : defaultLanguage;
    }

    /**
     * Function word -> bit mask of the languages it belongs to, in an open-addressed table keyed by the word's
     * chars, so the vote looks tokens up without cutting them out of the text.
     */
    private static final String[] TABLE_WORDS = new String[1024];
    /** Letters of the longest function word: a longer token (apostrophes aside) is not looked up. */
    private static final int LONGEST_FUNCTION_WORD = FUNCTION_WORDS.values().stream()
            .flatMap(Set::stream).mapToInt(String::length).max().orElse(0);
    private static final int[] TABLE_LANGUAGES = new int[1024];

    static {
        for (int l = 0; l < SUPPORTED.size(); l++) {
            for (String word : FUNCTION_WORDS.get(SUPPORTED.get(l))) {
                int slot = hash(word, 0, word.length()) & (TABLE_WORDS.length - 1);
                while (TABLE_WORDS[slot] != null && !TABLE_WORDS[slot].equals(word)) {
                    slot = (slot + 1) & (TABLE_WORDS.length - 1);
                }
                TABLE_WORDS[slot] = word;
                TABLE_LANGUAGES[slot] |= 1 << l;
            }
        }
    }

    /** Hash of the letters of the text from start to end (exclusive), apostrophes skipped. */
    private static int hash(String text, int start, int end) {
        int h = 0;
        for (int k = start; k < end; k++) {
            char c = text.charAt(k);
            if (c != '\'') {
                h = 31 * h + c;
            }
        }
        return mix(h);
    }

    /** Finishes {@link #hash}: the running value 31 * h + c over the letters, then mixed. */
    private static int mix(int h) {
        return h ^ (h >>> 7);
    }

    /**
     * Languages (bit mask) of which the token from start to end (exclusive), apostrophes skipped, is a function word;
     * {@code running} is the unmixed hash of its letters.
     */
    private static int languagesOf(String text, int start, int end, int running) {
        int slot = mix(running) & (TABLE_WORDS.length - 1);
        for (String word = TABLE_WORDS[slot]; word != null; word = TABLE_WORDS[slot]) {
            if (sameLetters(word, text, start, end)) {
                return TABLE_LANGUAGES[slot];
            }
            slot = (slot + 1) & (TABLE_WORDS.length - 1);
        }
        return 0;
    }

    private static boolean sameLetters(String word, String text, int start, int end) {
        int w = 0;
        for (int k = start; k < end; k++) {
            char c = text.charAt(k);
            if (c == '\'') {
                continue;
            }
            if (w >= word.length() || word.charAt(w) != c) {
                return false;
            }
            w++;
        }
        return w == word.length();
    }

    /**
     * The language with clearly the most function words, or null when the vote is too thin. A tie at the top
     * (mixed-language chat, words shared by two languages) goes to the language with more words of its own, then to
     * the one whose own words come first; only a thin vote or a tie on all three is left to lingua.
     */
    static String byFunctionWords(String words) {
        int[] votes = new int[SUPPORTED.size()];
        int[] own = new int[SUPPORTED.size()];
        int[] firstOwn = {Integer.MAX_VALUE, Integer.MAX_VALUE, Integer.MAX_VALUE, Integer.MAX_VALUE};
        int start = -1;
        int running = 0; // the token's hash, built as it is read rather than by reading it again
        int letters = 0;
        for (int i = 0; i <= words.length(); i++) {
            char c = i < words.length() ? words.charAt(i) : ' ';
            boolean letter = TextNormalizer.isAsciiLetter(c) || (c == '\'' && start >= 0);
            if (letter) {
                if (start < 0) {
                    start = i;
                    running = 0;
                    letters = 0;
                }
                if (c != '\'') {
                    running = 31 * running + c;
                    letters++;
                }
            } else if (start >= 0) {
                int languages = letters > LONGEST_FUNCTION_WORD ? 0 : languagesOf(words, start, i, running);
                for (int l = 0; languages != 0 && l < SUPPORTED.size(); l++) {
                    if ((languages & (1 << l)) != 0) {
                        votes[l]++;
                        if (languages == 1 << l) {
                            own[l]++;
                            firstOwn[l] = Math.min(firstOwn[l], start);
                        }
                    }
                }
                start = -1;
            }
        }
        int best = 0;
        for (int l = 1; l < votes.length; l++) {
            if (ahead(l, best, votes, own, firstOwn)) {
                best = l;
            }
        }
        if (votes[best] < 2) {
            return null;
        }
        for (int l = 0; l < votes.length; l++) {
            if (l != best && !ahead(best, l, votes, own, firstOwn)) {
                return null; // a tie on votes, own words and position
            }
        }
        return SUPPORTED.get(best);
    }

    private static boolean ahead(int a, int b, int[] votes, int[] own, int[] firstOwn) {
        if (votes[a] != votes[b]) {
            return votes[a] > votes[b];
        }
        if (own[a] != own[b]) {
            return own[a] > own[b];
        }
        return firstOwn[a] < firstOwn[b];
    }

    private static String code(Language language) {
        return switch (language) {
            case DUTCH -> "nl";
            case FRENCH -> "fr";
            case GERMAN -> "de";
            default -> "en";
        };
    }
}
