package org.saferinternethub.account;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Organisations extends JpaRepository<Organisation, Long> {

    Optional<Organisation> findByNameIgnoreCase(String name);

    List<Organisation> findAllByOrderByNameAsc();

    /** Id and name of every organisation, without loading the rest of each one. */
    @Query("select o.id, o.name from Organisation o")
    List<Object[]> idsAndNames();

}
