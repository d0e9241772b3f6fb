package org.saferinternethub.moderation;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;

/**
 * Writes every field of every verdict of a large, deterministic set of screenings to a file, so that a speed change
 * to the engine can be proved verdict-neutral: take a snapshot before, one after, and compare them byte for byte.
 * Inputs: the three corpora (each message in its own language and in auto), spelling-trick variants of every
 * corpus message, the benchmark mixes in every language, splices of two messages and the fuzz seeds.
 *
 * <pre>
 * ./mvnw -q -o test-compile exec:java -Dexec.mainClass=org.saferinternethub.moderation.VerdictSnapshot \
 *     -Dexec.classpathScope=test -Dexec.args=/tmp/verdicts-before.txt
 * cmp /tmp/verdicts-before.txt /tmp/verdicts-after.txt
 * </pre>
 * Not a test on purpose: the snapshot is megabytes, and a lexicon change legitimately changes it.
 */
public final class VerdictSnapshot {
    private static final String[] LANGUAGES = {"nl", "fr", "de", "en", "auto"};
    private static final String[] CYRILLIC = {"a\u0430", "e\u0435", "o\u043E", "p\u0440", "c\u0441", "x\u0445",
        "i\u0456", "s\u0455"};
    private static final String[] DIGIT_WORDS = {"nul", "een", "twee", "drie", "vier", "vijf", "zes", "zeven",
        "acht", "negen"};
    /** Watched terms of {@link TestScreeners}, plain and disguised, inside words and out. */
    private static final String[] WATCHED = {" badword ", " b.a.d.w0rd ", "BADWORD", " forbidden club ",
        " forbiddenclub! ", " vape ", " VAPE.", " energy drink ", " energydrink ", " promo123 ", "PROMO999",
        " promo12 ", " en\u200Bergy dr1nk "};
    private static final String[] LEET = {"a4", "e3", "i1", "o0", "s5", "t7", "a@", "s$", "i!"};

    private VerdictSnapshot() {
    }

    public static void main(String[] args) throws Exception {
        Path output = Path.of(args.length > 0 ? args[0] : "verdicts.txt");
        Screener screener = TestScreeners.shared();
        List<String[]> screenings = screenings();
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        TrustLevel[] trust = TrustLevel.values();
        try (BufferedWriter out = Files.newBufferedWriter(output, StandardCharsets.US_ASCII)) {
            for (int i = 0; i < screenings.size(); i++) {
                String[] screening = screenings.get(i);
                TrustLevel level = trust[i % trust.length];
                Verdict verdict = screener.screen(screening[1], screening[0], level);
                String line = i + "\t" + screening[0] + "\t" + level + "\t" + describe(verdict) + "\n";
                out.write(line);
                sha.update(line.getBytes(StandardCharsets.UTF_8));
            }
        }
        System.out.printf("%d screenings written to %s, sha256 %s%n", screenings.size(), output,
                HexFormat.of().formatHex(sha.digest()));
    }

    private static String describe(Verdict verdict) {
        StringBuilder line = new StringBuilder();
        line.append(verdict.decision()).append('\t').append(verdict.labels()).append('\t');
        for (Span span : verdict.spans()) {
            line.append(span.start()).append('-').append(span.end()).append(' ').append(span.label()).append(' ')
                    .append(span.score()).append(';');
        }
        line.append('\t');
        for (WatchedMatch match : verdict.watched()) {
            line.append(match.start()).append('-').append(match.end()).append(' ').append(escape(match.word().toString())).append(';');
        }
        line.append('\t').append(verdict.language()).append('\t').append(verdict.messageKey()).append('\t')
                .append(escape(verdict.redacted()));
        return line.toString();
    }

