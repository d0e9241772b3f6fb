package org.saferinternethub.agenda;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.saferinternethub.shared.Language;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

/**
 * What a visitor narrows the public activities down to; the same parameters on the list, map, calendar, iCal feed
 * and JSON API. Empty fields match everything; dates are days in Europe/Brussels and an activity matches when it
 * overlaps the range.
 *
 * @param q words to find in title, description, organiser or municipality
 * @param from first day
 * @param to last day
 * @param province ISO 3166-2 province code, e.g. {@code BE-WLG}
 * @param region region code of {@code hub.regions}, e.g. {@code BE-DG}
 * @param type kind of activity
 * @param audience whom it is for
 * @param language a language spoken at it
 * @param mode {@code online} or {@code onsite}
 * @param free only free activities
 */
record ActivityFilter(@Nullable String q, @DateTimeFormat(iso = ISO.DATE) @Nullable LocalDate from,
        @DateTimeFormat(iso = ISO.DATE) @Nullable LocalDate to, @Nullable String province, @Nullable String region,
        @Nullable ActivityType type, @Nullable Audience audience, @Nullable Language language, @Nullable String mode,
        @Nullable Boolean free) {

    static final String ONLINE = "online";
    static final String ON_SITE = "onsite";

    static ActivityFilter none() {
        return new ActivityFilter(null, null, null, null, null, null, null, null, null, null);
    }

    /** The same filter, limited to the days of a month (and still to its own date range). */
    ActivityFilter within(YearMonth month) {
        LocalDate first = from != null && from.isAfter(month.atDay(1)) ? from : month.atDay(1);
        LocalDate last = to != null && to.isBefore(month.atEndOfMonth()) ? to : month.atEndOfMonth();
        return new ActivityFilter(q, first, last, province, region, type, audience, language, mode, free);
    }

    public boolean onlyFree() {
        return Boolean.TRUE.equals(free);
    }

    /** The filter as a query string without {@code ?}, for links to the other views and the feeds. */
    public String query() {
        Map<String, @Nullable Object> parameters = new LinkedHashMap<>();
        parameters.put("q", q);
        parameters.put("from", from);
        parameters.put("to", to);
        parameters.put("province", province);
        parameters.put("region", region);
        parameters.put("type", type);
        parameters.put("audience", audience);
        parameters.put("language", language);
        parameters.put("mode", mode);
        parameters.put("free", onlyFree() ? "true" : null);
        return parameters.entrySet().stream()
            .filter(e -> e.getValue() != null && !e.getValue().toString().isBlank())
            .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue().toString(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    }

}
