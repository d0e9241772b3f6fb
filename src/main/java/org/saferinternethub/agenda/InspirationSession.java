package org.saferinternethub.agenda;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.jspecify.annotations.Nullable;
import org.saferinternethub.shared.Language;
import org.saferinternethub.shared.LocalizedText;

/**
 * A session of an edition's online inspiration day: title and abstract per language, one of the edition's
 * themes (by its position in the edition's list), times in Europe/Brussels, format, the stream or room link
 * (shown only to registered people, from shortly before the start), the language it is given in, its speakers,
 * and after the day its recording and the toolbox resources the lecturers shared.
 */
@Entity
@Table(name = "agenda_session")
class InspirationSession {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "edition_id", nullable = false)
    private long editionId;

    @Embedded
    @AttributeOverride(name = "nl", column = @Column(name = "title_nl"))
    @AttributeOverride(name = "fr", column = @Column(name = "title_fr"))
    @AttributeOverride(name = "de", column = @Column(name = "title_de"))
    @AttributeOverride(name = "en", column = @Column(name = "title_en"))
    private LocalizedText title = LocalizedText.empty();

    @Embedded
    @AttributeOverride(name = "nl", column = @Column(name = "abstract_nl"))
    @AttributeOverride(name = "fr", column = @Column(name = "abstract_fr"))
    @AttributeOverride(name = "de", column = @Column(name = "abstract_de"))
    @AttributeOverride(name = "en", column = @Column(name = "abstract_en"))
    private LocalizedText summary = LocalizedText.empty();

    /** Position of the theme in the edition's list of themes; none for a session across themes. */
    @Column(name = "theme_index")
    private @Nullable Integer themeIndex;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    private Instant endsAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "session_format", nullable = false)
    private SessionFormat format;

    @Column(name = "stream_url")
    private @Nullable String streamUrl;

    @Enumerated(EnumType.STRING)
    @Column(name = "delivery_language", nullable = false)
    private Language deliveryLanguage;

    @Column(name = "recording_url")
    private @Nullable String recordingUrl;

    @ElementCollection
    @CollectionTable(name = "agenda_session_speaker", joinColumns = @JoinColumn(name = "session_id"))
    @Column(name = "speaker_id")
    private Set<Long> speakerIds = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "agenda_session_resource", joinColumns = @JoinColumn(name = "session_id"))
    @OrderColumn(name = "sort_order")
    @Column(name = "resource_id")
    private List<Long> resourceIds = new ArrayList<>();

    @Version
    private long version;

    @SuppressWarnings("NullAway.Init")
    protected InspirationSession() {
    }

    InspirationSession(long editionId) {
        this.editionId = editionId;
    }

    /** What editors write about a session before the day. */
    record Details(LocalizedText title, LocalizedText summary, @Nullable Integer themeIndex, Instant startsAt,
            Instant endsAt, SessionFormat format, @Nullable String streamUrl, Language deliveryLanguage,
            Set<Long> speakerIds) {
    }

    void describe(Details details) {
        this.title = details.title();
        this.summary = details.summary();
        this.themeIndex = details.themeIndex();
        this.startsAt = details.startsAt();
        this.endsAt = details.endsAt();
        this.format = details.format();
        this.streamUrl = blankToNull(details.streamUrl());
        this.deliveryLanguage = details.deliveryLanguage();
        this.speakerIds.clear();
        this.speakerIds.addAll(details.speakerIds());
    }

    /** After the day: the recording and the toolbox resources shared in the session, in the editors' order. */
    void followUp(@Nullable String recordingUrl, List<Long> resourceIds) {
        this.recordingUrl = blankToNull(recordingUrl);
        this.resourceIds.clear();
        this.resourceIds.addAll(resourceIds.stream().distinct().toList());
    }

    /**
     * Whether the stream link may be shown to a registered person at this moment: from {@code opensBefore} before
     * the start until the end.
     */
    static boolean streamOpen(Instant startsAt, Instant endsAt, Instant now, Duration opensBefore) {
        return !now.isBefore(startsAt.minus(opensBefore)) && now.isBefore(endsAt);
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public long getId() {
        return id == null ? 0 : id;
    }

    public long getEditionId() {
        return editionId;
    }

    public LocalizedText getTitle() {
        return title;
    }

    public LocalizedText getSummary() {
        return summary;
    }

    public @Nullable Integer getThemeIndex() {
        return themeIndex;
    }

    public Instant getStartsAt() {
        return startsAt;
    }

    public Instant getEndsAt() {
        return endsAt;
    }

    public LocalDateTime localStart() {
        return LocalDateTime.ofInstant(startsAt, Activity.BRUSSELS);
    }

    public LocalDateTime localEnd() {
        return LocalDateTime.ofInstant(endsAt, Activity.BRUSSELS);
    }

    public SessionFormat getFormat() {
        return format;
    }

    public @Nullable String getStreamUrl() {
        return streamUrl;
    }

    public Language getDeliveryLanguage() {
        return deliveryLanguage;
    }

    public @Nullable String getRecordingUrl() {
        return recordingUrl;
    }

    public Set<Long> getSpeakerIds() {
        return speakerIds;
    }

    public List<Long> getResourceIds() {
        return resourceIds;
    }

}
