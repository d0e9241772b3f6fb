package org.saferinternethub.platform;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.data.domain.Pageable;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The audit log: who did what to what, when (UTC) and with what outcome, for every staff action and every
 * sign-in event. Entries are only ever added: nothing in the application updates or deletes them, and on
 * PostgreSQL a trigger refuses it.
 * <p>
 * Entries are written in their own transaction, so that a refused or failed action is recorded too.
 */
@Service
public class AuditLog {

    /** How an audited action ended. */
    public enum Outcome {
        SUCCESS, FAILURE, DENIED
    }

    private final AuditEvents events;
    private final Clock clock;

    AuditLog(AuditEvents events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    /**
     * Records an action by the signed-in user (or {@code anonymous}).
     *
     * @param action what was done, as {@code area.verb}, e.g. {@code organisation.create}
     * @param target what it was done to, e.g. {@code organisation#12}; may be null
     * @param outcome how it ended
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void record(String action, @Nullable String target, Outcome outcome) {
        record(currentActor(), action, target, outcome, null);
    }

    /**
     * Records an action by a named actor, for events where no one is signed in yet (a sign-in attempt) or the
     * system acts.
     *
     * @param detail a short note for the reader of the log; never a password, token or message text
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void record(String actor, String action, @Nullable String target, Outcome outcome, @Nullable String detail) {
        events.save(new AuditEvent(Instant.now(clock), truncate(actor, 320), truncate(action, 100),
                truncate(target, 500), outcome, truncate(clientAddress(), 64), truncate(detail, 2000)));
    }

    @Transactional(readOnly = true)
    Page<AuditEvent> search(AuditQuery query, Pageable pageable) {
        Instant from = query.from() == null ? Instant.EPOCH : query.from().atStartOfDay().toInstant(ZoneOffset.UTC);
        Instant to = query.to() == null ? Instant.now(clock).plusSeconds(60)
                : query.to().plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC);
        return events.search(like(query.actor()), like(query.action()), like(query.target()), query.outcome(), from, to,
                pageable);
    }

    private static String like(@Nullable String text) {
        return text == null || text.isBlank() ? "%" : "%" + text.strip().toLowerCase() + "%";
    }

    /**
     * A filter on the audit log; empty fields match everything.
     */
    record AuditQuery(@Nullable String actor, @Nullable String action, @Nullable String target,
            @Nullable Outcome outcome, @DateTimeFormat(iso = ISO.DATE) @Nullable LocalDate from,
            @DateTimeFormat(iso = ISO.DATE) @Nullable LocalDate to) {
    }

    private static String currentActor() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || authentication instanceof AnonymousAuthenticationToken
                || !authentication.isAuthenticated()) {
            return "anonymous";
        }
        return authentication.getName();
    }

    private static @Nullable String clientAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return request.getRemoteAddr();
        }
        return null;
    }

    private static @Nullable String truncate(@Nullable String text, int length) {
        if (text == null) {
            return null;
        }
        // Neutralise line breaks so that one entry always reads as one line wherever it is shown or exported.
        String oneLine = text.replaceAll("[\\r\\n\\t]+", " ");
        return oneLine.length() <= length ? oneLine : oneLine.substring(0, length);
    }

}
