package org.saferinternethub.peerhelp;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface Posts extends JpaRepository<Post, Long> {

    /** Threads of a topic (or of every topic when topic is empty) that the viewer may see, most active first. */
    @Query("""
            select p from Post p where p.threadId is null and (:topic = '' or p.topic = :topic)
            and (p.status = org.saferinternethub.peerhelp.Post.Status.VISIBLE or p.authorId = :viewer)
            order by p.lastActivityAt desc""")
    List<Post> threads(@Param("topic") String topic, @Param("viewer") long viewer, Pageable page);

    List<Post> findByThreadIdOrderByCreatedAtAsc(long threadId);

    List<Post> findByIdIn(Collection<Long> ids);

    List<Post> findByAuthorIdOrderByCreatedAtAsc(long authorId);

    /** When this author last replied in this thread (any status: a held reply counts for slow mode too). */
    @Query("select max(p.createdAt) from Post p where p.threadId = :thread and p.authorId = :author")
    @Nullable Instant lastReplyAt(@Param("thread") long threadId,
            @Param("author") long authorId);

}
