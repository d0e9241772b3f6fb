package org.saferinternethub.account;

import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface Accounts extends JpaRepository<Account, Long> {

    Optional<Account> findByEmail(String email);

    Optional<Account> findByPseudonymKey(String pseudonymKey);

    /** The account signing in with an e-mail address or, for young people, a pseudonym. */
    default Optional<Account> findBySignInName(String name) {
        return name.contains("@") ? findByEmail(name) : findByPseudonymKey(Account.pseudonymKey(name));
    }

    boolean existsByRolesContaining(Role role);

    @Query("select a.sessionStamp from Account a where a.id = :id and a.enabled = true")
    Optional<Integer> findSessionStampOfEnabled(@Param("id") long id);

    @Query("""
            select distinct a from Account a left join a.roles r
            where (:text = '' or (a.pseudonym is null and lower(a.email) like concat('%', :text, '%'))
                   or lower(a.displayName) like concat('%', :text, '%'))
              and (:role is null or r = :role)
            order by a.id desc
            """)
    Page<Account> search(@Param("text") String text, @Param("role") @Nullable Role role, Pageable pageable);

    java.util.List<Account> findByRolesContainingAndEnabledTrue(Role role);

    java.util.List<Account> findByOrganisationOrderByDisplayName(Organisation organisation);

}
