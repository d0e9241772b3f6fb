package org.saferinternethub.peerhelp;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;

/** Someone follows a thread: they hear (in the app, by e-mail if they chose) when a reply appears in it. */
@Entity
@Table(name = "peerhelp_follow")
class Follow {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Column(name = "thread_id", nullable = false)
    private long threadId;

    protected Follow() {
    }

    Follow(long accountId, long threadId) {
        this.accountId = accountId;
        this.threadId = threadId;
    }

    long getAccountId() {
        return accountId;
    }

    long getThreadId() {
        return threadId;
    }

}
