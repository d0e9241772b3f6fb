package org.saferinternethub.toolbox;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Themes extends JpaRepository<Theme, Long> {

    List<Theme> findAllByOrderByPositionAsc();

    Optional<Theme> findBySlug(String slug);

    boolean existsBySlug(String slug);

    @Query("select coalesce(max(t.position), 0) from Theme t")
    int lastPosition();

    /** How many resources, whatever their status, carry each theme. */
    @Query("select t, count(r) from Resource r join r.themes t group by t")
    List<Object[]> usage();

    @Query("select count(r) from Resource r join r.themes t where t = :slug")
    long usage(String slug);

}
