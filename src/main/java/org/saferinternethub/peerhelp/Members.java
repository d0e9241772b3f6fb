package org.saferinternethub.peerhelp;

import org.springframework.data.jpa.repository.JpaRepository;

interface Members extends JpaRepository<Member, Long> {
}
