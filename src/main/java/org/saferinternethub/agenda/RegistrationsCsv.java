package org.saferinternethub.agenda;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Registrations as CSV (RFC 4180: comma-separated, CRLF, every field quoted, quotes doubled). A field that a
 * spreadsheet would take for a formula ({@code =}, {@code +}, {@code -}, {@code @}, tab, CR) gets a leading
 * apostrophe, so that a name typed by anyone cannot run in the editor's spreadsheet.
 */
final class RegistrationsCsv {

    static final List<String> HEADER = List.of("id", "status", "name", "email", "role", "language", "account",
            "registered_at", "confirmed_at", "cancelled_at", "reminder_sent_at");

    private static final DateTimeFormatter TIME = DateTimeFormatter.ISO_OFFSET_DATE_TIME.withZone(Activity.BRUSSELS);

    private RegistrationsCsv() {
    }

    static String write(List<InspirationRegistration> registrations) {
        StringBuilder csv = new StringBuilder();
        line(csv, HEADER);
        for (InspirationRegistration r : registrations) {
            line(csv, List.of(String.valueOf(r.getId()), r.getStatus().name(), r.getName(), r.getEmail(),
                    r.getRole().name(), r.getLanguage().code(), r.getAccountId() == null ? "" : String.valueOf(r.getAccountId()),
                    time(r.getCreatedAt()), time(r.getConfirmedAt()), time(r.getCancelledAt()), time(r.getReminderSentAt())));
        }
        return csv.toString();
    }

    static String field(String value) {
        String safe = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        return '"' + safe.replace("\"", "\"\"") + '"';
    }

    private static void line(StringBuilder csv, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                csv.append(',');
            }
            csv.append(field(fields.get(i)));
        }
        csv.append("\r\n");
    }

    private static String time(@Nullable Instant instant) {
        return instant == null ? "" : TIME.format(instant);
    }

}
