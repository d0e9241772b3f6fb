package org.saferinternethub.agenda;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface Activities extends JpaRepository<Activity, Long> {

    List<Activity> findByStatusInOrderByUpdatedAtAsc(Collection<ActivityStatus> statuses);

    List<Activity> findBySubmittedByOrOrganisationIdOrderByStartsAtDesc(long submittedBy, long organisationId);

    List<Activity> findBySubmittedByOrderByStartsAtDesc(long submittedBy);

}
