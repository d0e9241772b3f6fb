package org.saferinternethub.moderation;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface SanctionRecords extends JpaRepository<SanctionRecord, Long> {

    List<SanctionRecord> findByAuthorIdOrderByCreatedAtDesc(long authorId);

}
