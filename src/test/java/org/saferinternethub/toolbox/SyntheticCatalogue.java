package org.saferinternethub.toolbox;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.saferinternethub.shared.Language;

/**
 * A deterministic synthetic toolbox catalogue for the search benchmark: N resources in one to four languages with
 * skewed (Zipf-like) themes, audiences, kinds, organisations and regions, and text built from per-language
 * vocabularies of the domain, so that words such as “cyberpesten”, “harcèlement” or “Cybermobbing” hit the share
 * of resources a real catalogue would give. Written straight into the application's tables with COPY; the
 * benchmark then indexes them with the mass indexer.
 */
final class SyntheticCatalogue {

    /** Bump when the generated data changes, so that a kept database and index are rebuilt. */
    static final int VERSION = 1;

    static final int ORGANISATIONS = 40;

    private static final String[] THEMES = { "cyberbullying", "privacy", "screen-time", "misinformation", "parenthood",
            "sexting", "gaming", "reputation", "grooming", "online-inclusion", "relationships", "hate-speech" };
    private static final Audience[] AUDIENCES = { Audience.TEACHERS, Audience.PARENTS, Audience.TEENAGERS,
            Audience.EDUCATORS, Audience.CHILDREN, Audience.LIBRARIANS, Audience.POLICY_MAKERS };
    private static final Kind[] KINDS = { Kind.GUIDE, Kind.LESSON_PLAN, Kind.WEBSITE, Kind.VIDEO, Kind.WORKSHOP,
            Kind.GAME, Kind.TRAINING, Kind.CAMPAIGN, Kind.RESEARCH };
    private static final int[][] AGE_RANGES = { { 12, 14 }, { 12, 18 }, { 15, 18 }, { 9, 14 }, { 6, 11 }, { 9, 11 },
            { 6, 8 }, { 10, 16 }, { 3, 5 }, { 19, 120 } };

    private final Random random;
    private final Vocabulary[] vocabularies = new Vocabulary[Language.values().length];
    private final Language[] organisationLanguage = new Language[ORGANISATIONS];
    private final Instant now;

    SyntheticCatalogue(long seed, Instant now) {
        this.random = new Random(seed);
        this.now = now;
        for (Language language : Language.values()) {
            vocabularies[language.ordinal()] = Vocabulary.of(language);
        }
        for (int i = 0; i < ORGANISATIONS; i++) {
            organisationLanguage[i] = pick(new Language[] { Language.NL, Language.FR, Language.DE, Language.EN },
                    new double[] { 0.5, 0.35, 0.05, 0.1 });
        }
    }

    /** Writes the organisations and N resources (ids 1..N) into the application's tables in the connection's schema. */
    void write(Connection connection, int count) throws SQLException, IOException {
        CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
        StringBuilder organisations = new StringBuilder();
        for (int i = 0; i < ORGANISATIONS; i++) {
            row(organisations, Integer.toString(i + 1), organisationName(i), "PARTNER", region(organisationLanguage[i]),
                    now.toString(), "0");
        }
        copy.copyIn("copy organisation (id, name, type, region, created_at, version) from stdin",
                new StringReader(organisations.toString()));
        int chunk = 5_000;
        for (int from = 1; from <= count; from += chunk) {
            Chunk rows = new Chunk();
            for (int id = from; id < Math.min(count + 1, from + chunk); id++) {
                generate(id, rows);
            }
            copy.copyIn("copy toolbox_resource (id, title_nl, title_fr, title_de, title_en, summary_nl, summary_fr, "
                    + "summary_de, summary_en, body_nl, body_fr, body_de, body_en, kind, age_min, age_max, organisation_id, "
                    + "provider_name, cost, price_text, region, status, created_at, updated_at, published_at, version, external_id) "
                    + "from stdin", new StringReader(rows.resources.toString()));
            copy.copyIn("copy toolbox_resource_theme (resource_id, theme) from stdin", new StringReader(rows.themes.toString()));
            copy.copyIn("copy toolbox_resource_audience (resource_id, audience) from stdin",
                    new StringReader(rows.audiences.toString()));
            copy.copyIn("copy toolbox_resource_language (resource_id, language) from stdin",
                    new StringReader(rows.languages.toString()));
            copy.copyIn("copy toolbox_resource_format (resource_id, format) from stdin", new StringReader(rows.formats.toString()));
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("select setval(pg_get_serial_sequence('organisation', 'id'), " + (ORGANISATIONS + 1) + ")");
            statement.execute("select setval(pg_get_serial_sequence('toolbox_resource', 'id'), " + (count + 1) + ")");
            statement.execute("analyze");
        }
    }

