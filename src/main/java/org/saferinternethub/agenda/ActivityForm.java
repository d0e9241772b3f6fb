package org.saferinternethub.agenda;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Map;
import java.util.Set;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.saferinternethub.shared.Language;
import org.saferinternethub.shared.LocalizedText;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.validation.Errors;

/**
 * What an organiser types to propose or edit a local activity. Times are local to Europe/Brussels.
 */
record ActivityForm(
        @NotBlank(message = "{agenda.form.organiser.required}") @Size(max = 200) @Nullable String organiserName,
        @Size(max = 300) @Nullable String titleNl, @Size(max = 300) @Nullable String titleFr,
        @Size(max = 300) @Nullable String titleDe, @Size(max = 300) @Nullable String titleEn,
        @Size(max = 5000) @Nullable String descriptionNl, @Size(max = 5000) @Nullable String descriptionFr,
        @Size(max = 5000) @Nullable String descriptionDe, @Size(max = 5000) @Nullable String descriptionEn,
        @NotNull(message = "{agenda.form.type.required}") @Nullable ActivityType type,
        @Nullable Set<Audience> audiences, @Nullable Set<Language> languages,
        @NotNull(message = "{agenda.form.date.required}") @DateTimeFormat(iso = ISO.DATE) @Nullable LocalDate startDate,
        @NotNull(message = "{agenda.form.time.required}") @DateTimeFormat(iso = ISO.TIME, fallbackPatterns = "HH:mm") @Nullable LocalTime startTime,
        @DateTimeFormat(iso = ISO.DATE) @Nullable LocalDate endDate,
        @NotNull(message = "{agenda.form.time.required}") @DateTimeFormat(iso = ISO.TIME, fallbackPatterns = "HH:mm") @Nullable LocalTime endTime,
        @Nullable String mode,
        @Pattern(regexp = "^$|^https?://[^\\s]{1,490}$", message = "{agenda.form.url.invalid}") @Nullable String onlineUrl,
        @Size(max = 300) @Nullable String address,
        @Pattern(regexp = "^$|^\\d{4}$", message = "{agenda.form.postal-code.invalid}") @Nullable String postalCode,
        @Size(max = 120) @Nullable String municipality,
        @Min(value = 49, message = "{agenda.form.coordinates.outside}") @Max(value = 52, message = "{agenda.form.coordinates.outside}") @Nullable Double latitude,
        @Min(value = 2, message = "{agenda.form.coordinates.outside}") @Max(value = 7, message = "{agenda.form.coordinates.outside}") @Nullable Double longitude,
        @Min(value = 1, message = "{agenda.form.capacity.invalid}") @Max(value = 100000, message = "{agenda.form.capacity.invalid}") @Nullable Integer capacity,
        @Pattern(regexp = "^$|^https?://[^\\s]{1,490}$", message = "{agenda.form.url.invalid}") @Nullable String registrationUrl,
        @Size(max = 300) @Nullable String contact,
        @Size(max = 2000) @Nullable String accessibility,
        @Nullable Boolean free) {

    static ActivityForm empty(String organiserName) {
        return new ActivityForm(organiserName, "", "", "", "", "", "", "", "", null, Set.of(), Set.of(), null, null,
                null, null, ActivityFilter.ON_SITE, "", "", "", "", null, null, null, "", "", "", true);
    }

    static ActivityForm of(Activity activity) {
        LocalizedText title = activity.getTitle();
        LocalizedText description = activity.getDescription();
        return new ActivityForm(activity.getOrganiserName(), text(title, Language.NL), text(title, Language.FR),
                text(title, Language.DE), text(title, Language.EN), text(description, Language.NL),
                text(description, Language.FR), text(description, Language.DE), text(description, Language.EN),
                activity.getType(), activity.getAudiences(), activity.getLanguages(),
                activity.localStart().toLocalDate(), activity.localStart().toLocalTime(),
                activity.localEnd().toLocalDate(), activity.localEnd().toLocalTime(),
                activity.isOnline() ? ActivityFilter.ONLINE : ActivityFilter.ON_SITE, activity.getOnlineUrl(),
                activity.getAddress(), activity.getPostalCode(), activity.getMunicipality(), activity.getLatitude(),
                activity.getLongitude(), activity.getCapacity(), activity.getRegistrationUrl(), activity.getContact(),
                activity.getAccessibility(), activity.isFree());
    }

    boolean online() {
        return ActivityFilter.ONLINE.equals(mode);
    }

    /** The rules that join several fields; field-level rules are the annotations. */
    void check(Errors errors) {
        if (title().isEmpty()) {
            errors.rejectValue("titleEn", "agenda.form.title.required");
        }
        if (description().isEmpty()) {
            errors.rejectValue("descriptionEn", "agenda.form.description.required");
        }
        if (startDate != null && startTime != null && endTime != null
                && !endDateOrStart().atTime(endTime).isAfter(startDate.atTime(startTime))) {
            errors.rejectValue("endTime", "agenda.form.end.before-start");
        }
        if (startDate != null && endDate != null && endDate.isAfter(startDate.plusDays(62))) {
            errors.rejectValue("endDate", "agenda.form.end.too-late");
        }
        if (online()) {
            if (blank(onlineUrl)) {
                errors.rejectValue("onlineUrl", "agenda.form.online-url.required");
            }
        }
        else if (!ActivityFilter.ON_SITE.equals(mode)) {
            errors.rejectValue("mode", "agenda.form.mode.required");
        }
        else {
            if (blank(postalCode)) {
                errors.rejectValue("postalCode", "agenda.form.postal-code.required");
            }
            else if (!errors.hasFieldErrors("postalCode") && BelgianPostalCodes.locate(postalCode).isEmpty()) {
                errors.rejectValue("postalCode", "agenda.form.postal-code.invalid");
            }
            if (blank(municipality)) {
                errors.rejectValue("municipality", "agenda.form.municipality.required");
            }
            if ((latitude == null) != (longitude == null)) {
                errors.rejectValue("longitude", "agenda.form.coordinates.both");
            }
        }
    }

    Activity.Details details(@Nullable Long organisationId) {
        return new Activity.Details(organisationId, organiserName == null ? "" : organiserName.strip(), title(),
                description(), type == null ? ActivityType.OTHER : type,
                audiences == null ? Set.of() : audiences,
                languages == null ? Set.of() : languages,
                startDate.atTime(startTime).atZone(Activity.BRUSSELS).toInstant(),
                endDateOrStart().atTime(endTime).atZone(Activity.BRUSSELS).toInstant(), online(), clean(onlineUrl),
                clean(address), clean(postalCode), clean(municipality), latitude, longitude, capacity,
                clean(registrationUrl), clean(contact), clean(accessibility), Boolean.TRUE.equals(free));
    }

    private LocalDate endDateOrStart() {
        return endDate != null ? endDate : startDate;
    }

    private LocalizedText title() {
        return LocalizedText.of(Map.of()).set(Language.NL, titleNl).set(Language.FR, titleFr).set(Language.DE, titleDe)
            .set(Language.EN, titleEn);
    }

    private LocalizedText description() {
        return LocalizedText.of(Map.of()).set(Language.NL, descriptionNl).set(Language.FR, descriptionFr)
            .set(Language.DE, descriptionDe).set(Language.EN, descriptionEn);
    }

    private static String text(LocalizedText text, Language language) {
        return text.get(language).orElse("");
    }

    private static boolean blank(@Nullable String text) {
        return text == null || text.isBlank();
    }

    private static @Nullable String clean(@Nullable String text) {
        return blank(text) ? null : text.strip();
    }

}
