package org.saferinternethub.toolbox;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.saferinternethub.toolbox.search.Resource;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Resources extends JpaRepository<Resource, Long> {

    Optional<Resource> findByExternalId(String externalId);

    List<Resource> findByOrganisationIdOrderByUpdatedAtDesc(long organisationId);

    List<Resource> findByOrganisationIdAndProviderName(long organisationId, String providerName);

    List<Resource> findByStatusInOrderByUpdatedAtAsc(Collection<Status> statuses);

    /** Id and last change of every published resource, for the sitemap. */
    @Query("select r.id, r.updatedAt from Resource r where r.status = org.saferinternethub.toolbox.Status.PUBLISHED order by r.id")
    List<Object[]> publishedIdsAndChanges(Limit limit);

}
