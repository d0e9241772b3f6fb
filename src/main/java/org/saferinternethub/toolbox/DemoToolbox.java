package org.saferinternethub.toolbox;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.saferinternethub.account.AccountDirectory;
import org.saferinternethub.account.AccountDirectory.OrganisationSummary;
import org.saferinternethub.shared.Language;
import org.saferinternethub.shared.LocalizedText;
import org.saferinternethub.toolbox.search.Resource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo content (profile {@code demo}): the resources in {@code toolbox/demo-resources.txt}, written for this
 * project in the four languages, offered by the five demo organisations and four more partners that the centre
 * lists on their behalf (their name is the resource's provider; the organisation is the centre). Seeds only an
 * empty catalogue; the last two resources wait in the review queue.
 */
@Component
@Profile("demo")
@Order(20)
class DemoToolbox implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoToolbox.class);
    private static final List<String> ORGANISATIONS = List.of("Safer Internet Centre Belgium", "Bibliotheek Kortrijk",
            "Média Animation", "Jugendbüro Eupen", "Brussels Digital Schools Network");
    private static final List<String> LISTED_PARTNERS = List.of("Ouderplatform Digitaal vzw", "Parents & Écrans asbl",
            "Jeugdhuis De Schakel", "Medienwerkstatt Kelmis");
    private static final Map<Language, String> CLOSING = Map.of(
            Language.NL, "Vrij te gebruiken in de klas, de bib, het jeugdhuis of thuis. Vragen? Neem contact op met **%s**.",
            Language.FR, "Libre d'utilisation en classe, en bibliothèque, en maison de jeunes ou à la maison. Des questions ? Contactez **%s**.",
            Language.DE, "Frei nutzbar in der Schule, der Bibliothek, im Jugendtreff oder zu Hause. Fragen? Wenden Sie sich an **%s**.",
            Language.EN, "Free to use in class, at the library, in a youth centre or at home. Questions? Contact **%s**.");

    private final Resources resources;
    private final AccountDirectory directory;
    private final Clock clock;

    DemoToolbox(Resources resources, AccountDirectory directory, Clock clock) {
        this.resources = resources;
        this.directory = directory;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) throws IOException {
        if (resources.count() > 0) {
            return;
        }
        Map<String, OrganisationSummary> byName = directory.organisations().stream()
            .collect(Collectors.toMap(OrganisationSummary::name, organisation -> organisation, (a, b) -> a));
        Optional<OrganisationSummary> centre = Optional.ofNullable(byName.get(ORGANISATIONS.get(0)))
            .or(() -> byName.values().stream().findFirst());
        if (centre.isEmpty()) {
            return;
        }
        List<Block> blocks = read();
        Instant now = clock.instant();
        for (int i = 0; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            OrganisationSummary organisation = block.provider < ORGANISATIONS.size()
                    ? byName.getOrDefault(ORGANISATIONS.get(block.provider), centre.get()) : centre.get();
            String provider = block.provider < ORGANISATIONS.size() ? organisation.name()
                    : LISTED_PARTNERS.get(block.provider - ORGANISATIONS.size());
            Resource resource = new Resource(organisation.id(), provider, now);
            resource.setExternalId("demo-" + (i + 1));
            Map<Language, String> bodies = new EnumMap<>(Language.class);
            block.summaries.forEach((language, summary) -> bodies.put(language,
                    summary + "\n\n" + String.format(CLOSING.get(language), provider)));
            resource.describe(new Resource.Content(LocalizedText.of(block.titles), LocalizedText.of(block.summaries),
                    LocalizedText.of(bodies), block.kind, block.themes, block.audiences,
                    EnumSet.copyOf(block.titles.keySet()), block.formats, List.of(), block.ageMin, block.ageMax,
                    block.cost, block.cost == Cost.PAID ? priceText(block.titles.keySet().iterator().next()) : null,
                    block.region));
            boolean waitsForReview = i >= blocks.size() - 2;
            resource.moveTo(waitsForReview ? Status.SUBMITTED : Status.PUBLISHED, null, now);
            if (!waitsForReview) {
                resource.setPublishedAt(now.minus(Duration.ofHours(37L * i)));
            }
            resources.save(resource);
        }
        log.info("Demo toolbox: {} resources", blocks.size());
    }

    private static String priceText(Language language) {
        return switch (language) {
            case NL -> "€ 75 per groep";
            case FR -> "75 € par groupe";
            case DE -> "75 € pro Gruppe";
            case EN -> "€75 per group";
        };
    }

    private static List<Block> read() throws IOException {
        String text;
        try (InputStream in = new ClassPathResource("toolbox/demo-resources.txt").getInputStream()) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<Block> blocks = new ArrayList<>();
        Block current = null;
        for (String line : text.lines().toList()) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split("\\|");
            if (parts[0].equals("R")) {
                current = new Block(parts);
                blocks.add(current);
            }
            else if (current != null) {
                Language language = Language.fromCode(parts[0]).orElseThrow();
                current.titles.put(language, parts[1]);
                current.summaries.put(language, parts[2]);
            }
        }
        return blocks;
    }

    private static final class Block {

        final int provider;
        final Kind kind;
        final Set<String> themes;
        final Set<Audience> audiences;
        final Integer ageMin;
        final Integer ageMax;
        final Set<Format> formats;
        final Cost cost;
        final String region;
        final Map<Language, String> titles = new EnumMap<>(Language.class);
        final Map<Language, String> summaries = new EnumMap<>(Language.class);

        Block(String[] parts) {
            provider = Integer.parseInt(parts[1]);
            kind = Kind.valueOf(parts[2]);
            themes = Set.of(parts[3].split(","));
            audiences = Arrays.stream(parts[4].split(",")).map(Audience::valueOf).collect(Collectors.toSet());
            String[] ages = parts[5].split("-");
            ageMin = Integer.parseInt(ages[0]);
            ageMax = Integer.parseInt(ages[1]);
            formats = Arrays.stream(parts[6].split(",")).map(Format::valueOf).collect(Collectors.toSet());
            cost = Cost.valueOf(parts[7]);
            region = parts[8];
        }

    }

}
