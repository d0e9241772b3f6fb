package org.saferinternethub.moderation;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface MemberReports extends JpaRepository<MemberReport, Long> {

    boolean existsByItemIdAndReporterId(long itemId, long reporterId);

    List<MemberReport> findByItemId(long itemId);

}
