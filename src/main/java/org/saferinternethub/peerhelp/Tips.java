package org.saferinternethub.peerhelp;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface Tips extends JpaRepository<Tip, Long> {

    List<Tip> findByTopicOrderByIdAsc(String topic);

    List<Tip> findAllByOrderByTopicAscIdAsc();

}
