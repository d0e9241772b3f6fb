package org.saferinternethub.moderation;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ReviewItems extends JpaRepository<ReviewItem, Long> {

    /** The open queue: escalations first, then the oldest. */
    @Query("""
            select i from ReviewItem i
            where i.status = org.saferinternethub.moderation.ReviewItem.Status.OPEN
              and (:label = '' or i.labels like concat('%', :label, '%'))
              and (:module = '' or i.module = :module)
              and (:language = '' or i.language = :language)
              and i.createdAt <= :olderThan
            order by i.urgent desc, i.createdAt asc, i.id asc
            """)
    Page<ReviewItem> queue(@Param("label") String label, @Param("module") String module,
            @Param("language") String language, @Param("olderThan") Instant olderThan, Pageable pageable);

    long countByStatus(ReviewItem.Status status);

    List<ReviewItem> findTop10ByAuthorIdOrderByCreatedAtDesc(long authorId);

    List<ReviewItem> findByAuthorId(long authorId);

    @Query("""
            select i from ReviewItem i where i.module = :module and i.contentType = :type and i.contentId = :id
              and i.status = org.saferinternethub.moderation.ReviewItem.Status.OPEN
            """)
    Optional<ReviewItem> findOpenFor(@Param("module") String module, @Param("type") String type, @Param("id") long id);

    List<ReviewItem> findByCreatedAtGreaterThanEqual(Instant since);

}
