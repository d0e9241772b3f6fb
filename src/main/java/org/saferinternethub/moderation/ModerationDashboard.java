package org.saferinternethub.moderation;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * How the queue is doing over the last 30 days: items per label per day, median time to a decision,
 * escalations, and the share of held texts that moderators approved as written (the engine's false positives).
 */
@Controller
class ModerationDashboard {

    static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");
    private static final int DAYS = 30;

    private final ReviewItems items;
    private final Clock clock;

    ModerationDashboard(ReviewItems items, Clock clock) {
        this.items = items;
        this.clock = clock;
    }

    /**
     * The figures shown.
     *
     * @param days each day with its count per label, oldest first
     * @param open items waiting now
     * @param decided items decided in the period
     * @param escalations escalated items in the period
     * @param medianMinutesToDecision median minutes from creation to decision, or null without decisions
     * @param falsePositiveRate approved-as-written share of decided held texts, or null without any
     */
    record Figures(List<Day> days, long open, long decided, long escalations, @Nullable Long medianMinutesToDecision,
            @Nullable Double falsePositiveRate) {
    }

    record Day(LocalDate date, Map<Label, Long> perLabel) {

        public long total() {
            return perLabel.values().stream().mapToLong(Long::longValue).sum();
        }

    }

    @GetMapping("/moderation/dashboard")
    @Transactional(readOnly = true)
    String dashboard(Model model) {
        Figures figures = figures();
        model.addAttribute("figures", figures);
        model.addAttribute("labels", Label.values());
        model.addAttribute("chartData", chartJson(figures));
        return "moderation/dashboard";
    }

    Figures figures() {
        LocalDate today = LocalDate.now(clock.withZone(BRUSSELS));
        LocalDate first = today.minusDays(DAYS - 1L);
        List<ReviewItem> recent = items.findByCreatedAtGreaterThanEqual(first.atStartOfDay(BRUSSELS).toInstant());
        Map<LocalDate, Map<Label, Long>> perDay = new TreeMap<>();
        for (LocalDate day = first; !day.isAfter(today); day = day.plusDays(1)) {
            perDay.put(day, new EnumMap<>(Label.class));
        }
        for (ReviewItem item : recent) {
            LocalDate day = item.getCreatedAt().atZone(BRUSSELS).toLocalDate();
            for (Label label : item.getLabelList()) {
                perDay.computeIfAbsent(day, d -> new EnumMap<>(Label.class)).merge(label, 1L, Long::sum);
            }
        }
        List<ReviewItem> decided = recent.stream().filter(item -> item.getDecidedAt() != null).toList();
        List<Long> minutes = decided.stream()
            .map(item -> Duration.between(item.getCreatedAt(), item.getDecidedAt()).toMinutes())
            .sorted()
            .toList();
        List<ReviewItem> decidedHolds = decided.stream()
            .filter(item -> item.getKind() == ReviewItem.Kind.SCREENING && item.getEngineDecision() == Decision.HOLD)
            .toList();
        long approvedAsWritten = decidedHolds.stream().filter(item -> item.getStatus() == ReviewItem.Status.APPROVED).count();
        List<Day> days = new ArrayList<>();
        perDay.forEach((date, counts) -> days.add(new Day(date, counts)));
        return new Figures(days, items.countByStatus(ReviewItem.Status.OPEN), decided.size(),
                recent.stream().filter(ReviewItem::isUrgent).count(),
                minutes.isEmpty() ? null : minutes.get(minutes.size() / 2),
                decidedHolds.isEmpty() ? null : (double) approvedAsWritten / decidedHolds.size());
    }

    /** The series for the chart script: dates, and per label its daily counts. Only names and numbers. */
    static String chartJson(Figures figures) {
        String dates = figures.days().stream().map(day -> "\"" + day.date() + "\"").collect(Collectors.joining(","));
        String series = java.util.Arrays.stream(Label.values())
            .map(label -> "{\"label\":\"" + label + "\",\"counts\":["
                    + figures.days().stream().map(day -> String.valueOf(day.perLabel().getOrDefault(label, 0L)))
                        .collect(Collectors.joining(","))
                    + "]}")
            .collect(Collectors.joining(","));
        return "{\"dates\":[" + dates + "],\"series\":[" + series + "]}";
    }

}
