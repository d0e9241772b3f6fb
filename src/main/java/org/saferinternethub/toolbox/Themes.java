package org.saferinternethub.toolbox;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface Themes extends JpaRepository<Theme, Long> {

    List<Theme> findAllByOrderByPositionAsc();

    Optional<Theme> findBySlug(String slug);

}
