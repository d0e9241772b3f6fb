package org.saferinternethub.agenda;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.saferinternethub.account.AccountDirectory;
import org.saferinternethub.account.Notifications;
import org.saferinternethub.account.Role;
import org.saferinternethub.account.SignedInUser;
import org.saferinternethub.platform.AuditLog;
import org.saferinternethub.platform.AuditLog.Outcome;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * The life of a local activity: a member proposes it, an editor publishes it, sends it back or rejects it, and
 * the organiser edits or cancels it. Editors hear of each proposal in the app; organisers hear of each decision
 * by mail; every staff decision goes to the audit log.
 */
@Service
class ActivityWorkflow {

    /** What an editor decides about a submitted activity. */
    enum Decision {
        APPROVE, REQUEST_CHANGES, REJECT
    }

    private final Activities activities;
    private final Editions editions;
    private final Notifications notifications;
    private final AccountDirectory directory;
    private final AuditLog auditLog;
    private final Clock clock;

    ActivityWorkflow(Activities activities, Editions editions, Notifications notifications,
            AccountDirectory directory, AuditLog auditLog, Clock clock) {
        this.activities = activities;
        this.editions = editions;
        this.notifications = notifications;
        this.directory = directory;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    static boolean isEditor(SignedInUser user) {
        return user.has(Role.EDITOR) || user.has(Role.ADMIN);
    }

    /** Young people's accounts don't list public activities: the agenda is for adults and organisations. */
    static boolean mayPropose(SignedInUser user) {
        return !user.has(Role.YOUTH) || isEditor(user);
    }

    /** The organiser (the person who proposed it or an editor of its organisation) or an editor. */
    static boolean mayManage(SignedInUser user, Activity activity) {
        return isEditor(user) || activity.getSubmittedBy() == user.id()
                || (activity.getOrganisationId() != null && user.has(Role.ORG_EDITOR)
                        && activity.getOrganisationId().equals(user.organisationId()));
    }

    /** The edition that takes proposals now: the current one, if it is open. */
    @Transactional(readOnly = true)
    Optional<Edition> openEdition() {
        return editions.current(clock.instant().atZone(Activity.BRUSSELS).toLocalDate())
            .filter(Edition::isOpenForSubmissions);
    }

    @Transactional
    Activity propose(SignedInUser user, Activity.Details details) {
        if (!mayPropose(user)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        Edition edition = openEdition().orElseThrow(() -> new ResponseStatusException(HttpStatus.CONFLICT));
        Activity activity = new Activity(edition.getId(), user.id(), clock.instant());
        activity.describe(details, clock.instant());
        activities.save(activity);
        tellEditors(activity);
        auditLog.record("agenda.activity.submit", target(activity), Outcome.SUCCESS);
        return activity;
    }

    /**
     * An organiser's changes go back to review, so that nothing unreviewed is public; an editor's stay as they are.
     */
    @Transactional
    Activity update(SignedInUser user, long id, Activity.Details details) {
        Activity activity = managed(user, id);
        if (activity.getStatus() == ActivityStatus.REJECTED || activity.isCancelled()) {
            throw new ResponseStatusException(HttpStatus.CONFLICT);
        }
        activity.describe(details, clock.instant());
        if (!isEditor(user)) {
            activity.submit(clock.instant());
            tellEditors(activity);
        }
        auditLog.record("agenda.activity.update", target(activity), Outcome.SUCCESS);
        return activity;
    }

    /**
     * Only a published activity is cancelled: it stays public, marked as cancelled. One that was never published
     * cannot become public this way.
     */
    @Transactional
    Activity cancel(SignedInUser user, long id) {
        Activity activity = managed(user, id);
        if (activity.getStatus() != ActivityStatus.PUBLISHED) {
            throw new ResponseStatusException(HttpStatus.CONFLICT);
        }
        activity.cancel(clock.instant());
        auditLog.record("agenda.activity.cancel", target(activity), Outcome.SUCCESS);
        return activity;
    }

    @Transactional
    Activity decide(SignedInUser editor, long id, Decision decision, @Nullable String note) {
        if (!isEditor(editor)) {
            auditLog.record("agenda.activity.review", "agenda-activity#" + id, Outcome.DENIED);
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        Activity activity = activities.findById(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (activity.getStatus() != ActivityStatus.SUBMITTED) {
            throw new ResponseStatusException(HttpStatus.CONFLICT);
        }
        String cleanNote = note == null || note.isBlank() ? null : note.strip();
        String title = activity.getTitle().in(org.saferinternethub.shared.Language.EN).map(Object::toString).orElse("");
        switch (decision) {
            case APPROVE -> {
                activity.publish(cleanNote, clock.instant());
                auditLog.record("agenda.activity.approve", target(activity), Outcome.SUCCESS);
                notifyOrganiser(activity, "agenda.notification.published", title);
            }
            case REQUEST_CHANGES -> {
                activity.requestChanges(cleanNote == null ? "" : cleanNote, clock.instant());
                auditLog.record("agenda.activity.request-changes", target(activity), Outcome.SUCCESS);
                notifyOrganiser(activity, "agenda.notification.changes-requested", title);
            }
            case REJECT -> {
                activity.reject(cleanNote == null ? "" : cleanNote, clock.instant());
                auditLog.record("agenda.activity.reject", target(activity), Outcome.SUCCESS);
                notifyOrganiser(activity, "agenda.notification.rejected", title);
            }
        }
        return activity;
    }

    private Activity managed(SignedInUser user, long id) {
        Activity activity = activities.findById(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (!mayManage(user, activity)) {
            // Not found rather than forbidden: an unpublished activity's existence is not told to others.
            auditLog.record("agenda.activity.manage", target(activity), Outcome.DENIED);
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return activity;
    }

    private void tellEditors(Activity activity) {
        String title = activity.getTitle().in(org.saferinternethub.shared.Language.EN).map(Object::toString).orElse("");
        for (AccountDirectory.Contact editor : directory.withRole(Role.EDITOR)) {
            notifications.notify(editor.accountId(), "agenda.notification.submitted", List.of(title),
                    "/agenda/activities/" + activity.getId(), false);
        }
    }

    private void notifyOrganiser(Activity activity, String key, String title) {
        notifications.notify(activity.getSubmittedBy(), key, List.of(title), "/agenda/activities/" + activity.getId(),
                true);
    }

    private static String target(Activity activity) {
        return "agenda-activity#" + activity.getId();
    }

}
