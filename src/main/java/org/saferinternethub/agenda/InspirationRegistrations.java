package org.saferinternethub.agenda;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface InspirationRegistrations extends JpaRepository<InspirationRegistration, Long> {

    Optional<InspirationRegistration> findByToken(String token);

    Optional<InspirationRegistration> findByEditionIdAndActiveEmail(long editionId, String activeEmail);

    Optional<InspirationRegistration> findFirstByEditionIdAndAccountIdAndStatusNotOrderByIdDesc(long editionId,
            long accountId, RegistrationStatus status);

    long countByEditionIdAndStatus(long editionId, RegistrationStatus status);

    List<InspirationRegistration> findByEditionIdAndStatusOrderByCreatedAtAscIdAsc(long editionId,
            RegistrationStatus status);

    List<InspirationRegistration> findByEditionIdOrderByCreatedAtAscIdAsc(long editionId);

    /** The edition, locked until the end of the transaction: one place-counting at a time per edition. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select e from Edition e where e.id = :id")
    Optional<Edition> lockEdition(@Param("id") long id);

    /** Claims the confirmation mail: 1 for the one caller that may send it, 0 for every other. */
    @Modifying
    @Query(value = "update agenda_registration set confirmation_sent_at = :now where id = :id "
            + "and confirmation_sent_at is null and status = 'CONFIRMED'", nativeQuery = true)
    int claimConfirmation(@Param("id") long id, @Param("now") Instant now);

    /** Claims the reminder: 1 for the one caller that may send it, 0 for every other. */
    @Modifying
    @Query(value = "update agenda_registration set reminder_sent_at = :now where id = :id "
            + "and reminder_sent_at is null and status = 'CONFIRMED'", nativeQuery = true)
    int claimReminder(@Param("id") long id, @Param("now") Instant now);

    /** Gives a confirmation claim back after the mail server refused the message. */
    @Modifying
    @Query(value = "update agenda_registration set confirmation_sent_at = null where id = :id", nativeQuery = true)
    int releaseConfirmation(@Param("id") long id);

    /** Confirmed registrations, confirmed before a moment, whose confirmation was never sent. */
    @Query(value = "select id from agenda_registration where status = 'CONFIRMED' and confirmation_sent_at is null "
            + "and confirmed_at < :before order by id", nativeQuery = true)
    List<Long> unsentConfirmations(@Param("before") Instant before);

    /** Gives a claim back after the mail server refused the message, so that a later run tries again. */
    @Modifying
    @Query(value = "update agenda_registration set reminder_sent_at = null where id = :id", nativeQuery = true)
    int releaseReminder(@Param("id") long id);

    /** The confirmed registrations of an edition still without a reminder. */
    List<InspirationRegistration> findByEditionIdAndStatusAndReminderSentAtIsNullOrderByIdAsc(long editionId,
            RegistrationStatus status);

}
