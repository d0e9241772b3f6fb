package org.saferinternethub.agenda;

import java.time.LocalTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.saferinternethub.shared.Language;
import org.saferinternethub.shared.LocalizedText;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo content (profile {@code demo}): the programme of the 2027 online inspiration day, twenty sessions by
 * twenty fictional lecturers of fictional organisations, five per theme of the edition, given in Dutch, French,
 * German and English. Written for this project; written only when the 2027 edition has no programme yet.
 */
@Component
@Profile("demo")
@Order(21)
class DemoInspirationDay implements ApplicationRunner {

    /**
     * One lecture: who gives it, on which theme (position in the edition's list), in which language and format,
     * its title in the four languages, and the abstract and bio in the language of delivery and in English.
     */
    record Lecture(String name, String organisation, int theme, Language language, SessionFormat format,
            String titleNl, String titleFr, String titleDe, String titleEn, String summary, String summaryEn,
            String bio, String bioEn) {
    }

    static final List<Lecture> LECTURES = List.of(
            new Lecture("Ilse Verhaegen", "Digitaal Dorp vzw", 0, Language.NL, SessionFormat.TALK,
                    "Iedereen mee online: de digitale kloof in je klas", "Tous en ligne : la fracture numérique en classe",
                    "Alle online: die digitale Kluft im Klassenzimmer", "Everyone online: the digital divide in your classroom",
                    "Niet elke leerling heeft thuis een laptop of stabiel internet. Hoe houd je daar rekening mee bij huiswerk en communicatie?",
                    "Not every pupil has a laptop or stable internet at home. How to take that into account for homework and communication.",
                    "Ilse begeleidt al tien jaar scholen die digitale inclusie hoog op de agenda zetten.",
                    "Ilse has supported schools that put digital inclusion first for ten years."),
            new Lecture("Mathieu Lambotte", "Les Clés du Numérique asbl", 0, Language.FR, SessionFormat.WORKSHOP,
                    "Digitale vaardigheden voor ouders die twijfelen", "Compétences numériques pour les parents qui hésitent",
                    "Digitale Kompetenzen für zögernde Eltern", "Digital skills for hesitant parents",
                    "Un atelier pratique pour accompagner les parents peu à l'aise avec les écrans, sans jargon ni jugement.",
                    "A hands-on workshop to support parents who feel unsure with screens, without jargon or judgement.",
                    "Mathieu anime des ateliers numériques dans les maisons de quartier de Wallonie.",
                    "Mathieu runs digital workshops in neighbourhood centres across Wallonia."),
            new Lecture("Sabine Kreutz", "Medienzentrum Ostbelgien (fiktiv)", 0, Language.DE, SessionFormat.TALK,
                    "Toegankelijk online: beperkingen en apps", "Accessible en ligne : handicaps et applications",
                    "Barrierefrei online: Behinderungen und Apps", "Accessible online: disabilities and apps",
                    "Welche Apps und Einstellungen helfen Jugendlichen mit Seh-, Hör- oder Lernbeeinträchtigungen im Alltag?",
                    "Which apps and settings help young people with visual, hearing or learning impairments every day?",
                    "Sabine ist Sonderpädagogin und testet Lernsoftware auf Barrierefreiheit.",
                    "Sabine is a special-needs educator who tests learning software for accessibility."),
            new Lecture("Yusuf Demir", "Brussels Youth Media Lab (fictional)", 0, Language.EN, SessionFormat.PANEL,
                    "Jongeren in Brussel over hun online leven", "Les jeunes Bruxellois parlent de leur vie en ligne",
                    "Brüsseler Jugendliche über ihr Online-Leben", "Young people in Brussels on their online lives",
                    "A panel of youth workers shares what teenagers in Brussels told them about belonging, language and access online.",
                    "A panel of youth workers shares what teenagers in Brussels told them about belonging, language and access online.",
                    "Yusuf coordinates media projects with young people in five Brussels municipalities.",
                    "Yusuf coordinates media projects with young people in five Brussels municipalities."),
            new Lecture("Griet Van Damme", "Bibliotheeknetwerk Leiestreek (fictief)", 0, Language.NL, SessionFormat.WORKSHOP,
                    "De bibliotheek als digitaal vertrekpunt", "La bibliothèque, point de départ numérique",
                    "Die Bibliothek als digitaler Ausgangspunkt", "The library as a digital starting point",
                    "Hoe bibliotheken digitale spreekuren organiseren voor gezinnen, en wat scholen daarvan kunnen leren.",
                    "How libraries run digital help desks for families, and what schools can learn from them.",
                    "Griet is bibliothecaris en bedacht de digitale spreekuren van haar netwerk.",
                    "Griet is a librarian who set up her network's digital help desks."),
            new Lecture("Hélène Marchal", "Observatoire des Médias Jeunes (fictif)", 1, Language.FR, SessionFormat.TALK,
                    "Nepnieuws herkennen in vijf stappen", "Repérer les fausses informations en cinq étapes",
                    "Falschmeldungen in fünf Schritten erkennen", "Spotting false news in five steps",
                    "Une méthode simple, testée en classe, pour vérifier une image, une vidéo ou un message viral.",
                    "A simple method, tested in class, to check an image, a video or a viral message.",
                    "Hélène est journaliste et forme les enseignants à l'éducation aux médias.",
                    "Hélène is a journalist who trains teachers in media literacy."),
            new Lecture("Pieter Goossens", "Klasse voor Media (fictief)", 1, Language.NL, SessionFormat.WORKSHOP,
                    "Algoritmes uitgelegd met een spel", "Les algorithmes expliqués par le jeu",
                    "Algorithmen spielerisch erklärt", "Algorithms explained through a game",
                    "Een kaartspel laat leerlingen zelf ervaren hoe een tijdlijn bepaalt wat ze te zien krijgen.",
                    "A card game lets pupils experience how a feed decides what they get to see.",
                    "Pieter is leraar informatica en ontwerpt lesmateriaal over algoritmes.",
                    "Pieter teaches computing and designs lesson material about algorithms."),
            new Lecture("Annika Schröder", "Netzwerk Medienbildung Eifel (fiktiv)", 1, Language.DE, SessionFormat.TALK,
                    "Deepfakes in de klas bespreken", "Parler des hypertrucages en classe",
                    "Deepfakes im Unterricht besprechen", "Discussing deepfakes in class",
                    "Was Jugendliche über manipulierte Videos wissen sollten, und wie man ohne Panik darüber spricht.",
                    "What teenagers should know about manipulated videos, and how to talk about them without panic.",
                    "Annika leitet Fortbildungen zu künstlicher Intelligenz für Lehrkräfte.",
                    "Annika leads in-service training on artificial intelligence for teachers."),
            new Lecture("Olivia Hart", "Open Sources Collective (fictional)", 1, Language.EN, SessionFormat.PANEL,
                    "Influencers, reclame en vertrouwen", "Influenceurs, publicité et confiance",
                    "Influencer, Werbung und Vertrauen", "Influencers, advertising and trust",
                    "Creators, a teacher and a parent discuss sponsored content and how children learn to recognise it.",
                    "Creators, a teacher and a parent discuss sponsored content and how children learn to recognise it.",
                    "Olivia researches advertising aimed at children on video platforms.",
                    "Olivia researches advertising aimed at children on video platforms."),
            new Lecture("Rachid El Amrani", "Jeunes & Info Liège (fictif)", 1, Language.FR, SessionFormat.WORKSHOP,
                    "Chatbots als huiswerkhulp: kansen en valkuilen", "Les chatbots pour les devoirs : atouts et pièges",
                    "Chatbots als Hausaufgabenhilfe: Chancen und Fallen", "Chatbots for homework: strengths and pitfalls",
                    "Un atelier pour apprendre aux élèves à vérifier les réponses d'un assistant conversationnel.",
                    "A workshop to teach pupils to check what a conversational assistant tells them.",
                    "Rachid est animateur multimédia dans une maison de jeunes à Liège.",
                    "Rachid is a multimedia youth worker in a youth centre in Liège."),
            new Lecture("Els Wouters", "Gezinsbond Digitaal (fictief)", 2, Language.NL, SessionFormat.TALK,
                    "Schermtijd zonder ruzie", "Le temps d'écran sans dispute", "Bildschirmzeit ohne Streit",
                    "Screen time without arguments",
                    "Afspraken die werken in gezinnen met kinderen van verschillende leeftijden, met voorbeelden van ouders.",
                    "Agreements that work in families with children of different ages, with examples from parents.",
                    "Els is gezinscoach en moeder van drie tieners.", "Els is a family coach and mother of three teenagers."),
            new Lecture("Camille Dewez", "École des Parents Connectés (fictif)", 2, Language.FR, SessionFormat.WORKSHOP,
                    "Ouderlijk toezicht: wat kan en wat werkt", "Contrôle parental : ce qui existe et ce qui marche",
                    "Jugendschutzfilter: was es gibt und was wirkt", "Parental controls: what exists and what works",
                    "Nous configurons ensemble les réglages d'un téléphone, d'une console et d'une tablette.",
                    "Together we set up the controls of a phone, a games console and a tablet.",
                    "Camille est formatrice en parentalité numérique.", "Camille trains parents on digital parenting."),
            new Lecture("Thomas Reuter", "Familienberatung Eupen (fiktiv)", 2, Language.DE, SessionFormat.TALK,
                    "Het eerste smartphone-gesprek", "La première conversation sur le smartphone",
                    "Das erste Smartphone-Gespräch", "The first smartphone conversation",
                    "Wann ist ein Kind bereit für ein eigenes Handy, und welche Absprachen helfen am Anfang?",
                    "When is a child ready for a phone of their own, and which agreements help at the start?",
                    "Thomas ist Familientherapeut und schreibt über Erziehung im digitalen Alltag.",
                    "Thomas is a family therapist who writes about parenting in a digital everyday life."),
            new Lecture("Grace Mensah", "Parents Online Network (fictional)", 2, Language.EN, SessionFormat.PANEL,
                    "Ouders, scholen en de klasgroepchat", "Parents, écoles et le groupe de discussion de la classe",
                    "Eltern, Schulen und der Klassenchat", "Parents, schools and the class group chat",
                    "Teachers and parents discuss how to keep class group chats friendly, useful and safe.",
                    "Teachers and parents discuss how to keep class group chats friendly, useful and safe.",
                    "Grace chairs a parents' association and moderates its online community.",
                    "Grace chairs a parents' association and moderates its online community."),
            new Lecture("Koen Maes", "Centrum Jeugd en Gaming (fictief)", 2, Language.NL, SessionFormat.WORKSHOP,
                    "Samen gamen: ouders aan de controller", "Jouer ensemble : les parents à la manette",
                    "Gemeinsam spielen: Eltern am Controller", "Gaming together: parents on the controller",
                    "Ouders proberen populaire games uit en leren waar loot boxes en chat in games om draaien.",
                    "Parents try popular games and learn what loot boxes and in-game chat are about.",
                    "Koen is gameontwerper en geeft vormingen over gaming in gezinnen.",
                    "Koen is a game designer who gives training on gaming in families."),
            new Lecture("Nathalie Gobert", "Centre Relations & Ados (fictif)", 3, Language.FR, SessionFormat.TALK,
                    "Sexting: praten zonder te veroordelen", "Le sexting : en parler sans juger",
                    "Sexting: darüber sprechen, ohne zu urteilen", "Sexting: talking about it without judging",
                    "Comment réagir quand un jeune partage ou reçoit une image intime, et vers qui l'orienter.",
                    "How to react when a young person shares or receives an intimate image, and where to send them for help.",
                    "Nathalie est psychologue et accompagne des adolescents depuis quinze ans.",
                    "Nathalie is a psychologist who has worked with teenagers for fifteen years."),
            new Lecture("Jonas Peeters", "Vormingscentrum Relaties (fictief)", 3, Language.NL, SessionFormat.WORKSHOP,
                    "Gezonde relaties online: een lespakket", "Relations saines en ligne : un dossier pédagogique",
                    "Gesunde Beziehungen online: ein Unterrichtspaket", "Healthy relationships online: a lesson kit",
                    "We overlopen een lespakket over grenzen, toestemming en jaloezie in berichten en sociale media.",
                    "We walk through a lesson kit about boundaries, consent and jealousy in messages and social media.",
                    "Jonas is relationeel en seksueel vormingswerker.", "Jonas is a relationships and sexuality educator."),
            new Lecture("Miriam Hoffmann", "Beratungsstelle Liebe & Netz (fiktiv)", 3, Language.DE, SessionFormat.TALK,
                    "Grooming herkennen en voorkomen", "Reconnaître et prévenir la manipulation en ligne",
                    "Cybergrooming erkennen und vorbeugen", "Recognising and preventing online grooming",
                    "Welche Warnsignale Erwachsene kennen sollten und wie Kinder lernen, sich Hilfe zu holen.",
                    "The warning signs adults should know, and how children learn to ask for help.",
                    "Miriam arbeitet in einer Beratungsstelle für Kinder und Jugendliche.",
                    "Miriam works in a counselling service for children and young people."),
            new Lecture("Daniel Okafor", "Respect Online Foundation (fictional)", 3, Language.EN, SessionFormat.PANEL,
                    "Jongens, porno en verwachtingen", "Les garçons, la pornographie et les attentes",
                    "Jungen, Pornografie und Erwartungen", "Boys, pornography and expectations",
                    "Educators discuss how to open the conversation with boys about porn, bodies and respect.",
                    "Educators discuss how to open the conversation with boys about porn, bodies and respect.",
                    "Daniel develops workshops on respect and consent for secondary schools.",
                    "Daniel develops workshops on respect and consent for secondary schools."),
            new Lecture("Lotte Claessens", "Jeugdhuis Online (fictief)", 3, Language.NL, SessionFormat.WORKSHOP,
                    "Body positivity en filters", "Image de soi et filtres", "Körperbild und Filter",
                    "Body image and filters",
                    "Met jongeren onderzoeken hoe filters en bewerkte foto's hun zelfbeeld beïnvloeden.",
                    "Exploring with young people how filters and edited photos shape the way they see themselves.",
                    "Lotte is jeugdwerker en fotograaf.", "Lotte is a youth worker and photographer."));

