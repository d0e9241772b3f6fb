package org.saferinternethub.agenda;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where an activity is in its review. Only published and cancelled activities are public; a cancelled one stays
 * visible, marked as cancelled. Names in {@code agenda.status.<NAME>}.
 */
enum ActivityStatus {
    SUBMITTED, CHANGES_REQUESTED, PUBLISHED, REJECTED, CANCELLED;

    static final Set<ActivityStatus> PUBLIC = EnumSet.of(PUBLISHED, CANCELLED);

    public boolean isPublic() {
        return PUBLIC.contains(this);
    }
}
