package org.saferinternethub.platform;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.entity.SearchIndexedEntity;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Builds the search index when it is empty but the database is not: after a restore, a move of the data
 * folder, or the first start on an existing PostgreSQL database. Progress goes to the log. The index is merged
 * into one segment at the end: every search pays a cost per segment and term (dictionary lookups, postings set
 * up), and the mass indexer otherwise leaves a dozen segments behind.
 */
@Component
class InitialIndexing {

    private static final Logger log = LoggerFactory.getLogger(InitialIndexing.class);

    private final EntityManagerFactory entityManagerFactory;

    InitialIndexing(EntityManagerFactory entityManagerFactory) {
        this.entityManagerFactory = entityManagerFactory;
    }

    @EventListener(ApplicationReadyEvent.class)
    void onStart() {
        int indexed = indexWhatIsMissing();
        if (indexed > 0) {
            log.info("Search index rebuilt for {} entity type(s)", indexed);
        }
    }

    /** Mass-indexes every entity type whose index is empty while its table is not; answers how many it indexed. */
    int indexWhatIsMissing() {
        int rebuilt = 0;
        for (SearchIndexedEntity<?> type : Search.mapping(entityManagerFactory).allIndexedEntities()) {
            try (EntityManager entityManager = entityManagerFactory.createEntityManager()) {
                SearchSession session = Search.session(entityManager);
                long inIndex = session.search(type.javaClass()).where(f -> f.matchAll()).fetchTotalHitCount();
                long inDatabase = entityManager
                    .createQuery("select count(e) from " + type.jpaName() + " e", Long.class)
                    .getSingleResult();
                if (inIndex == 0 && inDatabase > 0) {
                    log.info("Search index for {} is empty but the database has {} rows: indexing", type.jpaName(),
                            inDatabase);
                    session.massIndexer(type.javaClass()).threadsToLoadObjects(2).mergeSegmentsOnFinish(true).startAndWait();
                    rebuilt++;
                }
            }
            catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                return rebuilt;
            }
        }
        return rebuilt;
    }

}
