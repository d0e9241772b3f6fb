package org.saferinternethub.account;

import java.time.Clock;

import org.saferinternethub.shared.Language;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The signed-in person's notifications. */
@Controller
class NotificationController {

    private static final int PAGE_SIZE = 30;

    private final NotificationStore store;
    private final Clock clock;

    NotificationController(NotificationStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @GetMapping("/account/notifications")
    String list(@AuthenticationPrincipal SignedInUser user, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("notifications",
                store.findByAccountIdOrderByCreatedAtDescIdDesc(user.id(), PageRequest.of(Math.max(0, page), PAGE_SIZE)));
        return "account/notifications";
    }

    @PostMapping("/account/notifications/read")
    @Transactional
    String markAllRead(@AuthenticationPrincipal SignedInUser user, Language language) {
        store.markAllRead(user.id(), clock.instant());
        return "redirect:/" + language.code() + "/account/notifications";
    }

}
