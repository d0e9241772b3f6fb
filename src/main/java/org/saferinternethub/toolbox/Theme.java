package org.saferinternethub.toolbox;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;
import org.saferinternethub.shared.Language;
import org.saferinternethub.shared.LocalizedText;

/** A theme of the toolbox taxonomy, e.g. cyberbullying; resources refer to it by its slug. */
@Entity
@Table(name = "toolbox_theme")
@EntityListeners(SearchLabels.ThemeChanges.class)
class Theme {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(nullable = false, unique = true)
    private String slug;

    @Embedded
    @AttributeOverride(name = "nl", column = @Column(name = "name_nl"))
    @AttributeOverride(name = "fr", column = @Column(name = "name_fr"))
    @AttributeOverride(name = "de", column = @Column(name = "name_de"))
    @AttributeOverride(name = "en", column = @Column(name = "name_en"))
    private LocalizedText name = LocalizedText.empty();

    @Column(nullable = false)
    private int position;

    @SuppressWarnings("NullAway.Init")
    protected Theme() {
    }

    Theme(String slug, LocalizedText name, int position) {
        this.slug = slug;
        this.name = name;
        this.position = position;
    }

    @Nullable Long getId() {
        return id;
    }

    void rename(LocalizedText name) {
        this.name = name;
    }

    void moveTo(int position) {
        this.position = position;
    }

    String getSlug() {
        return slug;
    }

    LocalizedText getName() {
        return name;
    }

    String name(Language language) {
        return name.in(language).map(LocalizedText.Localized::value).orElse(slug);
    }

    int getPosition() {
        return position;
    }

}