    private static final LocalTime[] SLOTS = { LocalTime.of(9, 30), LocalTime.of(11, 0), LocalTime.of(13, 30),
            LocalTime.of(15, 0), LocalTime.of(16, 30) };

    private final Editions editions;
    private final InspirationSessions sessions;
    private final InspirationSpeakers speakers;

    DemoInspirationDay(Editions editions, InspirationSessions sessions, InspirationSpeakers speakers) {
        this.editions = editions;
        this.sessions = sessions;
        this.speakers = speakers;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments arguments) {
        Edition edition = editions.findByYear(DemoAgenda.DAY.getYear()).orElse(null);
        if (edition == null || !sessions.findByEditionIdOrderByStartsAtAscIdAsc(edition.getId()).isEmpty()
                || !speakers.findByEditionIdOrderByNameAsc(edition.getId()).isEmpty()) {
            return;
        }
        for (int i = 0; i < LECTURES.size(); i++) {
            Lecture lecture = LECTURES.get(i);
            InspirationSpeaker speaker = new InspirationSpeaker(edition.getId(), lecture.name());
            speaker.describe(lecture.name(), lecture.organisation(), both(lecture.language(), lecture.bio(), lecture.bioEn()));
            speakers.save(speaker);
            // Four parallel rooms, one per theme; five slots through the day.
            LocalTime start = SLOTS[i % SLOTS.length];
            InspirationSession session = new InspirationSession(edition.getId());
            Map<Language, String> title = new EnumMap<>(Language.class);
            title.put(Language.NL, lecture.titleNl());
            title.put(Language.FR, lecture.titleFr());
            title.put(Language.DE, lecture.titleDe());
            title.put(Language.EN, lecture.titleEn());
            session.describe(new InspirationSession.Details(LocalizedText.of(title),
                    both(lecture.language(), lecture.summary(), lecture.summaryEn()), lecture.theme(),
                    DemoAgenda.DAY.atTime(start).atZone(Activity.BRUSSELS).toInstant(),
                    DemoAgenda.DAY.atTime(start.plusMinutes(lecture.format() == SessionFormat.WORKSHOP ? 75 : 60))
                        .atZone(Activity.BRUSSELS).toInstant(),
                    lecture.format(), "https://live.saferinternethub.invalid/2027/room-" + (lecture.theme() + 1),
                    lecture.language(), Set.of(speaker.getId())));
            sessions.save(session);
        }
    }

    private static LocalizedText both(Language language, String text, String english) {
        return LocalizedText.empty().set(language, text).set(Language.EN, english);
    }

}
