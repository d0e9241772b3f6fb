package org.saferinternethub.peerhelp;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface Blocks extends JpaRepository<Block, Long> {

    List<Block> findByBlockerId(long blockerId);

    boolean existsByBlockerIdAndBlockedId(long blockerId, long blockedId);

}
