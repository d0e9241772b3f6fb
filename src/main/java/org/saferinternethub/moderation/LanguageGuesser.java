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
                    "zal", "jullie", "eens", "iemand", "niemand", "mag", "kun", "kunnen", "weet", "zeg", "tegen"),
            "fr", Set.of("je", "tu", "il", "elle", "on", "nous", "vous", "le", "la", "les", "un", "une", "des", "et",
                    "est", "pas", "ne", "que", "qui", "quoi", "de", "du", "pour", "avec", "mais", "moi", "toi",
                    "mon", "ma", "mes", "ton", "ta", "tes", "suis", "es", "sont", "ai", "as", "a", "ce", "cette",
                    "dans", "sur", "plus", "tout", "bien", "tres", "veux", "peux", "fait", "faire", "comme", "oui",
                    "non", "jai", "cest", "jsuis", "chui", "quelqu", "personne", "pourquoi", "si", "au"),
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

    /** The language with clearly the most function words, or null when the vote is too thin or too close. */
    private static String byFunctionWords(String words) {
        int[] votes = new int[SUPPORTED.size()];
        int start = -1;
        for (int i = 0; i <= words.length(); i++) {
            boolean letter = i < words.length() && (TextNormalizer.isAsciiLetter(words.charAt(i))
                    || (words.charAt(i) == '\'' && start >= 0));
            if (letter && start < 0) {
                start = i;
            } else if (!letter && start >= 0) {
                String token = words.substring(start, i).replace("'", "");
                for (int l = 0; l < SUPPORTED.size(); l++) {
                    if (FUNCTION_WORDS.get(SUPPORTED.get(l)).contains(token)) {
                        votes[l]++;
                    }
                }
                start = -1;
            }
        }
        int best = 0;
        int second = -1;
        for (int l = 1; l < votes.length; l++) {
            if (votes[l] > votes[best]) {
                second = best;
                best = l;
            } else if (second < 0 || votes[l] > votes[second]) {
                second = l;
            }
        }
        int runnerUp = second < 0 ? 0 : votes[second];
        if (votes[best] >= 2 && votes[best] > runnerUp) {
            return SUPPORTED.get(best);
        }
        return null;
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
