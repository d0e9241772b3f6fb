package org.saferinternethub.account;

import java.io.Serial;
import java.io.Serializable;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.AuthenticatedPrincipal;

/**
 * Who is signed in, as other modules see it: read it from the {@code Authentication}'s principal.
 *
 * @param id the account's id
 * @param name what the platform calls the person (a display name, or a youth member's pseudonym)
 * @param email the sign-in address, if the account has one (never a young member's recovery address)
 * @param roles the account's roles
 * @param organisationId the organisation an {@code ORG_EDITOR} acts for
 * @param sessionStamp the account's session stamp at sign-in; the session ends when the account's changes
 */
public record SignedInUser(long id, String name, @Nullable String email, Set<Role> roles,
        @Nullable Long organisationId, int sessionStamp) implements AuthenticatedPrincipal, Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    /** The name the audit log records: the address, or the account number where there is none. */
    @Override
    public String getName() {
        return email != null ? email : "account#" + id;
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

}
