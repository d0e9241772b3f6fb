package org.saferinternethub.agenda;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.saferinternethub.account.AccountDirectory;
import org.saferinternethub.account.Role;
import org.saferinternethub.shared.Language;
import org.saferinternethub.shared.LocalizedText;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo content (profile {@code demo}): Safer Internet Day 2027 (Tuesday 9 February 2027), open for proposals,
 * with local activities in every province, in Brussels and in the German-speaking Community, and two webinars.
 * Written only when the agenda is empty.
 */
@Component
@Profile("demo")
@Order(20)
class DemoAgenda implements ApplicationRunner {

    static final LocalDate DAY = LocalDate.of(2027, 2, 9);

    private final Editions editions;
    private final Activities activities;
    private final AccountDirectory directory;
    private final Clock clock;

    DemoAgenda(Editions editions, Activities activities, AccountDirectory directory, Clock clock) {
        this.editions = editions;
        this.activities = activities;
        this.directory = directory;
        this.clock = clock;
    }

    /** An idea for an activity, in the four languages. */
    record Idea(ActivityType type, Set<Audience> audiences, int days, Map<Language, String> title,
            Map<Language, String> description, Map<Language, String> organiser) {
    }

    /** A place with its postal code and a pin. */
    record Place(String postalCode, String municipality, double latitude, double longitude) {
    }

    static final List<Place> PLACES = List.of(
            new Place("1000", "Brussel", 50.8467, 4.3525), new Place("1030", "Schaerbeek", 50.8676, 4.3775),
            new Place("1050", "Ixelles", 50.8275, 4.3722), new Place("1080", "Molenbeek-Saint-Jean", 50.8550, 4.3300),
            new Place("1200", "Woluwe-Saint-Lambert", 50.8460, 4.4300),
            new Place("2000", "Antwerpen", 51.2194, 4.4025), new Place("2800", "Mechelen", 51.0259, 4.4776),
            new Place("2300", "Turnhout", 51.3227, 4.9447), new Place("2500", "Lier", 51.1310, 4.5700),
            new Place("3500", "Hasselt", 50.9307, 5.3325), new Place("3600", "Genk", 50.9650, 5.5000),
            new Place("3700", "Tongeren", 50.7805, 5.4647),
            new Place("9000", "Gent", 51.0543, 3.7174), new Place("9300", "Aalst", 50.9378, 4.0403),
            new Place("9100", "Sint-Niklaas", 51.1657, 4.1437), new Place("9700", "Oudenaarde", 50.8450, 3.6050),
            new Place("3000", "Leuven", 50.8798, 4.7005), new Place("1800", "Vilvoorde", 50.9280, 4.4290),
            new Place("3300", "Tienen", 50.8075, 4.9378),
            new Place("8000", "Brugge", 51.2093, 3.2247), new Place("8500", "Kortrijk", 50.8281, 3.2649),
            new Place("8400", "Oostende", 51.2154, 2.9270), new Place("8800", "Roeselare", 50.9469, 3.1228),
            new Place("1300", "Wavre", 50.7167, 4.6000), new Place("1348", "Louvain-la-Neuve", 50.6681, 4.6118),
            new Place("1400", "Nivelles", 50.5980, 4.3280),
            new Place("7000", "Mons", 50.4542, 3.9567), new Place("6000", "Charleroi", 50.4108, 4.4446),
            new Place("7500", "Tournai", 50.6056, 3.3875), new Place("7100", "La Louvière", 50.4800, 4.1870),
            new Place("4000", "Liège", 50.6326, 5.5797), new Place("4800", "Verviers", 50.5891, 5.8623),
            new Place("4500", "Huy", 50.5185, 5.2393),
            new Place("4700", "Eupen", 50.6285, 6.0361), new Place("4780", "Sankt Vith", 50.2833, 6.1269),
            new Place("4730", "Raeren", 50.6720, 6.1150),
            new Place("6700", "Arlon", 49.6833, 5.8167), new Place("6900", "Marche-en-Famenne", 50.2273, 5.3444),
            new Place("6800", "Libramont-Chevigny", 49.9200, 5.3800),
            new Place("5000", "Namur", 50.4669, 4.8675), new Place("5500", "Dinant", 50.2606, 4.9122),
            new Place("5300", "Andenne", 50.4897, 5.0946));

