package org.saferinternethub.platform;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.http.HttpStatus;

/**
 * The admin area's own pages: its index, the audit log and the mail outbox. Admins only (see
 * {@link SecurityConfiguration}).
 */
@Controller
@RequestMapping("/admin")
class AdminController {

    private static final int PAGE_SIZE = 50;

    private final AuditLog auditLog;
    private final Outbox outbox;

    AdminController(AuditLog auditLog, Outbox outbox) {
        this.auditLog = auditLog;
        this.outbox = outbox;
    }

    @GetMapping({ "", "/" })
    String index() {
        return "platform/admin/index";
    }

    @GetMapping("/audit")
    String audit(@ModelAttribute("query") AuditLog.AuditQuery query, @RequestParam(defaultValue = "0") int page,
            @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        model.addAttribute("events", auditLog.search(query, PageRequest.of(Math.max(page, 0), PAGE_SIZE)));
        model.addAttribute("outcomes", AuditLog.Outcome.values());
        return htmx != null ? "platform/admin/_audit-results :: results" : "platform/admin/audit";
    }

    @GetMapping("/outbox")
    String outbox(Model model) {
        model.addAttribute("messages", outbox.messages());
        return "platform/admin/outbox";
    }

    @GetMapping("/outbox/{id}")
    String message(@PathVariable String id, Model model) {
        model.addAttribute("message",
                outbox.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
        return "platform/admin/outbox-message";
    }

}
