package org.saferinternethub.moderation;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.saferinternethub.account.Notifications;
import org.saferinternethub.platform.AuditLog;
import org.saferinternethub.platform.AuditLog.Outcome;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The moderators' decisions on review items. Each is audited, tells the author (and anyone who reported the
 * item) the outcome in the app, and publishes {@link ContentModerated} for the owning module.
 */
@Service
class ReviewQueue {

    private final ReviewItems items;
    private final MemberReports reports;
    private final SanctionRecords sanctions;
    private final Moderation moderation;
    private final ModerationSettings settings;
    private final Notifications notifications;
    private final AuditLog auditLog;
    private final MessageSource messages;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ReviewQueue(ReviewItems items, MemberReports reports, SanctionRecords sanctions, Moderation moderation,
            ModerationSettings settings, Notifications notifications, AuditLog auditLog, MessageSource messages,
            ApplicationEventPublisher events, Clock clock) {
        this.items = items;
        this.reports = reports;
        this.sanctions = sanctions;
        this.moderation = moderation;
        this.settings = settings;
        this.notifications = notifications;
        this.auditLog = auditLog;
        this.messages = messages;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    void approve(long itemId, String moderator) {
        ReviewItem item = find(itemId);
        boolean report = item.getKind() == ReviewItem.Kind.REPORT;
        ReviewItem.Status status = report ? ReviewItem.Status.REPORT_DISMISSED : ReviewItem.Status.APPROVED;
        decide(item, status, item.getText(), null, moderator,
                report ? ContentModerated.Resolution.REPORT_DISMISSED : ContentModerated.Resolution.APPROVED);
    }

    @Transactional
    void approveRedacted(long itemId, String moderator) {
        ReviewItem item = find(itemId);
        decide(item, ReviewItem.Status.APPROVED_REDACTED, redactPersonalInformation(item), null, moderator,
                ContentModerated.Resolution.APPROVED_REDACTED);
    }

    @Transactional
    void approveEdited(long itemId, String editedText, String moderator) {
        ReviewItem item = find(itemId);
        decide(item, ReviewItem.Status.APPROVED_EDITED, editedText.strip(), null, moderator,
                ContentModerated.Resolution.APPROVED_EDITED);
    }

    /**
     * @param template the refusal template's key suffix, e.g. {@code personal-info}
     * @param customMessage the moderator's own words, replacing the template's
     */
    @Transactional
    void refuse(long itemId, String template, @Nullable String customMessage, String moderator) {
        ReviewItem item = find(itemId);
        String message = customMessage != null && !customMessage.isBlank() ? customMessage.strip()
                : messages.getMessage("moderation.refusal." + template, null, Locale.forLanguageTag(item.getLanguage()));
        decide(item, ReviewItem.Status.REFUSED, null, message, moderator, ContentModerated.Resolution.REFUSED);
    }

    @Transactional
    void escalate(long itemId, String moderator) {
        ReviewItem item = find(itemId);
        item.escalate();
        moderation.alertCrisisStaff(itemId);
        auditLog.record(moderator, "moderation.escalate", "moderation-item#" + itemId, Outcome.SUCCESS, null);
    }

    @Transactional
    void sanction(long authorId, Sanction.Kind kind, int days, String moderator) {
        Sanction sanction = new Sanction(authorId, kind,
                kind == Sanction.Kind.WARNING ? null : clock.instant().plus(Duration.ofDays(Math.max(1, days))));
        sanctions.save(new SanctionRecord(sanction, moderator, clock.instant()));
        auditLog.record(moderator, "moderation.sanction." + kind.name().toLowerCase(Locale.ROOT), "account#" + authorId,
                Outcome.SUCCESS, sanction.until() == null ? null : "until " + sanction.until());
        notifications.notify(authorId, "moderation.outcome.sanction." + kind.name().toLowerCase(Locale.ROOT),
                sanction.until() == null ? List.of() : List.of(sanction.until().toString().substring(0, 10)), null, false);
    }

    private void decide(ReviewItem item, ReviewItem.Status status, @Nullable String textShown,
            @Nullable String messageToAuthor, String moderator, ContentModerated.Resolution resolution) {
        item.decide(status, textShown, messageToAuthor, moderator, clock.instant());
        auditLog.record(moderator, "moderation.decide." + status.name().toLowerCase(Locale.ROOT),
                "moderation-item#" + item.getId(), Outcome.SUCCESS, item.ref().toString());
        events.publishEvent(new ContentModerated(item.ref(), resolution, textShown, item.getAuthorId()));
        if (item.getKind() == ReviewItem.Kind.SCREENING) {
            notifications.notify(item.getAuthorId(), "moderation.outcome." + resolution.name().toLowerCase(Locale.ROOT),
                    messageToAuthor == null ? List.of() : List.of(messageToAuthor), item.getLink(), false);
        }
        for (MemberReport report : reports.findByItemId(item.getId())) {
            notifications.notify(report.getReporterId(), "moderation.outcome.report-resolved", List.of(), null, false);
        }
    }

    /** The text with every span of personal information replaced by the placeholder. */
    String redactPersonalInformation(ReviewItem item) {
        String text = item.getText();
        StringBuilder redacted = new StringBuilder();
        int at = 0;
        for (Span span : item.getSpanList()) {
            if (!span.label().name().startsWith("PII_") || span.start() < at || span.end() > text.length()) {
                continue;
            }
            redacted.append(text, at, span.start()).append(settings.placeholder());
            at = span.end();
        }
        return redacted.append(text.substring(at)).toString();
    }

    ReviewItem find(long itemId) {
        return items.findById(itemId).orElseThrow(() -> new org.springframework.web.server.ResponseStatusException(
                org.springframework.http.HttpStatus.NOT_FOUND));
    }

}