    private void generate(int id, Chunk rows) {
        int organisation = zipf(ORGANISATIONS, 1.1);
        Language primary = random.nextDouble() < 0.7 ? organisationLanguage[organisation]
                : pick(Language.values(), new double[] { 0.45, 0.35, 0.05, 0.15 });
        Set<Language> languages = new LinkedHashSet<>();
        languages.add(primary);
        double more = random.nextDouble();
        if (more < 0.08) {
            languages.addAll(List.of(Language.values()));
        }
        else if (more < 0.33) {
            languages.add(Language.values()[random.nextInt(4)]);
        }
        List<String> themes = distinct(THEMES, 1 + countOf(new double[] { 0.5, 0.35, 0.15 }), 1.0);
        List<Audience> audiences = distinct(AUDIENCES, 1 + countOf(new double[] { 0.55, 0.3, 0.15 }), 1.0);
        Kind kind = KINDS[zipf(KINDS.length, 1.0)];
        int[] age = ages(audiences);
        Set<Format> formats = formats();
        boolean paid = random.nextDouble() < 0.18;
        Status status = pick(new Status[] { Status.PUBLISHED, Status.DRAFT, Status.SUBMITTED, Status.CHANGES_REQUESTED },
                new double[] { 0.94, 0.03, 0.02, 0.01 });
        Instant created = now.minus(random.nextInt(8 * 365), ChronoUnit.DAYS).minusSeconds(random.nextInt(86_400));

        Map<Language, String[]> texts = new EnumMap<>(Language.class);
        for (Language language : languages) {
            Vocabulary words = vocabularies[language.ordinal()];
            texts.put(language, new String[] { words.title(random, kind, themes), words.sentences(random, themes, 2, 3),
                    words.sentences(random, themes, 5, 12) });
        }
        List<String> fields = new ArrayList<>();
        fields.add(Integer.toString(id));
        for (int part = 0; part < 3; part++) {
            for (Language language : Language.values()) {
                String[] text = texts.get(language);
                fields.add(text == null ? null : text[part]);
            }
        }
        fields.add(kind.name());
        fields.add(age == null ? null : Integer.toString(age[0]));
        fields.add(age == null ? null : Integer.toString(age[1]));
        fields.add(Integer.toString(organisation + 1));
        fields.add(organisationName(organisation));
        fields.add(paid ? "PAID" : "FREE");
        fields.add(paid ? "€ " + (5 + random.nextInt(40) * 5) : null);
        fields.add(region(primary));
        fields.add(status.name());
        fields.add(created.toString());
        fields.add(created.toString());
        fields.add(status == Status.PUBLISHED ? created.plus(random.nextInt(30), ChronoUnit.DAYS).toString() : null);
        fields.add("0");
        fields.add("synthetic-" + id);
        row(rows.resources, fields.toArray(String[]::new));
        themes.forEach(theme -> row(rows.themes, Integer.toString(id), theme));
        audiences.forEach(audience -> row(rows.audiences, Integer.toString(id), audience.name()));
        languages.forEach(language -> row(rows.languages, Integer.toString(id), language.name()));
        formats.forEach(format -> row(rows.formats, Integer.toString(id), format.name()));
    }

    private int[] ages(List<Audience> audiences) {
        if (audiences.contains(Audience.CHILDREN)) {
            return random.nextBoolean() ? new int[] { 6, 11 } : new int[] { 8 + random.nextInt(2), 12 };
        }
        if (audiences.contains(Audience.TEENAGERS)) {
            return AGE_RANGES[random.nextInt(3)];
        }
        if (random.nextDouble() < 0.12) {
            return null;
        }
        return AGE_RANGES[zipf(AGE_RANGES.length, 0.8)];
    }

