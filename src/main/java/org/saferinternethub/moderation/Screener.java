package org.saferinternethub.moderation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * The screening engine: immutable and thread-safe, built once (lexicons, patterns and the language models are
 * loaded at construction), then {@link #screen} is pure CPU work with no I/O.
 */
public final class Screener {
    /** Spans of these labels win over a phone match on the same digits (an IBAN is not also a phone). */
    private static final Set<Label> IDENTIFIERS = EnumSet.of(Label.PII_IBAN, Label.PII_NATIONAL_ID);
    private static final Set<String> LANGUAGES = Set.of("nl", "fr", "de", "en");
    private static final Comparator<Span> SPAN_ORDER = Comparator.comparingInt(Span::start).thenComparingInt(Span::end)
            .thenComparing(Span::label);

    private final List<Detector> detectors;
    private final WatchedWordMatcher watchedWords;
    private final LanguageGuesser languageGuesser;
    private final String placeholder;

    private Screener(Builder builder) {
        ClassLoader loader = Screener.class.getClassLoader();
        this.detectors = List.of(
                new PhoneDetector(),
                new EmailDetector(),
                new SocialHandleDetector(),
                new AddressDetector(),
                new IdentifierDetector(),
                new LinkDetector(builder.allowedLinkDomains),
                PhraseDetectors.fromClasspath(loader));
        this.watchedWords = new WatchedWordMatcher(builder.watchedWords);
        this.languageGuesser = new LanguageGuesser(builder.defaultLanguage);
        this.placeholder = builder.placeholder;
    }

    /** A screener with the bundled lexicons, the given watched words and link allow-list, and defaults otherwise. */
    public static Screener fromClasspath(List<WatchedWord> watchedWords, Set<String> allowedLinkDomains) {
        return builder().watchedWords(watchedWords).allowedLinkDomains(allowedLinkDomains).build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Screens one message.
     *
     * @param text     the message as written (null is treated as empty)
     * @param language nl|fr|de|en, or “auto” (or null) to detect it
     * @param trust    the author's trust level
     */
    public Verdict screen(String text, String language, TrustLevel trust) {
        String original = text == null ? "" : text;
        Objects.requireNonNull(trust, "trust");
        ScreeningInput unresolved = ScreeningInput.of(original);
        String resolvedLanguage = resolveLanguage(language, unresolved);
        ScreeningInput input = unresolved.withLanguage(resolvedLanguage);

        List<Span> spans = new ArrayList<>();
        for (Detector detector : detectors) {
            detector.detect(input, spans);
        }
        spans = dropPhonesInsideIdentifiers(spans);
        spans.sort(SPAN_ORDER);
        spans = dedupeSorted(spans);

        TreeSet<Label> labels = new TreeSet<>();
        for (Span span : spans) {
            labels.add(span.label());
        }
        List<WatchedMatch> watched = watchedWords.match(input, resolvedLanguage);
        Decision decision = DecisionPolicy.decide(labels, watched, trust);
        String redacted = Redactor.redact(original, spans, watched, placeholder);
        return new Verdict(decision, labels, spans, watched, resolvedLanguage, redacted, decision.messageKey());
    }

    /** nl|fr|de|en for the text; the configured default when unsure. */
    public String detectLanguage(String text) {
        String original = text == null ? "" : text;
        MappedText base = TextNormalizer.baseView(original);
        return languageGuesser.detect(original, base.text());
    }

    private String resolveLanguage(String requested, ScreeningInput input) {
        if (requested != null) {
            String lower = requested.toLowerCase(Locale.ROOT);
            if (LANGUAGES.contains(lower)) {
                return lower;
            }
        }
        return languageGuesser.detect(input.original(), input.digits().text());
    }

    /**
     * Several patterns (or languages) often find the same region: keep one span per range and label, the one with the
     * highest score. The spans are sorted by range and label, so duplicates sit next to each other.
     */
    private static List<Span> dedupeSorted(List<Span> spans) {
        List<Span> kept = new ArrayList<>(spans.size());
        for (Span span : spans) {
            int last = kept.size() - 1;
            if (last >= 0 && sameRangeAndLabel(kept.get(last), span)) {
                if (kept.get(last).score() < span.score()) {
                    kept.set(last, span);
                }
            } else {
                kept.add(span);
            }
        }
        return kept;
    }

    private static boolean sameRangeAndLabel(Span a, Span b) {
        return a.start() == b.start() && a.end() == b.end() && a.label() == b.label();
    }

    private static List<Span> dropPhonesInsideIdentifiers(List<Span> spans) {
        List<Span> identifiers = spans.stream().filter(s -> IDENTIFIERS.contains(s.label())).toList();
        if (identifiers.isEmpty()) {
            return spans;
        }
        List<Span> kept = new ArrayList<>(spans.size());
        for (Span span : spans) {
            boolean shadowed = span.label() == Label.PII_PHONE && identifiers.stream()
                    .anyMatch(id -> id.start() < span.end() && span.start() < id.end());
            if (!shadowed) {
                kept.add(span);
            }
        }
        return kept;
    }

    /** Configures a {@link Screener}; defaults: no watched words, no allowed link domains, “[…]”, English. */
    public static final class Builder {
        private List<WatchedWord> watchedWords = List.of();
        private Set<String> allowedLinkDomains = Set.of();
        private String placeholder = "[…]";
        private String defaultLanguage = "en";

        private Builder() {
        }

        public Builder watchedWords(List<WatchedWord> words) {
            this.watchedWords = List.copyOf(words);
            return this;
        }

        public Builder allowedLinkDomains(Set<String> domains) {
            this.allowedLinkDomains = Set.copyOf(domains);
            return this;
        }

        /** Text that replaces redacted contact details and censored words. */
        public Builder placeholder(String placeholder) {
            this.placeholder = Objects.requireNonNull(placeholder, "placeholder");
            return this;
        }

        /** Language reported when detection is unsure: nl|fr|de|en. */
        public Builder defaultLanguage(String language) {
            this.defaultLanguage = Objects.requireNonNull(language, "language").toLowerCase(Locale.ROOT);
            return this;
        }

        public Screener build() {
            return new Screener(this);
        }
    }
}
