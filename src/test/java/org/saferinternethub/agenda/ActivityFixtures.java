package org.saferinternethub.agenda;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.saferinternethub.shared.Language;
import org.saferinternethub.shared.LocalizedText;
import org.springframework.stereotype.Component;

/**
 * Editions and activities for tests. The 2027 edition (9 February 2027, open) is shared by every test of the
 * one application context; activities carry a token in their title so that a test finds only its own.
 */
@Component
class ActivityFixtures {

    static final LocalDate DAY_2027 = LocalDate.of(2027, 2, 9);

    private final Editions editions;
    private final Activities activities;
    private final Clock clock;

    ActivityFixtures(Editions editions, Activities activities, Clock clock) {
        this.editions = editions;
        this.activities = activities;
        this.clock = clock;
    }

    Edition openEdition() {
        return editions.findByYear(2027).orElseGet(() -> {
            Edition edition = new Edition(2027, DAY_2027);
            edition.update(2027, DAY_2027, LocalizedText.of(Map.of(Language.EN, "Together for a better internet")),
                    LocalizedText.of(Map.of(Language.EN, "The day of a safer internet.")),
                    LocalizedText.of(Map.of(Language.EN, "Online inclusion\nInternet and parenthood")), true);
            return editions.save(edition);
        });
    }

    /** A builder of an activity in the 2027 edition, on site in Kortrijk by default. */
    Builder activity(String title) {
        return new Builder(title);
    }

    final class Builder {

        private final String title;
        private ActivityType type = ActivityType.WORKSHOP;
        private Set<Audience> audiences = EnumSet.of(Audience.PARENTS);
        private Set<Language> languages = EnumSet.of(Language.NL);
        private LocalDateTime start = DAY_2027.atTime(14, 0);
        private LocalDateTime end = DAY_2027.atTime(16, 0);
        private boolean online;
        private String postalCode = "8500";
        private String municipality = "Kortrijk";
        private Double latitude = 50.8281;
        private Double longitude = 3.2649;
        private boolean free = true;
        private long submittedBy = 1;

        private Builder(String title) {
            this.title = title;
        }

        Builder type(ActivityType type) {
            this.type = type;
            return this;
        }

        Builder audiences(Audience... audiences) {
            this.audiences = EnumSet.copyOf(Set.of(audiences));
            return this;
        }

        Builder languages(Language... languages) {
            this.languages = EnumSet.copyOf(Set.of(languages));
            return this;
        }

        Builder at(LocalDateTime start, LocalDateTime end) {
            this.start = start;
            this.end = end;
            return this;
        }

        Builder in(String postalCode, String municipality) {
            this.postalCode = postalCode;
            this.municipality = municipality;
            this.latitude = null;
            this.longitude = null;
            return this;
        }

        Builder pinnedAt(double latitude, double longitude) {
            this.latitude = latitude;
            this.longitude = longitude;
            return this;
        }

        Builder online() {
            this.online = true;
            return this;
        }

        Builder paid() {
            this.free = false;
            return this;
        }

        Builder by(long accountId) {
            this.submittedBy = accountId;
            return this;
        }

        Activity submitted() {
            return save(null);
        }

        Activity published() {
            return save(ActivityStatus.PUBLISHED);
        }

        Activity rejected() {
            return save(ActivityStatus.REJECTED);
        }

        Activity withChangesRequested() {
            return save(ActivityStatus.CHANGES_REQUESTED);
        }

        Activity cancelled() {
            return save(ActivityStatus.CANCELLED);
        }

        private Activity save(ActivityStatus status) {
            Edition edition = openEdition();
            Activity activity = new Activity(edition.getId(), submittedBy, clock.instant());
            activity.describe(new Activity.Details(null, "Bibliotheek Test", LocalizedText.of(Map.of(Language.EN, title)),
                    LocalizedText.of(Map.of(Language.EN, "About " + title)), type, audiences, languages,
                    start.atZone(Activity.BRUSSELS).toInstant(), end.atZone(Activity.BRUSSELS).toInstant(), online,
                    online ? "https://meet.example.org/" + title.hashCode() : null, online ? null : "Markt 1",
                    online ? null : postalCode, online ? null : municipality, latitude, longitude, 30, null,
                    "info@example.org", null, free), clock.instant());
            if (status == ActivityStatus.PUBLISHED || status == ActivityStatus.CANCELLED) {
                activity.publish(null, clock.instant());
            }
            if (status == ActivityStatus.CANCELLED) {
                activity.cancel(clock.instant());
            }
            if (status == ActivityStatus.REJECTED) {
                activity.reject("Not about internet safety", clock.instant());
            }
            if (status == ActivityStatus.CHANGES_REQUESTED) {
                activity.requestChanges("Add a time", clock.instant());
            }
            return activities.save(activity);
        }

    }

}