    static final List<Idea> IDEAS = List.of(
            new Idea(ActivityType.LIBRARY_ACTIVITY, EnumSet.of(Audience.PARENTS), 0,
                    texts("Veilig online: workshop privacy-instellingen voor ouders",
                            "Bien en ligne : atelier paramètres de confidentialité pour parents",
                            "Sicher online: Workshop zu Privatsphäre-Einstellungen für Eltern",
                            "Safe online: a privacy settings workshop for parents"),
                    texts("Breng je smartphone mee: samen zetten we de privacy-instellingen van de populairste apps van je kinderen goed.",
                            "Apportez votre smartphone : ensemble, nous réglons la confidentialité des applis préférées de vos enfants.",
                            "Bringen Sie Ihr Smartphone mit: Gemeinsam stellen wir die Privatsphäre der Lieblings-Apps Ihrer Kinder ein.",
                            "Bring your phone: together we set up the privacy settings of the apps your children like most."),
                    texts("Bibliotheek %s", "Bibliothèque de %s", "Bibliothek %s", "Library of %s")),
            new Idea(ActivityType.SCHOOL_ACTIVITY, EnumSet.of(Audience.TEENAGERS, Audience.TEACHERS), 0,
                    texts("Nep of niet? Leerlingen checken online nieuws", "Vrai ou faux ? Les élèves vérifient l'info en ligne",
                            "Fake oder Fakt? Schüler prüfen Online-Nachrichten", "Fake or fact? Pupils check online news"),
                    texts("Leerlingen van het derde jaar onderzoeken virale berichten en leren bronnen vergelijken. Ouders zijn welkom bij de presentatie.",
                            "Les élèves de troisième enquêtent sur des messages viraux et apprennent à comparer les sources. Les parents sont invités à la présentation.",
                            "Schülerinnen und Schüler der dritten Klasse untersuchen virale Beiträge und lernen, Quellen zu vergleichen. Eltern sind zur Präsentation eingeladen.",
                            "Third-year pupils investigate viral posts and learn to compare sources. Parents are welcome at the presentation."),
                    texts("Atheneum %s", "Athénée royal de %s", "Schulzentrum %s", "Secondary school of %s")),
            new Idea(ActivityType.INFO_SESSION, EnumSet.of(Audience.PARENTS), 0,
                    texts("Internet en ouderschap: schermtijd zonder ruzie", "Internet et parentalité : le temps d'écran sans conflit",
                            "Internet und Elternschaft: Bildschirmzeit ohne Streit", "Internet and parenthood: screen time without conflict"),
                    texts("Een avond met tips en gespreksstarters om thuis afspraken over schermen te maken die iedereen volhoudt.",
                            "Une soirée de conseils et d'amorces de discussion pour convenir d'accords sur les écrans que chacun respecte.",
                            "Ein Abend mit Tipps und Gesprächsanlässen, um zu Hause Bildschirmregeln zu vereinbaren, an die sich alle halten.",
                            "An evening of tips and conversation starters to agree on screen rules at home that everyone keeps."),
                    texts("Gezinsbond %s", "Ligue des familles de %s", "Familienbund %s", "Family league of %s")),
            new Idea(ActivityType.WORKSHOP, EnumSet.of(Audience.SENIORS, Audience.GENERAL_PUBLIC), 0,
                    texts("Digicafé: eerste stappen online voor senioren", "Café numérique : premiers pas en ligne pour les seniors",
                            "Digitalcafé: erste Schritte online für Senioren", "Digital inclusion café: first steps online for seniors"),
                    texts("Bij een kop koffie helpen vrijwilligers je met e-mail, videobellen en het herkennen van phishing.",
                            "Autour d'un café, des bénévoles vous aident avec l'e-mail, les appels vidéo et la détection du phishing.",
                            "Bei einer Tasse Kaffee helfen Ehrenamtliche bei E-Mail, Videotelefonie und beim Erkennen von Phishing.",
                            "Over a cup of coffee, volunteers help with e-mail, video calls and spotting phishing."),
                    texts("Dienstencentrum %s", "Espace public numérique de %s", "Begegnungszentrum %s", "Community centre of %s")),
            new Idea(ActivityType.WORKSHOP, EnumSet.of(Audience.EDUCATORS), 0,
                    texts("Relaties en seksualiteit online: workshop voor jeugdwerkers",
                            "Vie affective et sexuelle en ligne : atelier pour animateurs",
                            "Beziehungen und Sexualität online: Workshop für Jugendarbeiter",
                            "Relationships and sexuality online: a workshop for youth workers"),
                    texts("Hoe praat je met jongeren over sexting, grenzen en sextortion? Met casussen en materiaal om mee te nemen.",
                            "Comment parler de sexting, de limites et de sextorsion avec les jeunes ? Avec des cas pratiques et du matériel à emporter.",
                            "Wie spricht man mit Jugendlichen über Sexting, Grenzen und Sextortion? Mit Fallbeispielen und Material zum Mitnehmen.",
                            "How do you talk with young people about sexting, boundaries and sextortion? With cases and material to take home."),
                    texts("Jeugdhuis %s", "Maison de jeunes de %s", "Jugendtreff %s", "Youth centre of %s")),
            new Idea(ActivityType.EXHIBITION, EnumSet.of(Audience.GENERAL_PUBLIC, Audience.TEENAGERS), 2,
                    texts("Tentoonstelling: mijn leven in selfies", "Exposition : ma vie en selfies",
                            "Ausstellung: Mein Leben in Selfies", "Exhibition: my life in selfies"),
                    texts("Jongeren tonen wat ze online delen en wat liever niet. Een tentoonstelling over zelfbeeld en privacy.",
                            "Des jeunes montrent ce qu'ils partagent en ligne et ce qu'ils préfèrent garder. Une exposition sur l'image de soi et la vie privée.",
                            "Jugendliche zeigen, was sie online teilen und was lieber nicht. Eine Ausstellung über Selbstbild und Privatsphäre.",
                            "Young people show what they share online and what they would rather not. An exhibition on self-image and privacy."),
                    texts("Cultuurcentrum %s", "Centre culturel de %s", "Kulturzentrum %s", "Arts centre of %s")),
            new Idea(ActivityType.CAMPAIGN, EnumSet.of(Audience.TEENAGERS, Audience.CHILDREN), 1,
                    texts("Week van de lieve reacties: campagne tegen online haat",
                            "Semaine des commentaires bienveillants : campagne contre la haine en ligne",
                            "Woche der freundlichen Kommentare: Kampagne gegen Hass im Netz",
                            "Kind comments week: a campaign against online hate"),
                    texts("Klassen schrijven samen de vriendelijkste reacties en hangen ze in de hele school op.",
                            "Les classes écrivent ensemble les commentaires les plus bienveillants et les affichent dans toute l'école.",
                            "Klassen schreiben gemeinsam die freundlichsten Kommentare und hängen sie in der ganzen Schule auf.",
                            "Classes write the kindest comments together and put them up all over the school."),
                    texts("Basisschool De Regenboog %s", "École communale de %s", "Gemeindeschule %s", "Primary school of %s")),
            new Idea(ActivityType.OTHER, EnumSet.of(Audience.PARENTS, Audience.CHILDREN), 0,
                    texts("Samen gamen: speelnamiddag voor ouders en kinderen", "Jouer ensemble : après-midi jeux parents-enfants",
                            "Gemeinsam spielen: Spielnachmittag für Eltern und Kinder", "Gaming together: a parent-child game afternoon"),
                    texts("Ontdek samen met je kind welke games het speelt, hoe aankopen in apps werken en welke instellingen helpen.",
                            "Découvrez avec votre enfant ses jeux, le fonctionnement des achats intégrés et les réglages utiles.",
                            "Entdecken Sie mit Ihrem Kind seine Spiele, wie In-App-Käufe funktionieren und welche Einstellungen helfen.",
                            "Find out with your child which games they play, how in-app purchases work and which settings help."),
                    texts("Speelotheek %s", "Ludothèque de %s", "Spielothek %s", "Toy library of %s")));

