package org.saferinternethub.peerhelp;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface Reactions extends JpaRepository<Reaction, Long> {

    List<Reaction> findByAccountId(long accountId);

    @Modifying
    @Query("delete from Reaction r where r.accountId = :account")
    void deleteAllOf(@Param("account") long accountId);

    boolean existsByPostIdAndAccountIdAndKind(long postId, long accountId, Reaction.Kind kind);

    /** Rows of post id, kind and count. */
    @Query("select r.postId, r.kind, count(r) from Reaction r where r.postId in :posts group by r.postId, r.kind")
    List<Object[]> countsFor(@Param("posts") Collection<Long> posts);

}
