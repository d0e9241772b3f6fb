package org.saferinternethub.agenda;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface Editions extends JpaRepository<Edition, Long> {

    List<Edition> findAllByOrderByYearDesc();

    Optional<Edition> findByYear(int year);

    Optional<Edition> findFirstByDayGreaterThanEqualOrderByDayAsc(LocalDate day);

    Optional<Edition> findFirstByOrderByDayDesc();

    List<Edition> findByDayBetween(LocalDate first, LocalDate last);

    /** The edition a visitor sees now: the next Safer Internet Day, or else the last one. */
    default Optional<Edition> current(LocalDate today) {
        return findFirstByDayGreaterThanEqualOrderByDayAsc(today).or(this::findFirstByOrderByDayDesc);
    }

}