    private Set<Format> formats() {
        Set<Format> formats = new LinkedHashSet<>();
        double[] shares = { 0.55, 0.25, 0.15, 0.4 };
        for (Format format : Format.values()) {
            if (random.nextDouble() < shares[format.ordinal()]) {
                formats.add(format);
            }
        }
        if (formats.isEmpty()) {
            formats.add(Format.ONLINE);
        }
        return formats;
    }

    private String region(Language language) {
        return switch (language) {
            case NL -> pick(new String[] { "BE-VLG", "BE", "BE-BRU" }, new double[] { 0.55, 0.35, 0.1 });
            case FR -> pick(new String[] { "BE-WAL", "BE", "BE-BRU" }, new double[] { 0.5, 0.35, 0.15 });
            case DE -> pick(new String[] { "BE-DG", "BE" }, new double[] { 0.7, 0.3 });
            case EN -> pick(new String[] { "BE", "BE-BRU" }, new double[] { 0.7, 0.3 });
        };
    }

    static String organisationName(int index) {
        String[] kinds = { "Mediawijs", "Jeunesse & Médias", "Kinderrechtenhuis", "Child Online", "École numérique",
                "Bibliotheek", "Jugendbüro", "Digital Families", "Cyberhelp", "Ligue des familles" };
        String[] places = { "Vlaanderen", "Wallonie", "Brussel", "Eupen", "Gent", "Liège", "Antwerpen", "Namur" };
        return kinds[index % kinds.length] + " " + places[index / kinds.length % places.length] + " " + (index + 1);
    }

    private int countOf(double[] shares) {
        return pickIndex(shares);
    }

    private <T> List<T> distinct(T[] values, int count, double skew) {
        Set<T> chosen = new LinkedHashSet<>();
        while (chosen.size() < count) {
            chosen.add(values[zipf(values.length, skew)]);
        }
        return new ArrayList<>(chosen);
    }

    /** An index 0..n-1 with probability proportional to 1/(i+1)^s. */
    private int zipf(int n, double s) {
        double total = 0;
        for (int i = 1; i <= n; i++) {
            total += 1 / Math.pow(i, s);
        }
        double target = random.nextDouble() * total;
        for (int i = 1; i <= n; i++) {
            target -= 1 / Math.pow(i, s);
            if (target <= 0) {
                return i - 1;
            }
        }
        return n - 1;
    }

    private <T> T pick(T[] values, double[] shares) {
        return values[pickIndex(shares)];
    }

    private int pickIndex(double[] shares) {
        double target = random.nextDouble();
        for (int i = 0; i < shares.length; i++) {
            target -= shares[i];
            if (target <= 0) {
                return i;
            }
        }
        return shares.length - 1;
    }

