package org.saferinternethub.shared;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.jspecify.annotations.Nullable;

/**
 * A piece of content written in one or more of the platform's languages, such as a title or a body.
 * <p>
 * Readers ask for their language with {@link #in(Language)} and get the text in the first language that has
 * it: theirs, then the fallback order. The answer says which language it is in, so that a page can mark a
 * fallback passage with its own {@code lang} attribute for screen readers.
 * <p>
 * Stored as one column per language (embed it with {@code @AttributeOverride}s for the column names) and, when
 * the owning entity is indexed, analysed per language with the analysers named after the language codes.
 */
@Embeddable
public class LocalizedText {

    /** The order in which languages are tried after the reader's own. */
    public static final List<Language> FALLBACK_ORDER = List.of(Language.EN, Language.NL, Language.FR, Language.DE);

    @Column(length = 20000)
    @FullTextField(analyzer = "nl")
    private @Nullable String nl;

    @Column(length = 20000)
    @FullTextField(analyzer = "fr")
    private @Nullable String fr;

    @Column(length = 20000)
    @FullTextField(analyzer = "de")
    private @Nullable String de;

    @Column(length = 20000)
    @FullTextField(analyzer = "en")
    private @Nullable String en;

    protected LocalizedText() {
    }

    public static LocalizedText of(Map<Language, String> texts) {
        LocalizedText text = new LocalizedText();
        texts.forEach(text::set);
        return text;
    }

    public static LocalizedText empty() {
        return new LocalizedText();
    }

    /** The text in the reader's language, or else in the first language of {@link #FALLBACK_ORDER} that has one. */
    public Optional<Localized> in(Language reader) {
        Optional<Localized> own = get(reader).map(value -> new Localized(value, reader, false));
        if (own.isPresent()) {
            return own;
        }
        return FALLBACK_ORDER.stream()
            .flatMap(language -> get(language).map(value -> new Localized(value, language, true)).stream())
            .findFirst();
    }

    public Optional<String> get(Language language) {
        String value = switch (language) {
            case NL -> nl;
            case FR -> fr;
            case DE -> de;
            case EN -> en;
        };
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value);
    }

    public LocalizedText set(Language language, @Nullable String value) {
        String cleaned = value == null || value.isBlank() ? null : value.strip();
        switch (language) {
            case NL -> nl = cleaned;
            case FR -> fr = cleaned;
            case DE -> de = cleaned;
            case EN -> en = cleaned;
        }
        return this;
    }

    public Map<Language, String> asMap() {
        Map<Language, String> map = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            get(language).ifPresent(value -> map.put(language, value));
        }
        return map;
    }

    public boolean isEmpty() {
        return asMap().isEmpty();
    }

    /**
     * A text as shown to one reader.
     *
     * @param value the text
     * @param language the language it is written in
     * @param fallback whether it is in another language than the reader asked for
     */
    public record Localized(String value, Language language, boolean fallback) {

        @Override
        public String toString() {
            return value;
        }

    }

}
