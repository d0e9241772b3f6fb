package org.saferinternethub.account;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a session whose account has changed since sign-in (new password, other roles, disabled, or sessions
 * ended by an admin). The stamp lives in the database, so this holds on every node.
 * <p>
 * A plain servlet filter ordered after Spring Security's chain, which has loaded the security context by then.
 */
@Component
class SessionStampCheck extends OncePerRequestFilter {

    private final Accounts accounts;

    SessionStampCheck(Accounts accounts) {
        this.accounts = accounts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof SignedInUser user) {
            boolean current = accounts.findSessionStampOfEnabled(user.id())
                .map(stamp -> stamp == user.sessionStamp())
                .orElse(false);
            if (!current) {
                HttpSession session = request.getSession(false);
                if (session != null) {
                    session.invalidate();
                }
                SecurityContextHolder.clearContext();
                response.sendRedirect(request.getRequestURI().length() >= 3 && request.getRequestURI().charAt(3) == '/'
                        ? request.getRequestURI().substring(0, 3) + "/signin?ended" : "/");
                return;
            }
        }
        chain.doFilter(request, response);
    }

    @Override
    protected boolean shouldNotFilterAsyncDispatch() {
        return true;
    }

}