    /** Appends one row in COPY's text format. */
    private static void row(StringBuilder out, String... fields) {
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                out.append('\t');
            }
            String field = fields[i];
            if (field == null) {
                out.append("\\N");
            }
            else {
                out.append(field.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r"));
            }
        }
        out.append('\n');
    }

    private static final class Chunk {
        final StringBuilder resources = new StringBuilder(4_000_000);
        final StringBuilder themes = new StringBuilder();
        final StringBuilder audiences = new StringBuilder();
        final StringBuilder languages = new StringBuilder();
        final StringBuilder formats = new StringBuilder();
    }

    /**
     * Words of one language: per theme the words people search for, and the ordinary words around them. Sentences
     * mix a theme word with common words, which makes theme words selective and common words broad.
     */
    record Vocabulary(Map<String, String[]> themeWords, String[] kinds, String[] subjects, String[] verbs,
            String[] common, String[] endings, String[] titleEndings) {

        String title(Random random, Kind kind, List<String> themes) {
            String[] words = themeWords.get(themes.get(0));
            String word = words[random.nextInt(Math.min(2, words.length))];
            return kinds[kind.ordinal()] + " " + word + " " + titleEndings[random.nextInt(titleEndings.length)];
        }

        String sentences(Random random, List<String> themes, int min, int max) {
            StringBuilder text = new StringBuilder();
            int count = min + random.nextInt(max - min + 1);
            for (int i = 0; i < count; i++) {
                String[] words = themeWords.get(themes.get(random.nextInt(themes.size())));
                if (i > 0) {
                    text.append(' ');
                }
                text.append(subjects[random.nextInt(subjects.length)]).append(' ')
                    .append(verbs[random.nextInt(verbs.length)]).append(' ')
                    .append(words[Math.min(words.length - 1, (int) Math.floor(Math.pow(random.nextDouble(), 2) * words.length))])
                    .append(' ').append(common[(int) Math.floor(Math.pow(random.nextDouble(), 2.5) * common.length)])
                    .append(' ').append(common[random.nextInt(common.length)])
                    .append(' ').append(endings[random.nextInt(endings.length)]).append('.');
            }
            return text.toString();
        }

        static Vocabulary of(Language language) {
            return switch (language) {
                case NL -> new Vocabulary(Map.ofEntries(
                        Map.entry("cyberbullying", new String[] { "cyberpesten", "online pesten", "pestgedrag", "pesters" }),
                        Map.entry("privacy", new String[] { "privacy", "persoonsgegevens", "wachtwoorden", "privacy-instellingen" }),
                        Map.entry("screen-time", new String[] { "schermtijd", "welzijn", "slaap", "smartphonegebruik" }),
                        Map.entry("misinformation", new String[] { "desinformatie", "nepnieuws", "factchecken", "betrouwbare bronnen" }),
                        Map.entry("parenthood", new String[] { "ouderschap", "opvoeding", "het gezin", "afspraken thuis" }),
                        Map.entry("sexting", new String[] { "sexting", "naaktfoto's", "toestemming", "intieme beelden" }),
                        Map.entry("gaming", new String[] { "gamen", "games", "loot boxes", "gameverslaving" }),
                        Map.entry("reputation", new String[] { "online reputatie", "digitale voetafdruk", "profielen", "selfies" }),
                        Map.entry("grooming", new String[] { "grooming", "sextortion", "afpersing", "onbekenden online" }),
                        Map.entry("online-inclusion", new String[] { "digitale inclusie", "digitale kloof", "mediawijsheid", "toegankelijkheid" }),
                        Map.entry("relationships", new String[] { "relaties", "seksualiteit", "vriendschap", "verliefdheid" }),
                        Map.entry("hate-speech", new String[] { "haatspraak", "discriminatie", "racisme", "respect online" })),
                        new String[] { "Lespakket", "Spel", "Video", "Gids", "Workshop", "Vorming", "Campagne", "Website",
                                "Onderzoek" },
                        new String[] { "Deze les", "Het spel", "De gids", "De workshop", "Deze video", "Het lespakket",
                                "De brochure", "Deze vorming", "Het onderzoek" },
                        new String[] { "helpt leerlingen met", "leert jongeren omgaan met", "toont ouders", "geeft leerkrachten tips over",
                                "bespreekt", "legt uit wat", "onderzoekt", "laat kinderen nadenken over", "maakt bespreekbaar" },
                        new String[] { "online", "op sociale media", "op internet", "op school", "in de klas", "thuis",
                                "met de smartphone", "bij jongeren", "in het jeugdwerk", "in de bibliotheek", "met apps",
                                "in chatgroepen", "op TikTok", "op Instagram", "via WhatsApp", "met ouders" },
                        new String[] { "met concrete voorbeelden", "stap voor stap", "in kleine groepjes", "op een speelse manier",
                                "met opdrachten en rollenspellen", "in twee lesuren", "met een handleiding voor de begeleider",
                                "zonder voorkennis" },
                        new String[] { "voor de klas", "voor ouders", "voor de eerste graad", "voor het secundair",
                                "voor jeugdwerkers", "in de praktijk", "van A tot Z" });
                case FR -> new Vocabulary(Map.ofEntries(
                        Map.entry("cyberbullying", new String[] { "harcèlement", "cyberharcèlement", "harcèlement scolaire", "moqueries" }),
                        Map.entry("privacy", new String[] { "vie privée", "données personnelles", "mots de passe", "paramètres de confidentialité" }),
                        Map.entry("screen-time", new String[] { "temps d'écran", "bien-être", "sommeil", "usage du smartphone" }),
                        Map.entry("misinformation", new String[] { "désinformation", "fausses informations", "vérification des faits", "sources fiables" }),
                        Map.entry("parenthood", new String[] { "parentalité", "éducation", "la famille", "règles à la maison" }),
                        Map.entry("sexting", new String[] { "sexting", "photos intimes", "consentement", "images dénudées" }),
                        Map.entry("gaming", new String[] { "jeux vidéo", "jeux en ligne", "loot boxes", "dépendance aux jeux" }),
                        Map.entry("reputation", new String[] { "réputation en ligne", "identité numérique", "profils", "selfies" }),
                        Map.entry("grooming", new String[] { "grooming", "sextorsion", "chantage", "inconnus en ligne" }),
                        Map.entry("online-inclusion", new String[] { "inclusion numérique", "fracture numérique", "éducation aux médias", "accessibilité" }),
                        Map.entry("relationships", new String[] { "relations", "vie affective", "amitié", "sexualité" }),
                        Map.entry("hate-speech", new String[] { "discours de haine", "discrimination", "racisme", "respect en ligne" })),
                        new String[] { "Séquence", "Jeu", "Vidéo", "Guide", "Atelier", "Formation", "Campagne", "Site",
                                "Étude" },
                        new String[] { "Cette séquence", "Le jeu", "Le guide", "L'atelier", "Cette vidéo", "Le dossier pédagogique",
                                "La brochure", "Cette formation", "L'étude" },
                        new String[] { "aide les élèves face au", "apprend aux jeunes à gérer", "montre aux parents",
                                "donne aux enseignants des conseils sur", "aborde", "explique", "analyse",
                                "fait réfléchir les enfants sur", "ouvre le dialogue sur" },
                        new String[] { "en ligne", "sur les réseaux sociaux", "sur internet", "à l'école", "en classe",
                                "à la maison", "avec le smartphone", "chez les jeunes", "en maison de jeunes",
                                "à la bibliothèque", "avec les applications", "dans les groupes de discussion", "sur TikTok",
                                "sur Instagram", "via WhatsApp", "avec les parents" },
                        new String[] { "avec des exemples concrets", "pas à pas", "en petits groupes", "de façon ludique",
                                "avec des exercices et des jeux de rôle", "en deux périodes", "avec un guide pour l'animateur",
                                "sans prérequis" },
                        new String[] { "pour la classe", "pour les parents", "pour le primaire", "pour le secondaire",
                                "pour les animateurs", "en pratique", "de A à Z" });
                case DE -> new Vocabulary(Map.ofEntries(
                        Map.entry("cyberbullying", new String[] { "Cybermobbing", "Mobbing", "Ausgrenzung", "Beleidigungen" }),
                        Map.entry("privacy", new String[] { "Datenschutz", "Privatsphäre", "Passwörter", "persönliche Daten" }),
                        Map.entry("screen-time", new String[] { "Bildschirmzeit", "Wohlbefinden", "Schlaf", "Handynutzung" }),
                        Map.entry("misinformation", new String[] { "Desinformation", "Falschmeldungen", "Faktencheck", "verlässliche Quellen" }),
                        Map.entry("parenthood", new String[] { "Elternschaft", "Erziehung", "die Familie", "Regeln zu Hause" }),
                        Map.entry("sexting", new String[] { "Sexting", "Nacktbilder", "Einverständnis", "intime Fotos" }),
                        Map.entry("gaming", new String[] { "Computerspiele", "Gaming", "Lootboxen", "Spielsucht" }),
                        Map.entry("reputation", new String[] { "Online-Reputation", "digitaler Fußabdruck", "Profile", "Selfies" }),
                        Map.entry("grooming", new String[] { "Cybergrooming", "Sextortion", "Erpressung", "Fremde im Netz" }),
                        Map.entry("online-inclusion", new String[] { "digitale Teilhabe", "digitale Kluft", "Medienkompetenz", "Barrierefreiheit" }),
                        Map.entry("relationships", new String[] { "Beziehungen", "Sexualität", "Freundschaft", "Verliebtsein" }),
                        Map.entry("hate-speech", new String[] { "Hassrede", "Diskriminierung", "Rassismus", "Respekt im Netz" })),
                        new String[] { "Unterrichtsmaterial", "Spiel", "Video", "Ratgeber", "Workshop", "Fortbildung", "Kampagne",
                                "Webseite", "Studie" },
                        new String[] { "Diese Einheit", "Das Spiel", "Der Ratgeber", "Der Workshop", "Dieses Video",
                                "Das Unterrichtsmaterial", "Die Broschüre", "Diese Fortbildung", "Die Studie" },
                        new String[] { "hilft Schülern bei", "zeigt Jugendlichen den Umgang mit", "erklärt Eltern",
                                "gibt Lehrkräften Tipps zu", "behandelt", "erklärt", "untersucht", "regt Kinder zum Nachdenken an über",
                                "thematisiert" },
                        new String[] { "im Internet", "in sozialen Medien", "online", "in der Schule", "im Unterricht", "zu Hause",
                                "mit dem Handy", "bei Jugendlichen", "in der Jugendarbeit", "in der Bibliothek", "mit Apps",
                                "in Chatgruppen", "auf TikTok", "auf Instagram", "über WhatsApp", "mit Eltern" },
                        new String[] { "mit konkreten Beispielen", "Schritt für Schritt", "in kleinen Gruppen", "spielerisch",
                                "mit Aufgaben und Rollenspielen", "in zwei Unterrichtsstunden", "mit einer Anleitung für Lehrkräfte",
                                "ohne Vorkenntnisse" },
                        new String[] { "für den Unterricht", "für Eltern", "für die Grundschule", "für die Sekundarstufe",
                                "für die Jugendarbeit", "in der Praxis", "von A bis Z" });
                case EN -> new Vocabulary(Map.ofEntries(
                        Map.entry("cyberbullying", new String[] { "cyberbullying", "bullying", "online harassment", "exclusion" }),
                        Map.entry("privacy", new String[] { "privacy", "personal data", "passwords", "privacy settings" }),
                        Map.entry("screen-time", new String[] { "screen time", "well-being", "sleep", "smartphone use" }),
                        Map.entry("misinformation", new String[] { "misinformation", "fake news", "fact-checking", "reliable sources" }),
                        Map.entry("parenthood", new String[] { "parenting", "upbringing", "the family", "house rules" }),
                        Map.entry("sexting", new String[] { "sexting", "nude images", "consent", "intimate pictures" }),
                        Map.entry("gaming", new String[] { "gaming", "video games", "loot boxes", "gaming addiction" }),
                        Map.entry("reputation", new String[] { "online reputation", "digital footprint", "profiles", "selfies" }),
                        Map.entry("grooming", new String[] { "grooming", "sextortion", "blackmail", "strangers online" }),
                        Map.entry("online-inclusion", new String[] { "digital inclusion", "digital divide", "media literacy", "accessibility" }),
                        Map.entry("relationships", new String[] { "relationships", "sexuality", "friendship", "dating" }),
                        Map.entry("hate-speech", new String[] { "hate speech", "discrimination", "racism", "respect online" })),
                        new String[] { "Lesson plan", "Game", "Video", "Guide", "Workshop", "Training", "Campaign", "Website",
                                "Report" },
                        new String[] { "This lesson", "The game", "The guide", "The workshop", "This video", "The lesson plan",
                                "The leaflet", "This training", "The report" },
                        new String[] { "helps pupils deal with", "teaches young people about", "shows parents",
                                "gives teachers tips on", "discusses", "explains", "looks into", "gets children thinking about",
                                "opens a conversation on" },
                        new String[] { "online", "on social media", "on the internet", "at school", "in the classroom", "at home",
                                "on smartphones", "among teenagers", "in youth work", "in the library", "with apps",
                                "in group chats", "on TikTok", "on Instagram", "on WhatsApp", "with parents" },
                        new String[] { "with concrete examples", "step by step", "in small groups", "in a playful way",
                                "with exercises and role play", "in two lessons", "with notes for the facilitator",
                                "with no prior knowledge" },
                        new String[] { "for the classroom", "for parents", "for primary school", "for secondary school",
                                "for youth workers", "in practice", "from A to Z" });
            };
        }
    }

}
