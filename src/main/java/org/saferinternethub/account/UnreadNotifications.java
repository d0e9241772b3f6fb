package org.saferinternethub.account;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The signed-in person's count of unread notifications, for the header of every page. */
@ControllerAdvice
class UnreadNotifications {

    private final Notifications notifications;

    UnreadNotifications(Notifications notifications) {
        this.notifications = notifications;
    }

    @ModelAttribute("unreadNotifications")
    long unread(@AuthenticationPrincipal SignedInUser user) {
        return user == null ? 0 : notifications.unread(user.id());
    }

}
