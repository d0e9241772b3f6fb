package org.saferinternethub.toolbox;

import java.util.List;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

interface Revisions extends JpaRepository<Revision, Long> {

    @EntityGraph(attributePaths = "changes")
    List<Revision> findByResourceIdOrderByCreatedAtDesc(long resourceId);

}
