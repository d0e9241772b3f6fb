package org.saferinternethub.toolbox;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.saferinternethub.account.AccountDirectory;
import org.saferinternethub.account.Notifications;
import org.saferinternethub.account.Role;
import org.saferinternethub.account.SignedInUser;
import org.saferinternethub.platform.AuditLog;
import org.saferinternethub.platform.Uploads;
import org.saferinternethub.shared.Language;
import org.saferinternethub.shared.LocalizedText;
import org.saferinternethub.toolbox.search.Resource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * The editorial workflow: an organisation's editors write and submit their resources; the centre's editors
 * approve, ask for changes or reject. Every step is checked against who asks (an organisation's editor only
 * ever touches their own organisation's resources), kept in the resource's revision history, written to the
 * audit log, and told to the submitter in the app and by mail.
 */
@Service
class Editorial {

    static final long MAX_ATTACHMENT_BYTES = 5L * 1024 * 1024;
    private static final int MAX_IMAGE_SIDE = 2000;
    private static final Set<Status> IN_REVIEW = EnumSet.of(Status.SUBMITTED);

    private final Resources resources;
    private final Revisions revisions;
    private final AccountDirectory directory;
    private final Notifications notifications;
    private final AuditLog auditLog;
    private final Uploads uploads;
    private final Clock clock;

    Editorial(Resources resources, Revisions revisions, AccountDirectory directory, Notifications notifications,
            AuditLog auditLog, Uploads uploads, Clock clock) {
        this.resources = resources;
        this.revisions = revisions;
        this.directory = directory;
        this.notifications = notifications;
        this.auditLog = auditLog;
        this.uploads = uploads;
        this.clock = clock;
    }

    static boolean isEditor(SignedInUser user) {
        return user.has(Role.EDITOR) || user.has(Role.ADMIN);
    }

    /** The resources a person may manage: their organisation's, or all for the centre's editors. */
    @Transactional(readOnly = true)
    List<Resource> manageable(SignedInUser user) {
        if (isEditor(user)) {
            return resources.findAll(org.springframework.data.domain.Sort.by("updatedAt").descending());
        }
        Long organisation = user.organisationId();
        return organisation == null ? List.of() : resources.findByOrganisationIdOrderByUpdatedAtDesc(organisation);
    }

    @Transactional(readOnly = true)
    List<Resource> reviewQueue() {
        return resources.findByStatusInOrderByUpdatedAtAsc(IN_REVIEW);
    }

    /** The resource, if this person may edit it now; otherwise 404 (not theirs) or 403 (theirs, but locked). */
    @Transactional(readOnly = true)
    Resource editable(long id, SignedInUser user) {
        Resource resource = visibleTo(id, user);
        if (!isEditor(user) && !resource.getStatus().editableByOrganisation()) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        return resource;
    }

    /** The resource, if it is this person's organisation's or they are an editor; 404 otherwise (no IDOR). */
    @Transactional(readOnly = true)
    Resource visibleTo(long id, SignedInUser user) {
        Resource resource = resources.findById(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (!isEditor(user) && !Objects.equals(user.organisationId(), resource.getOrganisationId())) {
            auditLog.record("toolbox.resource.access", "resource#" + id, AuditLog.Outcome.DENIED);
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return resource;
    }

    @Transactional
    long create(ResourceForm form, SignedInUser user) {
        Long organisationId = user.organisationId();
        if (organisationId == null) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        String providerName = directory.organisation(organisationId).map(AccountDirectory.OrganisationSummary::name)
            .orElseThrow(() -> new ResponseStatusException(HttpStatus.FORBIDDEN));
        Resource resource = new Resource(organisationId, providerName, clock.instant());
        resource.describe(form.content());
        resources.save(resource);
        long id = Objects.requireNonNull(resource.getId());
        revise(id, user, "create", "all", null);
        auditLog.record("toolbox.resource.create", "resource#" + id, AuditLog.Outcome.SUCCESS);
        return id;
    }

    @Transactional
    void update(long id, ResourceForm form, SignedInUser user) {
        Resource resource = editable(id, user);
        Resource.Content before = resource.content();
        resource.describe(form.content());
        List<Revision.Change> changes = changes(before, resource.content());
        resource.touch(clock.instant());
        revisions.save(new Revision(id, user.id(), user.name(), "edit", changes, clock.instant()));
        auditLog.record("toolbox.resource.edit", "resource#" + id, AuditLog.Outcome.SUCCESS);
    }

    @Transactional
    void submit(long id, SignedInUser user) {
        Resource resource = editable(id, user);
        if (resource.getStatus() == Status.SUBMITTED || resource.getStatus() == Status.PUBLISHED) {
            throw new ResponseStatusException(HttpStatus.CONFLICT);
        }
        resource.submittedBy(user.id());
        resource.moveTo(Status.SUBMITTED, null, clock.instant());
        revise(id, user, "submit", null, null);
        auditLog.record("toolbox.resource.submit", "resource#" + id, AuditLog.Outcome.SUCCESS);
        String title = title(resource);
        for (AccountDirectory.Contact editor : directory.withRole(Role.EDITOR)) {
            notifications.notify(editor.accountId(), "toolbox.notification.submitted", List.of(title),
                    "/toolbox/review/" + id, false);
        }
    }

    @Transactional
    void approve(long id, SignedInUser editor) {
        decide(id, editor, Status.PUBLISHED, null, "publish", "toolbox.notification.published");
    }

    @Transactional
    void requestChanges(long id, SignedInUser editor, String comment) {
        decide(id, editor, Status.CHANGES_REQUESTED, comment, "request-changes",
                "toolbox.notification.changes");
    }

    @Transactional
    void reject(long id, SignedInUser editor, String comment) {
        decide(id, editor, Status.REJECTED, comment, "reject", "toolbox.notification.rejected");
    }

    /** A review decision; the audit log records it as {@code toolbox.resource.<verb>}. */
    private void decide(long id, SignedInUser editor, Status decision, @Nullable String comment, String verb,
            String messageKey) {
        if (!isEditor(editor)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        Resource resource = resources.findById(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (resource.getStatus() != Status.SUBMITTED) {
            auditLog.record("toolbox.resource." + verb, "resource#" + id, AuditLog.Outcome.FAILURE);
            throw new ResponseStatusException(HttpStatus.CONFLICT);
        }
        resource.moveTo(decision, comment, clock.instant());
        revise(id, editor, decision.name().toLowerCase().replace('_', '-'), null, comment);
        auditLog.record("toolbox.resource." + verb, "resource#" + id, AuditLog.Outcome.SUCCESS);
        Long submitter = resource.getSubmittedBy();
        if (submitter != null) {
            List<String> arguments = new ArrayList<>();
            arguments.add(title(resource));
            arguments.add(comment == null ? "" : comment);
            String link = decision == Status.PUBLISHED ? "/toolbox/resources/" + id : "/toolbox/manage/" + id;
            notifications.notify(submitter, messageKey, arguments, link, true);
        }
    }

    @Transactional
    void attach(long id, String fileName, byte[] bytes, SignedInUser user) {
        Resource resource = editable(id, user);
        Uploads.StoredFile stored = uploads.store(bytes, EnumSet.of(Uploads.Kind.PDF, Uploads.Kind.IMAGE),
                MAX_ATTACHMENT_BYTES, MAX_IMAGE_SIDE);
        String name = fileName.replaceAll("[^\\p{L}\\p{N} ._-]", "_");
        name = name.length() > 150 ? name.substring(0, 150) : name;
        String extension = stored.id().substring(stored.id().lastIndexOf('.'));
        if (!name.toLowerCase().endsWith(extension)) {
            name = name + extension;
        }
        resource.attach(stored.id(), name, stored.mediaType(), stored.size());
        resource.touch(clock.instant());
        revise(id, user, "attach", "attachments", null);
        auditLog.record("toolbox.resource.attach", "resource#" + id, AuditLog.Outcome.SUCCESS);
    }

    @Transactional
    void detach(long id, long attachmentId, SignedInUser user) {
        Resource resource = editable(id, user);
        resource.getAttachments().stream().filter(a -> a.getId() != null && a.getId() == attachmentId).findFirst()
            .ifPresent(attachment -> {
                resource.detach(attachmentId);
                uploads.delete(attachment.getFileId());
                revise(id, user, "detach", "attachments", null);
            });
    }

    @Transactional(readOnly = true)
    List<Revision> history(long id) {
        return revisions.findByResourceIdOrderByCreatedAtDesc(id);
    }

    private void revise(long id, SignedInUser user, String action, @Nullable String changed, @Nullable String comment) {
        revisions.save(new Revision(id, user.id(), user.name(), action, changed, comment, clock.instant()));
    }

    private static String title(Resource resource) {
        return resource.getTitle().in(Language.EN).map(Object::toString).orElse("#" + resource.getId());
    }

    /** Each field that differs, with its old and new value; texts compared per language. */
    static List<Revision.Change> changes(Resource.Content before, Resource.Content after) {
        List<Revision.Change> changes = new ArrayList<>();
        texts(changes, "title", before.title(), after.title());
        texts(changes, "summary", before.summary(), after.summary());
        texts(changes, "body", before.body(), after.body());
        compare(changes, "kind", before.kind().name(), after.kind().name());
        compare(changes, "themes", joined(before.themes()), joined(after.themes()));
        compare(changes, "audiences", joined(before.audiences()), joined(after.audiences()));
        compare(changes, "languages", joined(before.languages()), joined(after.languages()));
        compare(changes, "formats", joined(before.formats()), joined(after.formats()));
        compare(changes, "links", String.join(" ", before.links()), String.join(" ", after.links()));
        compare(changes, "ages", ages(before), ages(after));
        compare(changes, "cost", cost(before), cost(after));
        compare(changes, "region", before.region(), after.region());
        return changes;
    }

    static void compare(List<Revision.Change> changes, String field, @Nullable String before, @Nullable String after) {
        String old = before == null ? "" : before;
        String now = after == null ? "" : after;
        if (!old.equals(now)) {
            changes.add(new Revision.Change(field, null, old, now));
        }
    }

    private static void texts(List<Revision.Change> changes, String field, LocalizedText before, LocalizedText after) {
        for (Language language : Language.values()) {
            String old = before.get(language).orElse("");
            String now = after.get(language).orElse("");
            if (!old.equals(now)) {
                changes.add(new Revision.Change(field, language.code(), old, now));
            }
        }
    }

    private static String joined(Collection<?> values) {
        return values.stream().map(Object::toString).sorted().collect(Collectors.joining(", "));
    }

    private static String ages(Resource.Content content) {
        if (content.ageMin() == null && content.ageMax() == null) {
            return "";
        }
        return (content.ageMin() == null ? "" : content.ageMin()) + "–" + (content.ageMax() == null ? "" : content.ageMax());
    }

    private static String cost(Resource.Content content) {
        return content.priceText() == null ? content.cost().name() : content.cost() + " " + content.priceText();
    }

}
