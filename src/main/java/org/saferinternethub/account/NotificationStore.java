package org.saferinternethub.account;

import java.time.Instant;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface NotificationStore extends JpaRepository<Notification, Long> {

    Page<Notification> findByAccountIdOrderByCreatedAtDescIdDesc(long accountId, Pageable pageable);

    long countByAccountIdAndReadAtIsNull(long accountId);

    @Modifying
    @Query("update Notification n set n.readAt = :at where n.accountId = :account and n.readAt is null")
    int markAllRead(@Param("account") long accountId, @Param("at") Instant at);

}
