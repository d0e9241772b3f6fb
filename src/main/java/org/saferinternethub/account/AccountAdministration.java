package org.saferinternethub.account;

import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.saferinternethub.platform.AuditLog;
import org.saferinternethub.platform.AuditLog.Outcome;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What admins do to accounts. Every change is audited; a change of roles or a disabled account ends the
 * account's sessions, so that new rights (and two-factor sign-in for staff) apply at once.
 */
@Service
class AccountAdministration {

    private final Accounts accounts;
    private final Organisations organisations;
    private final AuditLog auditLog;

    AccountAdministration(Accounts accounts, Organisations organisations, AuditLog auditLog) {
        this.accounts = accounts;
        this.organisations = organisations;
        this.auditLog = auditLog;
    }

    @Transactional
    void changeRoles(long accountId, Set<Role> roles, SignedInUser admin) {
        Account account = find(accountId);
        if (accountId == admin.id() && !roles.contains(Role.ADMIN)) {
            auditLog.record("account.roles.change", target(accountId), Outcome.DENIED);
            throw new AccessDeniedException("Admins cannot remove their own admin role");
        }
        Set<Role> before = Set.copyOf(account.getRoles());
        account.changeRoles(roles);
        auditLog.record(admin.getName(), "account.roles.change", target(accountId), Outcome.SUCCESS,
                before + " -> " + roles);
    }

    @Transactional
    void changeOrganisation(long accountId, @Nullable Long organisationId, SignedInUser admin) {
        Account account = find(accountId);
        Organisation organisation = organisationId == null ? null : organisations.findById(organisationId)
            .orElseThrow(() -> new NoSuchAccount(accountId));
        account.joinOrganisation(organisation);
        auditLog.record(admin.getName(), "account.organisation.change", target(accountId), Outcome.SUCCESS,
                organisation == null ? "none" : "organisation#" + organisationId);
    }

    @Transactional
    void disable(long accountId, SignedInUser admin) {
        if (accountId == admin.id()) {
            auditLog.record("account.disable", target(accountId), Outcome.DENIED);
            throw new AccessDeniedException("Admins cannot disable themselves");
        }
        find(accountId).disable();
        auditLog.record(admin.getName(), "account.disable", target(accountId), Outcome.SUCCESS, null);
    }

    @Transactional
    void enable(long accountId, SignedInUser admin) {
        find(accountId).enable();
        auditLog.record(admin.getName(), "account.enable", target(accountId), Outcome.SUCCESS, null);
    }

    @Transactional
    void endSessions(long accountId, SignedInUser admin) {
        find(accountId).endSessions();
        auditLog.record(admin.getName(), "account.sessions.end", target(accountId), Outcome.SUCCESS, null);
    }

    /** Makes the account with this address an editor of the organisation; answers false if there is none. */
    @Transactional
    boolean addEditor(long organisationId, String email, SignedInUser admin) {
        Organisation organisation = organisations.findById(organisationId).orElseThrow();
        return accounts.findByEmail(SignIn.normalise(email)).map(account -> {
            account.joinOrganisation(organisation);
            java.util.EnumSet<Role> roles = java.util.EnumSet.copyOf(account.getRoles().isEmpty()
                    ? java.util.EnumSet.of(Role.MEMBER) : account.getRoles());
            roles.add(Role.ORG_EDITOR);
            account.changeRoles(roles);
            auditLog.record(admin.getName(), "organisation.editor.add", "organisation#" + organisationId,
                    Outcome.SUCCESS, "account#" + account.getId());
            return true;
        }).orElseGet(() -> {
            auditLog.record(admin.getName(), "organisation.editor.add", "organisation#" + organisationId,
                    Outcome.FAILURE, "no such account");
            return false;
        });
    }

    @Transactional
    void removeEditor(long organisationId, long accountId, SignedInUser admin) {
        Account account = find(accountId);
        Organisation organisation = account.getOrganisation();
        if (organisation == null || organisation.getId() != organisationId) {
            return;
        }
        account.joinOrganisation(null);
        java.util.EnumSet<Role> roles = java.util.EnumSet.noneOf(Role.class);
        roles.addAll(account.getRoles());
        roles.remove(Role.ORG_EDITOR);
        account.changeRoles(roles);
        auditLog.record(admin.getName(), "organisation.editor.remove", "organisation#" + organisationId,
                Outcome.SUCCESS, "account#" + accountId);
    }

    private Account find(long accountId) {
        return accounts.findById(accountId).orElseThrow(() -> new NoSuchAccount(accountId));
    }

    private static String target(long accountId) {
        return "account#" + accountId;
    }

    @org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.NOT_FOUND)
    static class NoSuchAccount extends RuntimeException {

        NoSuchAccount(long id) {
            super("No account " + id);
        }

    }

}
