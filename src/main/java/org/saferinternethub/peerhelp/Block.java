package org.saferinternethub.peerhelp;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;

/** A member no longer wants to see another member's posts: they are collapsed for the blocker only. */
@Entity
@Table(name = "peerhelp_block")
class Block {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "blocker_id", nullable = false)
    private long blockerId;

    @Column(name = "blocked_id", nullable = false)
    private long blockedId;

    protected Block() {
    }

    Block(long blockerId, long blockedId) {
        this.blockerId = blockerId;
        this.blockedId = blockedId;
    }

    long getBlockedId() {
        return blockedId;
    }

}
