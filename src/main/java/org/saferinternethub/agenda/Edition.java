package org.saferinternethub.agenda;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.jspecify.annotations.Nullable;
import org.saferinternethub.shared.Language;
import org.saferinternethub.shared.LocalizedText;

/**
 * One year's Safer Internet Day: its date, slogan, introduction and themes in each language, and whether local
 * activities may be submitted for it.
 */
@Entity
@Table(name = "agenda_edition")
class Edition {

    static final int DEFAULT_CAPACITY = 300;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "edition_year", nullable = false)
    private int year;

    @Column(name = "sid_date", nullable = false)
    private LocalDate day;

    @Embedded
    @AttributeOverride(name = "nl", column = @Column(name = "slogan_nl"))
    @AttributeOverride(name = "fr", column = @Column(name = "slogan_fr"))
    @AttributeOverride(name = "de", column = @Column(name = "slogan_de"))
    @AttributeOverride(name = "en", column = @Column(name = "slogan_en"))
    private LocalizedText slogan = LocalizedText.empty();

    @Embedded
    @AttributeOverride(name = "nl", column = @Column(name = "intro_nl"))
    @AttributeOverride(name = "fr", column = @Column(name = "intro_fr"))
    @AttributeOverride(name = "de", column = @Column(name = "intro_de"))
    @AttributeOverride(name = "en", column = @Column(name = "intro_en"))
    private LocalizedText intro = LocalizedText.empty();

    /** One theme per line, in each language. */
    @Embedded
    @AttributeOverride(name = "nl", column = @Column(name = "themes_nl"))
    @AttributeOverride(name = "fr", column = @Column(name = "themes_fr"))
    @AttributeOverride(name = "de", column = @Column(name = "themes_de"))
    @AttributeOverride(name = "en", column = @Column(name = "themes_en"))
    private LocalizedText themes = LocalizedText.empty();

    @Column(name = "open_for_submissions", nullable = false)
    private boolean openForSubmissions;

    /** Places for the online inspiration day; more registrations go on the waiting list. */
    @Column(name = "inspiration_capacity", nullable = false)
    private int inspirationCapacity = DEFAULT_CAPACITY;

    @Version
    private long version;

    @SuppressWarnings("NullAway.Init")
    protected Edition() {
    }

    Edition(int year, LocalDate day) {
        this.year = year;
        this.day = day;
    }

    void update(int year, LocalDate day, LocalizedText slogan, LocalizedText intro, LocalizedText themes,
            boolean openForSubmissions) {
        this.year = year;
        this.day = day;
        this.slogan = slogan;
        this.intro = intro;
        this.themes = themes;
        this.openForSubmissions = openForSubmissions;
    }

    /** The themes of the year in the reader's language (with fallback), one per entry. */
    public List<String> themesIn(Language language) {
        return themes.in(language).map(text -> Arrays.stream(text.value().split("\\R")).map(String::strip)
            .filter(line -> !line.isEmpty()).toList()).orElse(List.of());
    }

    public long getId() {
        return id == null ? 0 : id;
    }

    public int getYear() {
        return year;
    }

    public LocalDate getDay() {
        return day;
    }

    public LocalizedText getSlogan() {
        return slogan;
    }

    public LocalizedText getIntro() {
        return intro;
    }

    public LocalizedText getThemes() {
        return themes;
    }

    public int getInspirationCapacity() {
        return inspirationCapacity;
    }

    void setInspirationCapacity(int inspirationCapacity) {
        this.inspirationCapacity = inspirationCapacity;
    }

    /** The theme at a position of the list, in the reader's language, if there is one. */
    public java.util.Optional<String> theme(@Nullable Integer index, Language language) {
        List<String> all = themesIn(language);
        return index == null || index < 0 || index >= all.size() ? java.util.Optional.empty()
                : java.util.Optional.of(all.get(index));
    }

    public boolean isOpenForSubmissions() {
        return openForSubmissions;
    }

}
