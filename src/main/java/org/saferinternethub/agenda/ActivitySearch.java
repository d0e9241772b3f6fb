package org.saferinternethub.agenda;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.EntityManager;

import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds public activities — published or cancelled, never submitted, sent back or rejected — for every public
 * view: list, map, calendar, feeds and API all ask here, so they always agree.
 */
@Component
class ActivitySearch {

    /** Hits of one page, and how many there are in all. */
    record Found(List<Activity> hits, long total) {
    }

    enum Order {
        /** Soonest first: lists, map, calendar, iCal. */
        BY_START,
        /** Newest publication first: the Atom feed. */
        NEWEST
    }

    private final EntityManager entityManager;

    ActivitySearch(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Transactional(readOnly = true)
    Found find(ActivityFilter filter, Order order, int offset, int limit) {
        SearchResult<Activity> result = Search.session(entityManager).search(Activity.class)
            .where((f, root) -> {
                root.add(f.terms().field("status").matchingAny(List.copyOf(ActivityStatus.PUBLIC)));
                if (filter.q() != null && !filter.q().isBlank()) {
                    root.add(f.simpleQueryString()
                        .fields("title.nl", "title.fr", "title.de", "title.en", "description.nl", "description.fr",
                                "description.de", "description.en", "organiserName", "municipality")
                        .matching(filter.q())
                        .defaultOperator(BooleanOperator.AND));
                }
                if (filter.from() != null) {
                    Instant start = filter.from().atStartOfDay(Activity.BRUSSELS).toInstant();
                    root.add(f.range().field("endsAt").atLeast(start));
                }
                if (filter.to() != null) {
                    Instant end = filter.to().plusDays(1).atStartOfDay(Activity.BRUSSELS).toInstant();
                    root.add(f.range().field("startsAt").lessThan(end));
                }
                if (filter.province() != null && !filter.province().isBlank()) {
                    root.add(f.match().field("province").matching(filter.province()));
                }
                if (filter.region() != null && !filter.region().isBlank()) {
                    root.add(f.match().field("regions").matching(filter.region()));
                }
                if (filter.type() != null) {
                    root.add(f.match().field("type").matching(filter.type()));
                }
                if (filter.audience() != null) {
                    root.add(f.match().field("audiences").matching(filter.audience()));
                }
                if (filter.language() != null) {
                    root.add(f.match().field("languages").matching(filter.language()));
                }
                if (ActivityFilter.ONLINE.equals(filter.mode())) {
                    root.add(f.match().field("online").matching(true));
                }
                else if (ActivityFilter.ON_SITE.equals(filter.mode())) {
                    root.add(f.match().field("online").matching(false));
                }
                if (filter.onlyFree()) {
                    root.add(f.match().field("free").matching(true));
                }
            })
            .sort(f -> order == Order.NEWEST ? f.field("publishedAt").desc() : f.field("startsAt").asc())
            .fetch(offset, limit);
        return new Found(result.hits(), result.total().hitCount());
    }

}
