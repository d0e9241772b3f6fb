package org.saferinternethub.peerhelp;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.saferinternethub.moderation.Label;
import org.saferinternethub.moderation.Moderation;
import org.saferinternethub.moderation.TrustLevel;
import org.saferinternethub.moderation.Verdict;
import org.springframework.stereotype.Component;

/**
 * Checks that a pseudonym gives nothing away (no name, handle, phone number, birth year or insult) and offers
 * friendly generated ones.
 */
@Component
class Pseudonyms {

    private static final Pattern ALLOWED = Pattern.compile("[\\p{L}\\p{N} '-]{3,30}");
    /** Two name parts joined by a dot or an underscore, as in e-mail addresses and handles. */
    private static final Pattern JOINED_PARTS = Pattern.compile("\\p{L}[._]+\\p{L}|[._@]");
    /** Four digits that look like a birth year, or a run of digits that may be part of a phone number. */
    private static final Pattern YEAR_OR_NUMBER = Pattern.compile("(19|20)\\d\\d|\\d{5,}");
    private static final Pattern PLATFORM_WORDS = Pattern.compile(
            "snap|insta|tiktok|tik tok|whatsapp|discord|telegram|facebook|messenger|twitch|kik|wickr|signal|youtube|ig\\b|sc\\b",
            Pattern.CASE_INSENSITIVE);
    /** A surname particle followed by another word: "Lotte van Dam", "Julie De Smet". */
    private static final Pattern SURNAME_PARTICLE = Pattern.compile(
            "\\p{L}+\\s+(van|de|der|den|te|ten|ter|le|la|du|des|von|vom|zu)\\s+\\p{L}+", Pattern.CASE_INSENSITIVE);

    private static final List<String> ADJECTIVES = List.of("Brave", "Calm", "Sunny", "Quiet", "Bright", "Kind",
            "Swift", "Gentle", "Bold", "Cosy", "Lucky", "Clever");
    private static final List<String> ANIMALS = List.of("Otter", "Panda", "Fox", "Owl", "Dolphin", "Koala", "Lynx",
            "Robin", "Turtle", "Badger", "Heron", "Squirrel");

    private final Moderation moderation;
    private final SecureRandom random = new SecureRandom();

    Pseudonyms(Moderation moderation) {
        this.moderation = moderation;
    }

    /** The message key of what is wrong with a pseudonym, if anything. */
    Optional<String> problemWith(String pseudonym) {
        String candidate = pseudonym.strip();
        if (candidate.isEmpty()) {
            return Optional.of("peerhelp.join.error.pseudonym-empty");
        }
        if (JOINED_PARTS.matcher(candidate).find() || YEAR_OR_NUMBER.matcher(candidate).find()
                || PLATFORM_WORDS.matcher(candidate).find() || SURNAME_PARTICLE.matcher(candidate).find()) {
            return Optional.of("peerhelp.join.error.pseudonym-personal");
        }
        if (!ALLOWED.matcher(candidate).matches()) {
            return Optional.of("peerhelp.join.error.pseudonym-form");
        }
        Verdict verdict = moderation.screen(candidate, "auto", TrustLevel.NEW);
        for (Label label : verdict.labels()) {
            if (label.name().startsWith("PII_")) {
                return Optional.of("peerhelp.join.error.pseudonym-personal");
            }
            if (label == Label.HARASSMENT || label == Label.SEXUAL || label == Label.GROOMING) {
                return Optional.of("peerhelp.join.error.pseudonym-unkind");
            }
        }
        return Optional.empty();
    }

    /** A few friendly pseudonyms such as "Calm Otter 27" that pass the checks. */
    List<String> suggestions(int count) {
        List<String> suggestions = new ArrayList<>();
        while (suggestions.size() < count) {
            String suggestion = ADJECTIVES.get(random.nextInt(ADJECTIVES.size())) + " "
                    + ANIMALS.get(random.nextInt(ANIMALS.size())) + " " + (10 + random.nextInt(90));
            if (!suggestions.contains(suggestion)) {
                suggestions.add(suggestion);
            }
        }
        return suggestions;
    }

}
