package org.saferinternethub.agenda;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface InspirationSessions extends JpaRepository<InspirationSession, Long> {

    List<InspirationSession> findByEditionIdOrderByStartsAtAscIdAsc(long editionId);

}
