package org.saferinternethub.agenda;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface InspirationSpeakers extends JpaRepository<InspirationSpeaker, Long> {

    List<InspirationSpeaker> findByEditionIdOrderByNameAsc(long editionId);

}
