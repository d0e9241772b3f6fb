package org.saferinternethub.moderation;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface WatchedWordRules extends JpaRepository<WatchedWordRule, Long> {

    List<WatchedWordRule> findAllByOrderByLanguageAscTermAsc();

    Optional<WatchedWordRule> findByLanguageAndTerm(String language, String term);

}