    private static final LocalTime[] TIMES = { LocalTime.of(9, 30), LocalTime.of(13, 30), LocalTime.of(19, 0),
            LocalTime.of(10, 0), LocalTime.of(14, 0) };

    @Override
    @Transactional
    public void run(ApplicationArguments arguments) {
        if (editions.count() > 0) {
            return;
        }
        Edition edition = new Edition(2027, DAY);
        edition.update(2027, DAY,
                LocalizedText.of(texts("Samen voor een beter internet", "Ensemble pour un meilleur internet",
                        "Gemeinsam für ein besseres Internet", "Together for a better internet")),
                LocalizedText.of(texts(
                        "Op dinsdag 9 februari 2027 zetten scholen, bibliotheken en verenigingen in heel België het veilig en positief gebruik van internet in de kijker.",
                        "Le mardi 9 février 2027, écoles, bibliothèques et associations de toute la Belgique mettent à l'honneur un internet sûr et positif.",
                        "Am Dienstag, dem 9. Februar 2027, stellen Schulen, Bibliotheken und Vereine in ganz Belgien ein sicheres und positives Internet in den Mittelpunkt.",
                        "On Tuesday 9 February 2027, schools, libraries and associations all over Belgium put a safe and positive internet in the spotlight.")),
                LocalizedText.of(texts("Online inclusie\nOnline informatie\nInternet en ouderschap\nRelaties en seksualiteit online",
                        "Inclusion numérique\nInformation en ligne\nInternet et parentalité\nVie affective et sexuelle en ligne",
                        "Digitale Teilhabe\nInformationen im Netz\nInternet und Elternschaft\nBeziehungen und Sexualität online",
                        "Online inclusion\nOnline information\nInternet and parenthood\nEmotional and sexual life online")),
                true);
        editions.save(edition);
        long organiser = directory.withRole(Role.ORG_EDITOR).stream().findFirst()
            .or(() -> directory.withRole(Role.EDITOR).stream().findFirst())
            .map(AccountDirectory.Contact::accountId).orElse(0L);
        for (int i = 0; i < PLACES.size(); i++) {
            Place place = PLACES.get(i);
            Idea idea = IDEAS.get(i % IDEAS.size());
            String region = BelgianPostalCodes.locate(place.postalCode()).orElseThrow().region();
            Set<Language> spoken = spoken(region);
            LocalDate date = i % 3 == 0 ? DAY : DAY.plusDays((i * 5 % 17) - 8);
            LocalTime time = TIMES[i % TIMES.length];
            Activity activity = new Activity(edition.getId(), organiser, clock.instant());
            Language main = spoken.iterator().next();
            activity.describe(new Activity.Details(null, String.format(idea.organiser().get(main), place.municipality()),
                    localised(idea.title(), spoken), localised(idea.description(), spoken), idea.type(), idea.audiences(),
                    spoken, date.atTime(time).atZone(Activity.BRUSSELS).toInstant(),
                    date.plusDays(idea.days()).atTime(time.plusHours(2)).atZone(Activity.BRUSSELS).toInstant(), false, null,
                    "Marktplein " + (i + 1), place.postalCode(), place.municipality(),
                    i % 4 == 3 ? null : place.latitude(), i % 4 == 3 ? null : place.longitude(), 20 + (i % 5) * 10,
                    null, "agenda@" + place.municipality().toLowerCase().replaceAll("[^a-z]", "") + ".example.be",
                    i % 6 == 0 ? accessibility(main) : null, i % 5 != 4), clock.instant());
            activity.publish(null, clock.instant());
            if (i == 17) {
                activity.cancel(clock.instant());
            }
            activities.save(activity);
        }
        webinar(edition, organiser, EnumSet.of(Language.NL, Language.EN), LocalTime.of(12, 30),
                texts("Webinar: wat doet een kind op TikTok?", "Webinaire : que fait un enfant sur TikTok ?",
                        "Webinar: Was macht ein Kind auf TikTok?", "Webinar: what does a child do on TikTok?"));
        webinar(edition, organiser, EnumSet.of(Language.FR, Language.EN), LocalTime.of(20, 0),
                texts("Webinar: ouders en kinderen tegen cyberpesten", "Webinaire : parents et enfants face au cyberharcèlement",
                        "Webinar: Eltern und Kinder gegen Cybermobbing", "Webinar: parents and children against cyberbullying"));
    }

