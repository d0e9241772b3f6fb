package org.saferinternethub.peerhelp;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface Follows extends JpaRepository<Follow, Long> {

    boolean existsByAccountIdAndThreadId(long accountId, long threadId);

    List<Follow> findByThreadId(long threadId);

    List<Follow> findByAccountId(long accountId);

    @Modifying
    @Query("delete from Follow f where f.accountId = :account and f.threadId = :thread")
    void unfollow(@Param("account") long accountId, @Param("thread") long threadId);

    @Modifying
    @Query("delete from Follow f where f.accountId = :account")
    void deleteAllOf(@Param("account") long accountId);

}
