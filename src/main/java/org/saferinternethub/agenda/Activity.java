package org.saferinternethub.agenda;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
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
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.BatchSize;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexedEmbedded;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;
import org.jspecify.annotations.Nullable;
import org.saferinternethub.shared.Language;
import org.saferinternethub.shared.LocalizedText;

/**
 * A local Safer Internet Day activity, proposed by a member for an organisation and published after an editor's
 * review. Times are instants; pages and feeds show them in Europe/Brussels.
 */
@Entity
@Table(name = "agenda_activity")
@Indexed(index = "agenda_activity")
class Activity {

    static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "edition_id", nullable = false)
    @GenericField
    private long editionId;

    @Enumerated(EnumType.STRING)
    @KeywordField
    @Column(nullable = false)
    private ActivityStatus status = ActivityStatus.SUBMITTED;

    @Column(name = "submitted_by", nullable = false)
    private long submittedBy;

    @Column(name = "organisation_id")
    private @Nullable Long organisationId;

    @Column(name = "organiser_name", nullable = false)
    @FullTextField(analyzer = "default")
    private String organiserName;

    @Embedded
    @AttributeOverride(name = "nl", column = @Column(name = "title_nl"))
    @AttributeOverride(name = "fr", column = @Column(name = "title_fr"))
    @AttributeOverride(name = "de", column = @Column(name = "title_de"))
    @AttributeOverride(name = "en", column = @Column(name = "title_en"))
    @IndexedEmbedded
    private LocalizedText title = LocalizedText.empty();

    @Embedded
    @AttributeOverride(name = "nl", column = @Column(name = "description_nl"))
    @AttributeOverride(name = "fr", column = @Column(name = "description_fr"))
    @AttributeOverride(name = "de", column = @Column(name = "description_de"))
    @AttributeOverride(name = "en", column = @Column(name = "description_en"))
    @IndexedEmbedded
    private LocalizedText description = LocalizedText.empty();

    @Enumerated(EnumType.STRING)
    @Column(name = "activity_type", nullable = false)
    @KeywordField
    private ActivityType type;

    @ElementCollection(fetch = FetchType.EAGER)
    @BatchSize(size = 100)
    @CollectionTable(name = "agenda_activity_audience", joinColumns = @JoinColumn(name = "activity_id"))
    @Column(name = "audience")
    @Enumerated(EnumType.STRING)
    @KeywordField
    private Set<Audience> audiences = EnumSet.noneOf(Audience.class);

    @ElementCollection(fetch = FetchType.EAGER)
    @BatchSize(size = 100)
    @CollectionTable(name = "agenda_activity_language", joinColumns = @JoinColumn(name = "activity_id"))
    @Column(name = "language")
    @Enumerated(EnumType.STRING)
    @KeywordField
    private Set<Language> languages = EnumSet.noneOf(Language.class);

    @Column(name = "starts_at", nullable = false)
    @GenericField(sortable = Sortable.YES)
    private Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    @GenericField
    private Instant endsAt;

    @GenericField
    private boolean online;

    @Column(name = "online_url")
    private @Nullable String onlineUrl;

    private @Nullable String address;

    @Column(name = "postal_code")
    private @Nullable String postalCode;

    @FullTextField(analyzer = "default")
    private @Nullable String municipality;

    @KeywordField
    private @Nullable String province;

    private @Nullable String region;

    private @Nullable Double latitude;

    private @Nullable Double longitude;

    private @Nullable Integer capacity;

    @Column(name = "registration_url")
    private @Nullable String registrationUrl;

    private @Nullable String contact;

    private @Nullable String accessibility;

    @GenericField
    private boolean free;

    @Column(name = "review_note")
    private @Nullable String reviewNote;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "published_at")
    @GenericField(sortable = Sortable.YES)
    private @Nullable Instant publishedAt;

    @Version
    private long version;

    @SuppressWarnings("NullAway.Init")
    protected Activity() {
    }

    Activity(long editionId, long submittedBy, Instant now) {
        this.editionId = editionId;
        this.submittedBy = submittedBy;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** What the organiser fills in; the place's province and region come from the postal code. */
    record Details(@Nullable Long organisationId, String organiserName, LocalizedText title,
            LocalizedText description, ActivityType type, Set<Audience> audiences, Set<Language> languages,
            Instant startsAt, Instant endsAt, boolean online, @Nullable String onlineUrl, @Nullable String address,
            @Nullable String postalCode, @Nullable String municipality, @Nullable Double latitude,
            @Nullable Double longitude, @Nullable Integer capacity, @Nullable String registrationUrl,
            @Nullable String contact, @Nullable String accessibility, boolean free) {
    }

    void describe(Details details, Instant now) {
        organisationId = details.organisationId();
        organiserName = details.organiserName();
        title = details.title();
        description = details.description();
        type = details.type();
        audiences = details.audiences().isEmpty() ? EnumSet.noneOf(Audience.class) : EnumSet.copyOf(details.audiences());
        languages = details.languages().isEmpty() ? EnumSet.noneOf(Language.class) : EnumSet.copyOf(details.languages());
        startsAt = details.startsAt();
        endsAt = details.endsAt();
        online = details.online();
        onlineUrl = online ? details.onlineUrl() : null;
        address = online ? null : details.address();
        postalCode = online ? null : details.postalCode();
        municipality = online ? null : details.municipality();
        var place = online || postalCode == null ? null : BelgianPostalCodes.locate(postalCode).orElse(null);
        province = place == null ? null : place.province().code();
        region = place == null ? null : place.region();
        latitude = online ? null : details.latitude();
        longitude = online ? null : details.longitude();
        capacity = details.capacity();
        registrationUrl = details.registrationUrl();
        contact = details.contact();
        accessibility = details.accessibility();
        free = details.free();
        updatedAt = now;
    }

    void submit(Instant now) {
        status = ActivityStatus.SUBMITTED;
        updatedAt = now;
    }

    void publish(@Nullable String note, Instant now) {
        status = ActivityStatus.PUBLISHED;
        reviewNote = note;
        if (publishedAt == null) {
            publishedAt = now;
        }
        updatedAt = now;
    }

    void requestChanges(String note, Instant now) {
        status = ActivityStatus.CHANGES_REQUESTED;
        reviewNote = note;
        updatedAt = now;
    }

    void reject(String note, Instant now) {
        status = ActivityStatus.REJECTED;
        reviewNote = note;
        updatedAt = now;
    }

    void cancel(Instant now) {
        status = ActivityStatus.CANCELLED;
        updatedAt = now;
    }

    /** The regions a filter by region finds it under: a German-speaking municipality is in Wallonia too. */
    @KeywordField(name = "regions")
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "region")))
    public List<String> getRegions() {
        if (region == null) {
            return List.of();
        }
        if (BelgianPostalCodes.GERMAN_SPEAKING_COMMUNITY.equals(region)) {
            return List.of(region, "BE-WAL");
        }
        return List.of(region);
    }

    /** The point shown on the map: the organiser's pin, or else the centre of the province. */
    @Nullable
    public double[] mapPoint() {
        if (latitude != null && longitude != null) {
            return new double[] { latitude, longitude };
        }
        return getProvince() == null ? null
                : Province.ofCode(getProvince()).map(p -> new double[] { p.latitude(), p.longitude() }).orElse(null);
    }

    public ZonedDateTime localStart() {
        return startsAt.atZone(BRUSSELS);
    }

    public ZonedDateTime localEnd() {
        return endsAt.atZone(BRUSSELS);
    }

    public boolean isCancelled() {
        return status == ActivityStatus.CANCELLED;
    }

    public long getId() {
        return id == null ? 0 : id;
    }

    public long getEditionId() {
        return editionId;
    }

    public ActivityStatus getStatus() {
        return status;
    }

    public long getSubmittedBy() {
        return submittedBy;
    }

    @Nullable
    public Long getOrganisationId() {
        return organisationId;
    }

    public String getOrganiserName() {
        return organiserName;
    }

    public LocalizedText getTitle() {
        return title;
    }

    public LocalizedText getDescription() {
        return description;
    }

    public ActivityType getType() {
        return type;
    }

    public Set<Audience> getAudiences() {
        return audiences;
    }

    public Set<Language> getLanguages() {
        return languages;
    }

    public Instant getStartsAt() {
        return startsAt;
    }

    public Instant getEndsAt() {
        return endsAt;
    }

    public boolean isOnline() {
        return online;
    }

    @Nullable
    public String getOnlineUrl() {
        return onlineUrl;
    }

    @Nullable
    public String getAddress() {
        return address;
    }

    @Nullable
    public String getPostalCode() {
        return postalCode;
    }

    @Nullable
    public String getMunicipality() {
        return municipality;
    }

    @Nullable
    public String getProvince() {
        return province;
    }

    @Nullable
    public String getRegion() {
        return region;
    }

    @Nullable
    public Double getLatitude() {
        return latitude;
    }

    @Nullable
    public Double getLongitude() {
        return longitude;
    }

    @Nullable
    public Integer getCapacity() {
        return capacity;
    }

    @Nullable
    public String getRegistrationUrl() {
        return registrationUrl;
    }

    @Nullable
    public String getContact() {
        return contact;
    }

    @Nullable
    public String getAccessibility() {
        return accessibility;
    }

    public boolean isFree() {
        return free;
    }

    @Nullable
    public String getReviewNote() {
        return reviewNote;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    @Nullable
    public Instant getPublishedAt() {
        return publishedAt;
    }

}