    /** ASCII only: lone surrogates (fuzz seeds, split emoji) cannot be written as UTF-8. */
    private static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int k = 0; k < text.length(); k++) {
            char c = text.charAt(k);
            if (c == '\\') {
                out.append("\\\\");
            } else if (c < ' ' || c > '~') {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** {language, text} pairs, in a fixed order. */
    private static List<String[]> screenings() throws Exception {
        List<CorpusTests.Example> examples = new ArrayList<>();
        for (String resource : List.of("moderation/corpus.tsv", "moderation/heldout.tsv", "moderation/blind.tsv")) {
            examples.addAll(CorpusTests.load(resource));
        }
        List<String[]> screenings = new ArrayList<>();
        Random random = new Random(20261128);
        for (CorpusTests.Example example : examples) {
            String text = example.text();
            screenings.add(new String[] {example.language(), text});
            screenings.add(new String[] {"auto", text});
            for (String variant : variants(text, random)) {
                screenings.add(new String[] {example.language(), variant});
                screenings.add(new String[] {"auto", variant});
            }
        }
        for (double harmfulShare : new double[] {0.15, 1.0}) {
            String[] mix = benchmarkMix(harmfulShare);
            for (String language : LANGUAGES) {
                for (String message : mix) {
                    screenings.add(new String[] {language, message});
                }
            }
        }
        for (int i = 0; i < 6_000; i++) {
            String first = examples.get(random.nextInt(examples.size())).text();
            String second = examples.get(random.nextInt(examples.size())).text();
            int cut = random.nextInt(first.length() + 1);
            int from = random.nextInt(second.length() + 1);
            String splice = first.substring(0, cut) + second.substring(from);
            screenings.add(new String[] {LANGUAGES[i % LANGUAGES.length], splice});
        }
        Path seeds = Path.of("src/test/resources/org/saferinternethub/moderation/ScreenerFuzzTestsInputs/"
                + "screenNeverFails");
        if (Files.isDirectory(seeds)) {
            try (var files = Files.list(seeds)) {
                for (Path seed : files.sorted().toList()) {
                    String text = new String(Files.readAllBytes(seed), StandardCharsets.UTF_8);
                    for (String language : LANGUAGES) {
                        screenings.add(new String[] {language, text});
                    }
                }
            }
        }
        return screenings;
    }

    private static String[] benchmarkMix(double harmfulShare) throws Exception {
        ScreenerBenchmark benchmark = new ScreenerBenchmark();
        benchmark.harmfulShare = harmfulShare;
        benchmark.setUp();
        java.lang.reflect.Field messages = ScreenerBenchmark.class.getDeclaredField("messages");
        messages.setAccessible(true);
        return (String[]) messages.get(benchmark);
    }

    /** Spelling tricks people use to get past filters, each applied to part of the words at random. */
    private static List<String> variants(String text, Random random) {
        List<String> variants = new ArrayList<>();
        variants.add(perWord(text, random, 0.5, word -> replaceOne(word, LEET, random)));
        variants.add(perWord(text, random, 0.4, word -> String.join(" ", word.split(""))));
        variants.add(perWord(text, random, 0.4, word -> String.join(".", word.split(""))));
        variants.add(perWord(text, random, 0.4, word -> {
            int at = random.nextInt(word.length());
            return word.substring(0, at + 1) + String.valueOf(word.charAt(at)).repeat(1 + random.nextInt(4))
                    + word.substring(at + 1);
        }));
        variants.add(perWord(text, random, 0.4, word -> String.join("\u200B", word.split(""))));
        variants.add(perWord(text, random, 0.5, word -> replaceOne(word, CYRILLIC, random)));
        variants.add(digitsAsWords(text));
        variants.add(text.toUpperCase(java.util.Locale.ROOT));
        String watched = WATCHED[random.nextInt(WATCHED.length)];
        int at = random.nextInt(text.length() + 1);
        variants.add(text.substring(0, at) + watched + text.substring(at));
        variants.add("0475 12 34 56 " + text + " mail me at lisa" + random.nextInt(100) + "@gmail.com");
        return variants;
    }

    private static String perWord(String text, Random random, double share,
                                  java.util.function.UnaryOperator<String> trick) {
        String[] words = text.split(" ", -1);
        for (int k = 0; k < words.length; k++) {
            if (words[k].length() >= 2 && random.nextDouble() < share) {
                words[k] = trick.apply(words[k]);
            }
        }
        return String.join(" ", words);
    }

    private static String replaceOne(String word, String[] pairs, Random random) {
        for (int attempt = 0; attempt < 3; attempt++) {
            String pair = pairs[random.nextInt(pairs.length)];
            int at = word.indexOf(pair.charAt(0));
            if (at >= 0) {
                return word.substring(0, at) + pair.substring(1) + word.substring(at + 1);
            }
        }
        return word;
    }

    private static String digitsAsWords(String text) {
        StringBuilder out = new StringBuilder();
        for (int k = 0; k < text.length(); k++) {
            char c = text.charAt(k);
            if (c >= '0' && c <= '9') {
                out.append(' ').append(DIGIT_WORDS[c - '0']).append(' ');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
