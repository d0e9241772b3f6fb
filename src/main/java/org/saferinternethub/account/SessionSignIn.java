package org.saferinternethub.account;

import java.time.Clock;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.saferinternethub.platform.AuditLog;
import org.saferinternethub.platform.AuditLog.Outcome;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Puts a person into a signed-in session once every factor has been checked: a new session id (no session
 * fixation), the account in the security context, the sign-in audited.
 */
@Component
class SessionSignIn {

    private final Accounts accounts;
    private final AuditLog auditLog;
    private final Clock clock;
    private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();
    private final SecurityContextRepository repository = new HttpSessionSecurityContextRepository();

    SessionSignIn(Accounts accounts, AuditLog auditLog, Clock clock) {
        this.accounts = accounts;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    @Transactional
    SignedInUser signIn(long accountId, String how, HttpServletRequest request, HttpServletResponse response) {
        Account account = accounts.findById(accountId).orElseThrow();
        account.signedIn(clock.instant());
        SignedInUser user = principalOf(account);
        request.getSession(true);
        request.changeSessionId();
        List<SimpleGrantedAuthority> authorities = account.getRoles().stream()
            .map(role -> new SimpleGrantedAuthority(role.authority()))
            .toList();
        SecurityContext context = contexts.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, authorities));
        contexts.setContext(context);
        repository.saveContext(context, request, response);
        auditLog.record(user.getName(), "auth.sign-in", "account#" + accountId, Outcome.SUCCESS, how);
        return user;
    }

    static SignedInUser principalOf(Account account) {
        Organisation organisation = account.getOrganisation();
        // A young member's address serves recovery only: it stays out of the session, and so out of the audit
        // log's names (SignedInUser.getName), which then say the account number.
        String email = account.getPseudonym() == null ? account.getEmail() : null;
        return new SignedInUser(account.getId(), account.getDisplayName(), email, account.getRoles(),
                organisation == null ? null : organisation.getId(), account.getSessionStamp());
    }

}
