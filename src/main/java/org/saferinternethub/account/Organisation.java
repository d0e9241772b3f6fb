package org.saferinternethub.account;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Version;

import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexedEmbedded;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.jspecify.annotations.Nullable;
import org.saferinternethub.shared.Language;
import org.saferinternethub.shared.LocalizedText;

/**
 * A partner of the centre — a school, library, association, or the centre itself — whose editors submit
 * resources and activities.
 */
@Entity
@Indexed
public class Organisation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @FullTextField(analyzer = "default")
    @KeywordField(name = "name_sort", normalizer = "sort", sortable = Sortable.YES)
    @Column(nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @KeywordField
    @Column(nullable = false)
    private OrganisationType type;

    private @Nullable String website;

    @KeywordField
    private @Nullable String region;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "organisation_language", joinColumns = @JoinColumn(name = "organisation_id"))
    @Column(name = "language")
    @Enumerated(EnumType.STRING)
    private Set<Language> languages = EnumSet.noneOf(Language.class);

    @Embedded
    @AttributeOverride(name = "nl", column = @Column(name = "about_nl"))
    @AttributeOverride(name = "fr", column = @Column(name = "about_fr"))
    @AttributeOverride(name = "de", column = @Column(name = "about_de"))
    @AttributeOverride(name = "en", column = @Column(name = "about_en"))
    @IndexedEmbedded
    private LocalizedText about = LocalizedText.empty();

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    @SuppressWarnings("NullAway.Init")
    protected Organisation() {
    }

    Organisation(String name, OrganisationType type, Instant createdAt) {
        this.name = name;
        this.type = type;
        this.createdAt = createdAt;
    }

    void update(String name, OrganisationType type, @Nullable String website, @Nullable String region,
            Set<Language> languages, LocalizedText about) {
        this.name = name;
        this.type = type;
        this.website = website;
        this.region = region;
        this.languages = languages.isEmpty() ? EnumSet.noneOf(Language.class) : EnumSet.copyOf(languages);
        this.about = about;
    }

    public @Nullable Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public OrganisationType getType() {
        return type;
    }

    public @Nullable String getWebsite() {
        return website;
    }

    public @Nullable String getRegion() {
        return region;
    }

    public Set<Language> getLanguages() {
        return languages;
    }

    public LocalizedText getAbout() {
        return about == null ? LocalizedText.empty() : about;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public long getVersion() {
        return version;
    }

}
