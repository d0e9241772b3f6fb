package org.saferinternethub.toolbox;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.saferinternethub.toolbox.search.Resource;
import org.springframework.data.jpa.repository.JpaRepository;

interface Resources extends JpaRepository<Resource, Long> {

    List<Resource> findByOrganisationIdOrderByUpdatedAtDesc(long organisationId);

    List<Resource> findByStatusInOrderByUpdatedAtAsc(Collection<Status> statuses);

    Optional<Resource> findByExternalId(String externalId);

}
