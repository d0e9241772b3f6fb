package org.saferinternethub.account;

import java.util.EnumSet;
import java.util.Set;

/**
 * What a person may do on the platform. A person holds one account, which may have several roles.
 */
public enum Role {

    /** A young person in the peer-help space (pseudonymous, 13–18 by default). */
    YOUTH,
    /** A trained young volunteer (18–25) who answers in the youth space with a badge. */
    PEER_SUPPORTER,
    /** An adult: parent, teacher, educator. */
    MEMBER,
    /** Belongs to an organisation; submits its resources and activities. */
    ORG_EDITOR,
    /** Centre staff who publish content. */
    EDITOR,
    /** Centre staff who keep the youth space safe. */
    MODERATOR,
    /** Centre staff who talk with young people and parents. */
    COUNSELLOR,
    /** Runs the platform: people, organisations, settings. */
    ADMIN;

    /** The roles that may only sign in with a second factor. */
    public static final Set<Role> STAFF = EnumSet.of(EDITOR, MODERATOR, COUNSELLOR, ADMIN);

    public String authority() {
        return "ROLE_" + name();
    }

    public boolean isStaff() {
        return STAFF.contains(this);
    }

}
