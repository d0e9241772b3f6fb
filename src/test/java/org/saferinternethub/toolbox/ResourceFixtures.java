package org.saferinternethub.toolbox;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.saferinternethub.shared.Language;
import org.saferinternethub.shared.LocalizedText;
import org.saferinternethub.toolbox.search.Resource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Resources for tests, built with intent-revealing steps:
 * {@code fixtures.resource(org).title(NL, "...").themes("cyberbullying").published()}.
 */
@Component
class ResourceFixtures {

    private final Resources resources;
    private final Clock clock;

    ResourceFixtures(Resources resources, Clock clock) {
        this.resources = resources;
        this.clock = clock;
    }

    Builder resource(long organisationId) {
        return new Builder(organisationId);
    }

    @Transactional
    long save(Builder builder, Status status) {
        Resource resource = new Resource(builder.organisationId, builder.providerName, clock.instant());
        resource.describe(new Resource.Content(LocalizedText.of(builder.title), LocalizedText.of(builder.summary),
                LocalizedText.of(builder.body), builder.kind, builder.themes, builder.audiences,
                builder.title.keySet().isEmpty() ? EnumSet.of(Language.EN) : EnumSet.copyOf(builder.title.keySet()),
                builder.formats, List.of(), builder.ageMin, builder.ageMax, builder.cost, null, builder.region));
        resource.moveTo(status, null, clock.instant());
        if (builder.publishedAt != null) {
            resource.setPublishedAt(builder.publishedAt);
        }
        resources.save(resource);
        return Objects.requireNonNull(resource.getId());
    }

    class Builder {

        private final long organisationId;
        private String providerName = "Test provider";
        private final Map<Language, String> title = new EnumMap<>(Language.class);
        private final Map<Language, String> summary = new EnumMap<>(Language.class);
        private final Map<Language, String> body = new EnumMap<>(Language.class);
        private Kind kind = Kind.GUIDE;
        private Set<String> themes = Set.of();
        private Set<Audience> audiences = Set.of();
        private Set<Format> formats = Set.of(Format.ONLINE);
        private @Nullable Integer ageMin;
        private @Nullable Integer ageMax;
        private Cost cost = Cost.FREE;
        private @Nullable String region;
        private @Nullable Instant publishedAt;

        Builder(long organisationId) {
            this.organisationId = organisationId;
        }

        Builder provider(String name) {
            this.providerName = name;
            return this;
        }

        Builder text(Language language, String title, String summary) {
            this.title.put(language, title);
            this.summary.put(language, summary);
            this.body.put(language, summary);
            return this;
        }

        Builder body(Language language, String body) {
            this.body.put(language, body);
            return this;
        }

        Builder kind(Kind kind) {
            this.kind = kind;
            return this;
        }

        Builder themes(String... themes) {
            this.themes = Set.of(themes);
            return this;
        }

        Builder audiences(Audience... audiences) {
            this.audiences = Set.of(audiences);
            return this;
        }

        Builder ages(int min, int max) {
            this.ageMin = min;
            this.ageMax = max;
            return this;
        }

        Builder cost(Cost cost) {
            this.cost = cost;
            return this;
        }

        Builder region(String region) {
            this.region = region;
            return this;
        }

        Builder publishedAt(Instant when) {
            this.publishedAt = when;
            return this;
        }

        long published() {
            return save(this, Status.PUBLISHED);
        }

        long submitted() {
            return save(this, Status.SUBMITTED);
        }

        long draft() {
            return save(this, Status.DRAFT);
        }

    }

}
