package org.saferinternethub.peerhelp;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface Blocks extends JpaRepository<Block, Long> {

    List<Block> findByBlockerId(long blockerId);

    @Modifying
    @Query("delete from Block b where b.blockerId = :account or b.blockedId = :account")
    void deleteAllAbout(@Param("account") long accountId);

    boolean existsByBlockerIdAndBlockedId(long blockerId, long blockedId);

}
