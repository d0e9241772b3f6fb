package org.saferinternethub.peerhelp;

import org.jspecify.annotations.Nullable;
import org.saferinternethub.account.Role;
import org.saferinternethub.account.SignedInUser;

/**
 * Who may enter the space: young members, peer supporters, moderators and counsellors, by the roles their account
 * holds (not by the role hierarchy: an admin is not a young person).
 */
final class Access {

    private Access() {
    }

    static boolean mayEnter(@Nullable SignedInUser user) {
        return user != null && (user.has(Role.YOUTH) || user.has(Role.PEER_SUPPORTER) || user.has(Role.MODERATOR)
                || user.has(Role.COUNSELLOR));
    }

    /** Moderators and counsellors: they steer threads (slow mode, trust) and are never slowed down. */
    static boolean isStaff(SignedInUser user) {
        return user.has(Role.MODERATOR) || user.has(Role.COUNSELLOR);
    }

    /** The badge shown next to what someone writes; null for a young member. */
    static @Nullable String badge(SignedInUser user) {
        if (user.has(Role.MODERATOR)) {
            return Role.MODERATOR.name();
        }
        if (user.has(Role.COUNSELLOR)) {
            return Role.COUNSELLOR.name();
        }
        if (user.has(Role.PEER_SUPPORTER)) {
            return Role.PEER_SUPPORTER.name();
        }
        return null;
    }

}
