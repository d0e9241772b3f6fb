package org.saferinternethub.agenda;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.saferinternethub.platform.Mailer;
import org.saferinternethub.shared.Language;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Registrations for an edition's online inspiration day: places up to the edition's capacity, then a waiting
 * list in order of arrival that moves up by itself when a confirmed person cancels or editors add places.
 * <p>
 * Counting places happens with the edition's row locked, so that two people registering at once cannot both
 * take the last place. Mails go out after the change is committed; each confirmation is first claimed with a
 * conditional update in a transaction of its own, so a person gets exactly one confirmation whoever sends it
 * (the request, or the reminder job sweeping confirmations a crash left unsent).
 */
@Service
class InspirationDay {

    private static final Logger log = LoggerFactory.getLogger(InspirationDay.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final InspirationRegistrations registrations;
    private final InspirationMails mails;
    private final AgendaSettings settings;
    private final TransactionTemplate transaction;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;

    InspirationDay(InspirationRegistrations registrations, InspirationMails mails, AgendaSettings settings,
            PlatformTransactionManager transactions, Clock clock) {
        this.registrations = registrations;
        this.mails = mails;
        this.settings = settings;
        this.transaction = new TransactionTemplate(transactions);
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /** What a person asks for. */
    record Request(String name, String email, RegistrantRole role, Language language, @Nullable Long accountId) {
    }

    /**
     * The answer to a registration.
     *
     * @param registration the new registration, or the one this address already had
     * @param created whether it is new (otherwise the address was already registered, and was sent its link
     *     again unless it was sent one only a moment ago)
     */
    record Outcome(InspirationRegistration registration, boolean created) {
    }

    Outcome register(long editionId, Request request) {
        Instant now = clock.instant();
        Prepared prepared = transaction.execute(status -> {
            Edition edition = registrations.lockEdition(editionId).orElseThrow();
            Optional<InspirationRegistration> existing = registrations.findByEditionIdAndActiveEmail(editionId,
                    InspirationRegistration.key(request.email()));
            if (existing.isPresent()) {
                InspirationRegistration registration = existing.get();
                Instant last = registration.getMailedAt();
                boolean resend = last == null || !now.isBefore(last.plus(settings.inspiration().resendAfter()));
                if (resend) {
                    registration.mailed(now);
                }
                return new Prepared(registration, false, resend);
            }
            InspirationRegistration registration = new InspirationRegistration(editionId, newToken(), request.name(),
                    request.email(), request.role(), request.language(), request.accountId(), now);
            long confirmed = registrations.countByEditionIdAndStatus(editionId, RegistrationStatus.CONFIRMED);
            long waiting = registrations.countByEditionIdAndStatus(editionId, RegistrationStatus.WAITING);
            if (confirmed < edition.getInspirationCapacity() && waiting == 0) {
                registration.confirm(now);
            }
            return new Prepared(registrations.saveAndFlush(registration), true, false);
        });
        InspirationRegistration registration = prepared.registration();
        if (prepared.created()) {
            if (registration.getStatus() == RegistrationStatus.CONFIRMED) {
                sendConfirmation(registration.getId());
            }
            else {
                mails.waitingList(registration);
            }
        }
        else if (prepared.resend()) {
            mails.link(registration);
        }
        return new Outcome(registration, prepared.created());
    }

    private record Prepared(InspirationRegistration registration, boolean created, boolean resend) {
    }

    /**
     * Cancels a registration by its token; the first people of the waiting list take the free places and are
     * mailed their confirmation. Answers the registration, or nothing for an unknown token.
     */
    Optional<InspirationRegistration> cancel(String token) {
        Instant now = clock.instant();
        List<Long> promoted = new ArrayList<>();
        Optional<InspirationRegistration> cancelled = transaction.execute(status -> {
            Optional<InspirationRegistration> found = registrations.findByToken(token);
            if (found.isEmpty()) {
                return found;
            }
            Edition edition = registrations.lockEdition(found.get().getEditionId()).orElseThrow();
            InspirationRegistration registration = registrations.findById(found.get().getId()).orElseThrow();
            if (registration.isActive()) {
                registration.cancel(now);
                registrations.flush();
                promoted.addAll(moveUp(edition, now));
            }
            return Optional.of(registration);
        });
        promoted.forEach(this::sendConfirmation);
        return cancelled;
    }

    /** Sets the number of places; more places let the waiting list move up (fewer take no place back). */
    void changeCapacity(long editionId, int capacity) {
        Instant now = clock.instant();
        List<Long> promoted = transaction.execute(status -> {
            Edition edition = registrations.lockEdition(editionId).orElseThrow();
            edition.setInspirationCapacity(capacity);
            return moveUp(edition, now);
        });
        promoted.forEach(this::sendConfirmation);
    }

    /** Gives free places to the waiting list in order of arrival; answers the ids of those confirmed. */
    private List<Long> moveUp(Edition edition, Instant now) {
        long free = edition.getInspirationCapacity()
                - registrations.countByEditionIdAndStatus(edition.getId(), RegistrationStatus.CONFIRMED);
        List<Long> promoted = new ArrayList<>();
        for (InspirationRegistration waiting : registrations
            .findByEditionIdAndStatusOrderByCreatedAtAscIdAsc(edition.getId(), RegistrationStatus.WAITING)) {
            if (free <= 0) {
                break;
            }
            waiting.confirm(now);
            promoted.add(waiting.getId());
            free--;
        }
        return promoted;
    }

    /**
     * Sends the confirmation of a confirmed registration unless it was sent (or is being sent) already. A mail
     * server that refuses the message gives the claim back, so that the reminder job tries again.
     */
    void sendConfirmation(long registrationId) {
        Integer claimed = ownTransaction.execute(status -> registrations.claimConfirmation(registrationId, clock.instant()));
        if (claimed == null || claimed == 0) {
            return;
        }
        InspirationRegistration registration = registrations.findById(registrationId).orElseThrow();
        try {
            mails.confirmation(registration);
        }
        catch (Mailer.MailNotSent failure) {
            log.warn("Confirmation of registration {} not sent; it will be tried again", registrationId);
            ownTransaction.executeWithoutResult(status -> registrations.releaseConfirmation(registrationId));
        }
    }

    /** Confirmed registrations whose confirmation never went out (a crash, a mail server down), to send now. */
    List<Long> unsentConfirmations() {
        return registrations.unsentConfirmations(clock.instant().minus(java.time.Duration.ofMinutes(1)));
    }

    private static String newToken() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

}
