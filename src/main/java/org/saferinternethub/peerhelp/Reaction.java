package org.saferinternethub.peerhelp;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;

/** One member's reaction to a post; the space shows how many, never who. */
@Entity
@Table(name = "peerhelp_reaction")
class Reaction {

    enum Kind {
        ME_TOO, SUPPORT, HELPED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "post_id", nullable = false)
    private long postId;

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Kind kind;

    protected Reaction() {
        this.kind = Kind.ME_TOO;
    }

    Reaction(long postId, long accountId, Kind kind) {
        this.postId = postId;
        this.accountId = accountId;
        this.kind = kind;
    }

    long getPostId() {
        return postId;
    }

    Kind getKind() {
        return kind;
    }

}
