package org.saferinternethub.moderation;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.saferinternethub.account.AccountDirectory;
import org.saferinternethub.account.Notifications;
import org.saferinternethub.account.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other modules call: screen a text, submit content before showing it, report content, and ask whether
 * an author may post. Decisions of moderators come back as {@link ContentModerated} events.
 */
@Service
public class Moderation {

    /**
     * The answer to a submission.
     *
     * @param verdict the engine's verdict: show the text ({@code PUBLISH}), show {@code verdict.redacted()}
     *     ({@code REDACT}), keep it hidden until a moderator decides ({@code HOLD}, {@code ESCALATE}), or give it
     *     back to the author ({@code REFUSE})
     * @param itemId the review item, when a moderator must look at it
     * @param message what to tell the author, in the language of the text
     */
    public record Submission(Verdict verdict, @Nullable Long itemId, String message) {

        public boolean visibleNow() {
            return verdict.decision() == Decision.PUBLISH || verdict.decision() == Decision.REDACT;
        }

        /** The text to show now: the redacted one when the decision is {@code REDACT}. */
        public String textToShow(String original) {
            return verdict.decision() == Decision.REDACT ? verdict.redacted() : original;
        }

    }

    private final ScreeningEngine engine;
    private final ReviewItems items;
    private final MemberReports reports;
    private final SanctionRecords sanctions;
    private final ModerationSettings settings;
    private final AccountDirectory directory;
    private final Notifications notifications;
    private final MessageSource messages;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Moderation(ScreeningEngine engine, ReviewItems items, MemberReports reports, SanctionRecords sanctions,
            ModerationSettings settings, AccountDirectory directory, Notifications notifications,
            MessageSource messages, ApplicationEventPublisher events, Clock clock) {
        this.engine = engine;
        this.items = items;
        this.reports = reports;
        this.sanctions = sanctions;
        this.settings = settings;
        this.directory = directory;
        this.notifications = notifications;
        this.messages = messages;
        this.events = events;
        this.clock = clock;
    }

    /** Screens a text without storing anything. */
    public Verdict screen(String text, String language, TrustLevel trust) {
        return engine.current().screen(text, language, trust);
    }

    /**
     * Screens content before it is shown. Held and escalated content enters the review queue; an escalation alerts
     * counsellors and moderators at once and publishes {@link CrisisDetected}.
     */
    @Transactional
    public Submission submit(ModerationRequest request) {
        Verdict verdict = screen(request.text(), request.language(), request.trust());
        Long itemId = null;
        boolean flagged = verdict.watched().stream().anyMatch(match -> match.word().action() == WatchedAction.FLAG);
        if (verdict.decision() == Decision.HOLD || verdict.decision() == Decision.ESCALATE || flagged) {
            ReviewItem item = items.save(new ReviewItem(ReviewItem.Kind.SCREENING, request, verdict, clock.instant()));
            itemId = item.getId();
            if (verdict.decision() == Decision.ESCALATE) {
                alertCrisisStaff(item.getId());
                events.publishEvent(new CrisisDetected(request.ref(), request.authorId(), item.getId()));
            }
        }
        return new Submission(verdict, itemId, messageFor(verdict));
    }

    /** What the author is told about a verdict, in the verdict's language; escalations list the crisis lines. */
    public String messageFor(Verdict verdict) {
        Object[] arguments = verdict.decision() == Decision.ESCALATE ? new Object[] { settings.crisisLinesText() } : null;
        return messages.getMessage(verdict.messageKey(), arguments, Locale.forLanguageTag(verdict.language()));
    }

    /**
     * A member reports content. The content enters the review queue (once, however many report it); when
     * {@code hub.moderation.reports-to-hide} members have reported it, {@link ContentHiddenByReports} tells the
     * owning module to hide it until a moderator decides.
     *
     * @return whether this member's report was new
     */
    @Transactional
    public boolean report(ModerationRequest content, long reporterId, ReportReason reason) {
        ReviewItem item = items.findOpenFor(content.ref().module(), content.ref().type(), content.ref().id())
            .orElseGet(() -> items.save(new ReviewItem(ReviewItem.Kind.REPORT, content,
                    screen(content.text(), content.language(), TrustLevel.TRUSTED), clock.instant())));
        if (reports.existsByItemIdAndReporterId(item.getId(), reporterId)) {
            return false;
        }
        reports.save(new MemberReport(item.getId(), reporterId, reason, clock.instant()));
        if (reason == ReportReason.SELF_HARM_WORRY && !item.isUrgent()) {
            item.escalate();
            alertCrisisStaff(item.getId());
        }
        if (item.reported() == settings.reportsToHide()) {
            events.publishEvent(new ContentHiddenByReports(content.ref()));
        }
        return true;
    }

    /** The measure that currently keeps an author from posting, if any. */
    @Transactional(readOnly = true)
    public Optional<Sanction> activeSanction(long authorId) {
        return sanctions.findByAuthorIdOrderByCreatedAtDesc(authorId).stream()
            .filter(record -> record.isActive(clock.instant()))
            .map(SanctionRecord::toSanction)
            .findFirst();
    }

    void alertCrisisStaff(long itemId) {
        List<AccountDirectory.Contact> staff = new java.util.ArrayList<>(directory.withRole(Role.COUNSELLOR));
        directory.withRole(Role.MODERATOR).stream()
            .filter(moderator -> staff.stream().noneMatch(c -> c.accountId() == moderator.accountId()))
            .forEach(staff::add);
        for (AccountDirectory.Contact contact : staff) {
            notifications.notify(contact.accountId(), "moderation.alert.crisis", List.of(String.valueOf(itemId)),
                    "/moderation/items/" + itemId, true);
        }
    }

}
