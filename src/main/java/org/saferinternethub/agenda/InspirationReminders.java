package org.saferinternethub.agenda;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.saferinternethub.platform.Mailer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Mails each confirmed person a reminder the day before the inspiration day, and sends the confirmations that a
 * crash or a mail server left unsent.
 * <p>
 * Nothing is kept in memory between runs: the database says what is left to do, so the job survives a restart.
 * Each reminder is claimed with a conditional update ({@code reminder_sent_at is null}) committed in its own
 * transaction before the mail is sent, so two nodes, two runs or a run after a restart never send one twice. A
 * mail server that refuses a message gives the claim back for the next run; a crash between claim and sending
 * loses that one reminder rather than risk sending it twice.
 */
@Component
class InspirationReminders {

    private static final Logger log = LoggerFactory.getLogger(InspirationReminders.class);

    private final Editions editions;
    private final InspirationRegistrations registrations;
    private final InspirationMails mails;
    private final InspirationDay day;
    private final AgendaSettings settings;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;

    InspirationReminders(Editions editions, InspirationRegistrations registrations, InspirationMails mails,
            InspirationDay day, AgendaSettings settings, PlatformTransactionManager transactions, Clock clock) {
        this.editions = editions;
        this.registrations = registrations;
        this.mails = mails;
        this.day = day;
        this.settings = settings;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${hub.agenda.inspiration.reminder-interval:PT5M}", initialDelayString = "PT1M")
    void run() {
        day.unsentConfirmations().forEach(day::sendConfirmation);
        int sent = sendDue(clock.instant(), Integer.MAX_VALUE);
        if (sent > 0) {
            log.info("Inspiration day: {} reminders sent", sent);
        }
    }

    /**
     * Sends the reminders due at a moment, at most {@code limit} of them (a run cut short behaves like a node
     * that stopped half-way). Answers how many this call sent.
     */
    int sendDue(Instant now, int limit) {
        int sent = 0;
        for (Edition edition : dueEditions(now)) {
            List<InspirationRegistration> waiting = registrations
                .findByEditionIdAndStatusAndReminderSentAtIsNullOrderByIdAsc(edition.getId(), RegistrationStatus.CONFIRMED);
            Instant from = reminderFrom(edition.getDay(), settings.inspiration().reminderTime());
            for (InspirationRegistration registration : waiting) {
                if (sent >= limit) {
                    return sent;
                }
                if (registration.getConfirmedAt() != null && !registration.getConfirmedAt().isBefore(from)) {
                    continue; // confirmed after reminders began: the confirmation was their reminder
                }
                if (sendOne(registration, now)) {
                    sent++;
                }
            }
        }
        return sent;
    }

    private boolean sendOne(InspirationRegistration registration, Instant now) {
        Integer claimed = ownTransaction.execute(status -> registrations.claimReminder(registration.getId(), now));
        if (claimed == null || claimed == 0) {
            return false;
        }
        try {
            mails.reminder(registration);
            return true;
        }
        catch (Mailer.MailNotSent failure) {
            log.warn("Reminder of registration {} not sent; it will be tried again", registration.getId());
            ownTransaction.executeWithoutResult(status -> registrations.releaseReminder(registration.getId()));
            return false;
        }
    }

    /** The editions whose reminders are due: their day is tomorrow and the reminder time has come, or today. */
    private List<Edition> dueEditions(Instant now) {
        LocalDate today = now.atZone(Activity.BRUSSELS).toLocalDate();
        return editions.findByDayBetween(today, today.plusDays(1)).stream()
            .filter(edition -> reminderDue(edition.getDay(), now, settings.inspiration().reminderTime()))
            .toList();
    }

    static Instant reminderFrom(LocalDate day, LocalTime reminderTime) {
        return day.minusDays(1).atTime(reminderTime).atZone(Activity.BRUSSELS).toInstant();
    }

    /** Reminders go out from the reminder time on the day before until the end of the day itself. */
    static boolean reminderDue(LocalDate day, Instant now, LocalTime reminderTime) {
        Instant from = reminderFrom(day, reminderTime);
        Instant until = day.plusDays(1).atStartOfDay(Activity.BRUSSELS).toInstant();
        return !now.isBefore(from) && now.isBefore(until);
    }

}
