package org.saferinternethub.peerhelp;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface Blocks extends JpaRepository<Block, Long> {

    List<Block> findByBlockerId(long blockerId);

    @org.springframework.data.jpa.repository.Modifying
    @org.springframework.data.jpa.repository.Query("delete from Block b where b.blockerId = :account or b.blockedId = :account")
    void deleteAllAbout(@org.springframework.data.repository.query.Param("account") long accountId);

    boolean existsByBlockerIdAndBlockedId(long blockerId, long blockedId);

}
