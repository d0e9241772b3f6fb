package org.saferinternethub.platform;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/**
 * The audit log's storage. A plain {@link Repository}, not a {@code CrudRepository}: it has no delete.
 */
interface AuditEvents extends Repository<AuditEvent, Long> {

    AuditEvent save(AuditEvent event);

    long count();

    @Query("""
            select e from AuditEvent e
            where lower(e.actor) like :actor and lower(e.action) like :action
              and (:target = '%' or lower(e.target) like :target)
              and (:outcome is null or e.outcome = :outcome)
              and e.occurredAt >= :from and e.occurredAt < :to
            order by e.occurredAt desc, e.id desc
            """)
    Page<AuditEvent> search(@Param("actor") String actor, @Param("action") String action,
            @Param("target") String target, @Param("outcome") AuditLog.@Nullable Outcome outcome,
            @Param("from") Instant from, @Param("to") Instant to, Pageable pageable);

}