    private void webinar(Edition edition, long organiser, Set<Language> spoken, LocalTime time,
            Map<Language, String> title) {
        Activity activity = new Activity(edition.getId(), organiser, clock.instant());
        activity.describe(new Activity.Details(null, "Safer Internet Centre Belgium", localised(title, spoken),
                localised(texts("Een uur met vragen uit de hulplijn en antwoorden van experts, live te volgen.",
                        "Une heure de questions venues de la ligne d'aide et de réponses d'experts, en direct.",
                        "Eine Stunde mit Fragen aus dem Hilfetelefon und Antworten von Fachleuten, live.",
                        "An hour of questions from the helpline and answers from experts, live."), spoken),
                ActivityType.WEBINAR, EnumSet.of(Audience.PARENTS, Audience.TEACHERS), spoken,
                DAY.atTime(time).atZone(Activity.BRUSSELS).toInstant(),
                DAY.atTime(time.plusHours(1)).atZone(Activity.BRUSSELS).toInstant(), true,
                "https://webinar.example.be/sid-2027", null, null, null, null, null, 500,
                "https://webinar.example.be/sid-2027/register", null, null, true), clock.instant());
        activity.publish(null, clock.instant());
        activities.save(activity);
    }

    private static Set<Language> spoken(String region) {
        return switch (region) {
            case "BE-VLG" -> EnumSet.of(Language.NL);
            case "BE-DG" -> EnumSet.of(Language.DE);
            case "BE-BRU" -> EnumSet.of(Language.FR, Language.NL);
            default -> EnumSet.of(Language.FR);
        };
    }

    /** The texts in the languages spoken there, and in English for visitors from elsewhere. */
    private static LocalizedText localised(Map<Language, String> texts, Set<Language> spoken) {
        LocalizedText text = LocalizedText.empty();
        spoken.forEach(language -> text.set(language, texts.get(language)));
        return text.set(Language.EN, texts.get(Language.EN));
    }

    private static @Nullable String accessibility(Language language) {
        return switch (language) {
            case NL -> "Rolstoeltoegankelijk, ringleiding aanwezig.";
            case FR -> "Accessible en fauteuil roulant, boucle magnétique.";
            case DE -> "Rollstuhlgerecht, Induktionsschleife vorhanden.";
            case EN -> "Wheelchair accessible, hearing loop.";
        };
    }

    private static Map<Language, String> texts(String nl, String fr, String de, String en) {
        Map<Language, String> texts = new EnumMap<>(Language.class);
        texts.put(Language.NL, nl);
        texts.put(Language.FR, fr);
        texts.put(Language.DE, de);
        texts.put(Language.EN, en);
        return texts;
    }

}
