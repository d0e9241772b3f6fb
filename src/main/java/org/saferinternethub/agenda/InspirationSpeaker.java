package org.saferinternethub.agenda;

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
import org.saferinternethub.shared.LocalizedText;

/** A lecturer of an edition's inspiration day: name, organisation, a short bio per language and a photo. */
@Entity
@Table(name = "agenda_speaker")
class InspirationSpeaker {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "edition_id", nullable = false)
    private long editionId;

    @Column(nullable = false)
    private String name;

    private @Nullable String organisation;

    @Embedded
    @AttributeOverride(name = "nl", column = @Column(name = "bio_nl"))
    @AttributeOverride(name = "fr", column = @Column(name = "bio_fr"))
    @AttributeOverride(name = "de", column = @Column(name = "bio_de"))
    @AttributeOverride(name = "en", column = @Column(name = "bio_en"))
    private LocalizedText bio = LocalizedText.empty();

    /** The id of the stored photo in platform uploads, if any. */
    @Column(name = "photo_id")
    private @Nullable String photoId;

    @Version
    private long version;

    @SuppressWarnings("NullAway.Init")
    protected InspirationSpeaker() {
    }

    InspirationSpeaker(long editionId, String name) {
        this.editionId = editionId;
        this.name = name;
    }

    void describe(String name, @Nullable String organisation, LocalizedText bio) {
        this.name = name;
        this.organisation = organisation == null || organisation.isBlank() ? null : organisation.strip();
        this.bio = bio;
    }

    /** Sets a new photo and answers the id of the one it replaces, to delete. */
    @Nullable
    String replacePhoto(@Nullable String photoId) {
        String old = this.photoId;
        this.photoId = photoId;
        return old;
    }

    public long getId() {
        return id == null ? 0 : id;
    }

    public long getEditionId() {
        return editionId;
    }

    public String getName() {
        return name;
    }

    public @Nullable String getOrganisation() {
        return organisation;
    }

    public LocalizedText getBio() {
        return bio;
    }

    public @Nullable String getPhotoId() {
        return photoId;
    }

    public boolean hasPhoto() {
        return photoId != null;
    }

}
