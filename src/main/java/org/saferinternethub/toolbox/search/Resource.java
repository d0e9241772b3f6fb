package org.saferinternethub.toolbox.search;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.PostLoad;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.BatchSize;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.automaticindexing.ReindexOnUpdate;
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
import org.saferinternethub.toolbox.AgeBand;
import org.saferinternethub.toolbox.Audience;
import org.saferinternethub.toolbox.Cost;
import org.saferinternethub.toolbox.Format;
import org.saferinternethub.toolbox.Kind;
import org.saferinternethub.toolbox.Status;

/**
 * An education resource of the toolbox: a lesson plan, game, guide, workshop… offered by an organisation, in one
 * or more languages. Indexed for the faceted search; only published resources are ever searched for the public.
 * Its collections are loaded for up to 100 resources at a time (a page of hits, a batch of the mass indexer), not
 * one query per resource and collection.
 */
@Entity
@Table(name = "toolbox_resource")
@Indexed(index = "toolbox_resource")
public class Resource {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "external_id", nullable = false, unique = true)
    private String externalId;

    @Embedded
    @AttributeOverride(name = "nl", column = @Column(name = "title_nl"))
    @AttributeOverride(name = "fr", column = @Column(name = "title_fr"))
    @AttributeOverride(name = "de", column = @Column(name = "title_de"))
    @AttributeOverride(name = "en", column = @Column(name = "title_en"))
    @IndexedEmbedded
    private LocalizedText title = LocalizedText.empty();

    @Embedded
    @AttributeOverride(name = "nl", column = @Column(name = "summary_nl"))
    @AttributeOverride(name = "fr", column = @Column(name = "summary_fr"))
    @AttributeOverride(name = "de", column = @Column(name = "summary_de"))
    @AttributeOverride(name = "en", column = @Column(name = "summary_en"))
    @IndexedEmbedded
    private LocalizedText summary = LocalizedText.empty();

    @Embedded
    @AttributeOverride(name = "nl", column = @Column(name = "body_nl"))
    @AttributeOverride(name = "fr", column = @Column(name = "body_fr"))
    @AttributeOverride(name = "de", column = @Column(name = "body_de"))
    @AttributeOverride(name = "en", column = @Column(name = "body_en"))
    @IndexedEmbedded
    private LocalizedText body = LocalizedText.empty();

    @Enumerated(EnumType.STRING)
    @KeywordField(aggregable = Aggregable.YES)
    @Column(nullable = false)
    private Kind kind = Kind.GUIDE;

    @ElementCollection(fetch = FetchType.EAGER)
    @BatchSize(size = 100)
    @CollectionTable(name = "toolbox_resource_theme", joinColumns = @JoinColumn(name = "resource_id"))
    @Column(name = "theme")
    @KeywordField(name = "theme", aggregable = Aggregable.YES)
    private Set<String> themes = new TreeSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @BatchSize(size = 100)
    @CollectionTable(name = "toolbox_resource_audience", joinColumns = @JoinColumn(name = "resource_id"))
    @Column(name = "audience")
    @Enumerated(EnumType.STRING)
    @KeywordField(name = "audience", aggregable = Aggregable.YES)
    private Set<Audience> audiences = EnumSet.noneOf(Audience.class);

    @ElementCollection(fetch = FetchType.EAGER)
    @BatchSize(size = 100)
    @CollectionTable(name = "toolbox_resource_language", joinColumns = @JoinColumn(name = "resource_id"))
    @Column(name = "language")
    @Enumerated(EnumType.STRING)
    private Set<Language> languages = EnumSet.noneOf(Language.class);

    @ElementCollection(fetch = FetchType.EAGER)
    @BatchSize(size = 100)
    @CollectionTable(name = "toolbox_resource_format", joinColumns = @JoinColumn(name = "resource_id"))
    @Column(name = "format")
    @Enumerated(EnumType.STRING)
    @KeywordField(name = "format", aggregable = Aggregable.YES)
    private Set<Format> formats = EnumSet.noneOf(Format.class);

    @ElementCollection(fetch = FetchType.EAGER)
    @BatchSize(size = 100)
    @CollectionTable(name = "toolbox_resource_link", joinColumns = @JoinColumn(name = "resource_id"))
    @OrderColumn(name = "position")
    @Column(name = "url")
    private List<String> links = new ArrayList<>();

    @OneToMany(mappedBy = "resource", fetch = FetchType.EAGER, cascade = CascadeType.ALL, orphanRemoval = true)
    @BatchSize(size = 100)
    private Set<Attachment> attachments = new LinkedHashSet<>();

    @Column(name = "age_min")
    private @Nullable Integer ageMin;

    @Column(name = "age_max")
    private @Nullable Integer ageMax;

    @Column(name = "organisation_id", nullable = false)
    private long organisationId;

    @Column(name = "provider_name", nullable = false)
    @FullTextField(analyzer = "default")
    private String providerName = "";

    @Enumerated(EnumType.STRING)
    @KeywordField(aggregable = Aggregable.YES)
    @Column(nullable = false)
    private Cost cost = Cost.FREE;

    @Column(name = "price_text")
    private @Nullable String priceText;

    @KeywordField(aggregable = Aggregable.YES)
    private @Nullable String region;

    @Enumerated(EnumType.STRING)
    @KeywordField
    @Column(nullable = false)
    private Status status = Status.DRAFT;

    @Column(name = "review_comment")
    private @Nullable String reviewComment;

    @Column(name = "submitted_by")
    private @Nullable Long submittedBy;

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
    protected Resource() {
    }

    /** A new resource, with a random external id until the demo or a CSV import gives it its own. */
    public Resource(long organisationId, String providerName, Instant now) {
        this.externalId = UUID.randomUUID().toString();
        this.organisationId = organisationId;
        this.providerName = providerName;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** Hibernate loads a text whose columns are all empty (a resource without a body) as null. */
    @PostLoad
    @SuppressWarnings("ConstantConditions")
    void emptyTextsForEmptyColumns() {
        if (title == null) {
            title = LocalizedText.empty();
        }
        if (summary == null) {
            summary = LocalizedText.empty();
        }
        if (body == null) {
            body = LocalizedText.empty();
        }
    }

    // Derived index fields: facets by organisation, age band and language, and title order per language.

    @KeywordField(name = "organisation", aggregable = Aggregable.YES)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "organisationId")))
    public String getOrganisationKey() {
        return Long.toString(organisationId);
    }

    @KeywordField(name = "age", aggregable = Aggregable.YES)
    @IndexingDependency(derivedFrom = { @ObjectPath(@PropertyValue(propertyName = "ageMin")),
            @ObjectPath(@PropertyValue(propertyName = "ageMax")) })
    public List<String> getAgeBands() {
        return AgeBand.overlapping(ageMin, ageMax).stream().map(AgeBand::code).toList();
    }

    @KeywordField(name = "language", aggregable = Aggregable.YES)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "languages")))
    public List<String> getLanguageCodes() {
        return languages.stream().sorted().map(Language::code).toList();
    }

    @KeywordField(name = "title_sort_nl", normalizer = "sort", sortable = Sortable.YES)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "title")), reindexOnUpdate = ReindexOnUpdate.SHALLOW)
    public String getTitleSortNl() {
        return sortTitle(Language.NL);
    }

    @KeywordField(name = "title_sort_fr", normalizer = "sort", sortable = Sortable.YES)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "title")), reindexOnUpdate = ReindexOnUpdate.SHALLOW)
    public String getTitleSortFr() {
        return sortTitle(Language.FR);
    }

    @KeywordField(name = "title_sort_de", normalizer = "sort", sortable = Sortable.YES)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "title")), reindexOnUpdate = ReindexOnUpdate.SHALLOW)
    public String getTitleSortDe() {
        return sortTitle(Language.DE);
    }

    @KeywordField(name = "title_sort_en", normalizer = "sort", sortable = Sortable.YES)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "title")), reindexOnUpdate = ReindexOnUpdate.SHALLOW)
    public String getTitleSortEn() {
        return sortTitle(Language.EN);
    }

    private String sortTitle(Language language) {
        String value = title.in(language).map(LocalizedText.Localized::value).orElse("");
        return value.length() > 100 ? value.substring(0, 100) : value;
    }

    /** Replaces what an editor can change; the caller records the revision. */
    public void describe(Content content) {
        this.title = content.title();
        this.summary = content.summary();
        this.body = content.body();
        this.kind = content.kind();
        this.themes = new TreeSet<>(content.themes());
        this.audiences = content.audiences().isEmpty() ? EnumSet.noneOf(Audience.class) : EnumSet.copyOf(content.audiences());
        this.languages = content.languages().isEmpty() ? EnumSet.noneOf(Language.class) : EnumSet.copyOf(content.languages());
        this.formats = content.formats().isEmpty() ? EnumSet.noneOf(Format.class) : EnumSet.copyOf(content.formats());
        this.links = new ArrayList<>(content.links());
        this.ageMin = content.ageMin();
        this.ageMax = content.ageMax();
        this.cost = content.cost();
        this.priceText = content.cost() == Cost.PAID ? content.priceText() : null;
        this.region = content.region();
    }

    public void moveTo(Status status, @Nullable String comment, Instant now) {
        this.status = status;
        this.reviewComment = comment;
        this.updatedAt = now;
        if (status == Status.PUBLISHED && publishedAt == null) {
            this.publishedAt = now;
        }
    }

    public void submittedBy(long accountId) {
        this.submittedBy = accountId;
    }

    public void touch(Instant now) {
        this.updatedAt = now;
    }

    public void setExternalId(String externalId) {
        this.externalId = externalId;
    }

    public void setProviderName(String providerName) {
        this.providerName = providerName;
    }

    /** Moves the resource to another organisation, e.g. when an editor corrects the provider in an import. */
    public void setOrganisationId(long organisationId) {
        this.organisationId = organisationId;
    }

    public void setPublishedAt(@Nullable Instant publishedAt) {
        this.publishedAt = publishedAt;
    }

    public Attachment attach(String fileId, String fileName, String mediaType, long size) {
        Attachment attachment = new Attachment(this, fileId, fileName, mediaType, size);
        attachments.add(attachment);
        return attachment;
    }

    public void detach(long attachmentId) {
        attachments.removeIf(attachment -> attachment.getId() != null && attachment.getId() == attachmentId);
    }

    /** What an editor writes about a resource, as one value. */
    public Content content() {
        return new Content(title, summary, body, kind, Set.copyOf(themes), Set.copyOf(audiences), Set.copyOf(languages),
                Set.copyOf(formats), List.copyOf(links), ageMin, ageMax, cost, priceText, region);
    }

    /**
     * The describable part of a resource.
     */
    public record Content(LocalizedText title, LocalizedText summary, LocalizedText body, Kind kind, Set<String> themes,
            Set<Audience> audiences, Set<Language> languages, Set<Format> formats, List<String> links,
            @Nullable Integer ageMin, @Nullable Integer ageMax, Cost cost, @Nullable String priceText,
            @Nullable String region) {
    }

    public @Nullable Long getId() {
        return id;
    }

    public String getExternalId() {
        return externalId;
    }

    public LocalizedText getTitle() {
        return title;
    }

    public LocalizedText getSummary() {
        return summary;
    }

    public LocalizedText getBody() {
        return body;
    }

    public Kind getKind() {
        return kind;
    }

    public Set<String> getThemes() {
        return themes;
    }

    public Set<Audience> getAudiences() {
        return audiences;
    }

    public Set<Language> getLanguages() {
        return languages;
    }

    public Set<Format> getFormats() {
        return formats;
    }

    public List<String> getLinks() {
        return links;
    }

    public Set<Attachment> getAttachments() {
        return attachments;
    }

    public @Nullable Integer getAgeMin() {
        return ageMin;
    }

    public @Nullable Integer getAgeMax() {
        return ageMax;
    }

    public long getOrganisationId() {
        return organisationId;
    }

    public String getProviderName() {
        return providerName;
    }

    public Cost getCost() {
        return cost;
    }

    public @Nullable String getPriceText() {
        return priceText;
    }

    public @Nullable String getRegion() {
        return region;
    }

    public Status getStatus() {
        return status;
    }

    public @Nullable String getReviewComment() {
        return reviewComment;
    }

    public @Nullable Long getSubmittedBy() {
        return submittedBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public @Nullable Instant getPublishedAt() {
        return publishedAt;
    }

}
