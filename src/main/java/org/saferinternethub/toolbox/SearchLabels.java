package org.saferinternethub.toolbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;

import org.jspecify.annotations.Nullable;
import org.saferinternethub.account.AccountDirectory;
import org.saferinternethub.account.OrganisationRenamed;
import org.saferinternethub.shared.LocalizedText;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The theme taxonomy and the organisations' names, as every search reads them (the words are compared with the
 * themes' names; facet values are labelled with names), kept in memory instead of two queries per search.
 * <p>
 * A change on this node is seen at once: a theme written through JPA, on commit; a renamed organisation, from its
 * event; an organisation id no name is known for, at its first search. A change made on another node of a
 * cluster is seen within {@link #MAX_AGE}.
 */
@Component
class SearchLabels {

    static final Duration MAX_AGE = Duration.ofMinutes(1);

    /** A theme's slug and its names. */
    record ThemeLabel(String slug, LocalizedText name) {
    }

    private record Snapshot(List<ThemeLabel> themes, Map<String, String> organisations, Instant readAt) {
    }

    private final Themes themes;
    private final AccountDirectory directory;
    private final Clock clock;
    private volatile @Nullable Snapshot snapshot;

    SearchLabels(Themes themes, AccountDirectory directory, Clock clock) {
        this.themes = themes;
        this.directory = directory;
        this.clock = clock;
    }

    /** The themes, in the editors' order. */
    List<ThemeLabel> themes() {
        return current().themes();
    }

    /** The name of each organisation by its id as a facet value; read again if one of the given ids is not in it. */
    Map<String, String> organisationNames(Collection<String> ids) {
        Snapshot current = current();
        if (!current.organisations().keySet().containsAll(ids)) {
            current = read();
        }
        return current.organisations();
    }

    void forget() {
        snapshot = null;
    }

    @ApplicationModuleListener
    void on(OrganisationRenamed renamed) {
        forget();
    }

    private Snapshot current() {
        Snapshot current = snapshot;
        if (current == null || current.readAt().plus(MAX_AGE).isBefore(clock.instant())) {
            current = read();
        }
        return current;
    }

    private Snapshot read() {
        List<ThemeLabel> taxonomy = themes.findAllByOrderByPositionAsc().stream()
            .map(theme -> new ThemeLabel(theme.getSlug(), theme.getName()))
            .toList();
        Map<String, String> organisations = new HashMap<>();
        directory.organisationNames().forEach((id, name) -> organisations.put(Long.toString(id), name));
        Snapshot read = new Snapshot(taxonomy, Map.copyOf(organisations), clock.instant());
        snapshot = read;
        return read;
    }

    /**
     * Forgets the labels when a theme is written, and again when the transaction commits: a search in between
     * may have read the taxonomy as it was before. Hibernate creates it through Spring while the labels' own
     * repository still waits for Hibernate, hence the provider.
     */
    static class ThemeChanges {

        private final ObjectProvider<SearchLabels> provider;

        ThemeChanges(ObjectProvider<SearchLabels> provider) {
            this.provider = provider;
        }

        @PostPersist
        @PostUpdate
        @PostRemove
        void changed(Object theme) {
            SearchLabels labels = provider.getObject();
            labels.forget();
            if (TransactionSynchronizationManager.isSynchronizationActive()) {
                TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                    @Override
                    public void afterCommit() {
                        labels.forget();
                    }
                });
            }
        }
    }

}
