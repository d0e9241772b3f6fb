package org.saferinternethub.peerhelp;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.saferinternethub.account.AccountDirectory;
import org.saferinternethub.account.Role;
import org.saferinternethub.account.SignedInUser;
import org.saferinternethub.account.YouthAccounts;
import org.saferinternethub.moderation.TrustLevel;
import org.saferinternethub.platform.HubSettings;
import org.saferinternethub.shared.Language;
import org.saferinternethub.shared.LocalizedText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo content: young members (random passwords, written to the log and appended to {@code demo-accounts.txt}
 * like the other demo accounts, so that one can sign in as them), 25 threads in four languages with
 * replies from peers, the demo peer supporter and moderator, everything through the moderation engine, so that
 * a few texts with phone numbers from new members wait in the review queue.
 */
@Component
@Profile("demo")
@Order(20)
class PeerHelpDemo implements ApplicationRunner {

    /** Pseudonym, language, and whether the member is still new (pre-moderated). */
    private record DemoMember(String pseudonym, Language language, boolean isNew) {
    }

    /** A thread: author index, topic, title, body, then replies as "who|text" (who: a member index, S or M). */
    private record DemoThread(int author, String topic, String title, String body, List<String> replies) {
    }

    private static final List<DemoMember> MEMBERS = List.of(
            new DemoMember("Zonnige Otter 21", Language.NL, false), new DemoMember("Stille Uil 37", Language.NL, false),
            new DemoMember("Renard Calme 48", Language.FR, false), new DemoMember("Loutre Joyeuse 15", Language.FR, false),
            new DemoMember("Mutiger Luchs 62", Language.DE, false), new DemoMember("Sanfte Eule 29", Language.DE, false),
            new DemoMember("Brave Panda 73", Language.EN, false), new DemoMember("Quiet Heron 56", Language.EN, false),
            new DemoMember("Nieuwe Vos 44", Language.NL, true), new DemoMember("Petit Hibou 91", Language.FR, true));

    private static final List<DemoThread> THREADS = List.of(
            new DemoThread(0, "friendship", "Mijn beste vriendin negeert me", "Sinds ze in een andere klas zit, antwoordt ze niet meer op mijn berichtjes. Moet ik het vragen of gewoon afwachten?",
                    List.of("1|Vraag het gewoon, maar niet via een bericht. In het echt praten is vaak makkelijker.", "S|Goed dat je erover schrijft. Vriendschappen veranderen soms als je elkaar minder ziet; een eerlijk gesprek helpt meestal.")),
            new DemoThread(1, "screen-time", "Ik zit elke nacht tot 2 uur op mijn gsm", "Ik ben moe op school maar ik kan niet stoppen met scrollen. Hoe doen jullie dat?",
                    List.of("0|Ik leg mijn gsm 's avonds in de keuken. De eerste dagen was dat raar, nu slaap ik beter.", "M|Veel apps hebben een schermtijdfunctie. Stel een bedtijd in, dan krijg je een seintje.")),
            new DemoThread(0, "bullying", "Ze lachen met mijn foto in de klasgroep", "Iemand heeft een foto van mij bewerkt en in de groep gezet. Iedereen stuurt lachende emoji's.",
                    List.of("1|Dat is echt niet oké. Maak een screenshot en vertel het aan een leerkracht die je vertrouwt.", "S|Je kunt de foto ook melden in de app. Je staat hier niet alleen voor.", "M|Pesten via foto's is ernstig. Awel (102) luistert ook als je erover wilt praten.")),
            new DemoThread(1, "gaming", "Iemand in een game wil mijn Discord", "Een speler die ik niet ken vraagt steeds om op Discord verder te praten. Hij is heel aardig, maar toch raar.",
                    List.of("0|Ik zou het niet doen. Je weet niet wie het echt is.", "S|Goed dat je twijfelt. Blijf in de game praten, en blokkeer hem als hij blijft aandringen.")),
            new DemoThread(0, "privacy", "Mijn ouders lezen mijn berichten", "Mijn mama kijkt soms in mijn gsm. Mag dat eigenlijk?",
                    List.of("1|Bij mij ook. Ik heb gewoon gezegd dat ik dat niet fijn vind, en nu vraagt ze het eerst.")),
            new DemoThread(2, "love", "Il veut que je lui envoie une photo", "Mon copain insiste pour que je lui envoie une photo de moi en sous-vêtements. Je n'en ai pas envie.",
                    List.of("3|Tu as le droit de dire non. S'il t'aime, il respectera ça.", "S|Ton ressenti compte. Une photo envoyée peut circuler ; dire non, c'est te protéger.")),
            new DemoThread(3, "reputation", "Une vieille vidéo de moi circule", "Une vidéo gênante d'il y a deux ans refait surface sur TikTok. Comment la faire supprimer ?",
                    List.of("2|Tu peux la signaler directement sur TikTok, ils retirent souvent ce genre de vidéo.", "M|Tu peux aussi demander de l'aide au 103 ou à Child Focus (116 000) si elle continue à circuler.")),
            new DemoThread(2, "feeling-down", "Je me sens seul au collège", "Depuis la rentrée, je mange seul à midi. Je fais semblant que ça va.",
                    List.of("3|Moi aussi l'année passée. J'ai rejoint le club de jeux de société et ça a tout changé.", "S|Merci d'avoir osé l'écrire. Parler à un éducateur de l'école peut aussi aider.")),
            new DemoThread(3, "sexting", "Ma photo a été partagée", "J'avais envoyé une photo à quelqu'un en qui j'avais confiance et maintenant d'autres l'ont.",
                    List.of("M|Ce n'est pas ta faute. Child Focus (116 000) peut t'aider à faire retirer la photo. Tu peux aussi en parler au 103.", "2|Courage. Tu as bien fait d'en parler.")),
            new DemoThread(2, "gaming", "Je dépense trop dans les jeux", "J'ai dépensé tout mon argent de poche en skins ce mois-ci. Comment vous faites pour vous limiter ?",
                    List.of("3|Je mets un montant fixe sur une carte prépayée, quand c'est fini, c'est fini.")),
            new DemoThread(4, "grooming", "Jemand will Geld, sonst zeigt er meine Bilder", "Ein Typ aus Instagram droht, meine Bilder an meine Freunde zu schicken, wenn ich nicht zahle.",
                    List.of("M|Bitte zahl nichts und antworte nicht mehr. Mach Screenshots und melde dich bei Child Focus (116 000). Das ist eine Straftat, nicht deine Schuld.", "S|Du bist nicht allein. Erzähl es einer erwachsenen Person, der du vertraust.")),
            new DemoThread(5, "friendship", "Meine Clique schließt mich aus", "Sie machen Pläne im Gruppenchat ohne mich und posten dann Fotos davon.",
                    List.of("4|Das tut weh. Gibt es jemanden aus der Gruppe, mit dem du allein reden kannst?", "S|Es ist okay, traurig zu sein. Manchmal findet man in einem Verein oder Hobby neue Leute.")),
            new DemoThread(4, "screen-time", "Wie viel Bildschirmzeit ist normal?", "Meine Eltern sagen, vier Stunden am Tag sind zu viel. Was denkt ihr?",
                    List.of("5|Kommt drauf an, was du machst. Hausaufgaben zählen für mich nicht.", "M|Eine gute Frage: Achte darauf, ob du genug schläfst und dich bewegst. Das ist wichtiger als eine Zahl.")),
            new DemoThread(5, "sexuality", "Ich weiß nicht, ob ich in Jungs oder Mädchen verliebt bin", "Ich bin verwirrt und traue mich nicht, darüber zu reden.",
                    List.of("4|Du musst das nicht heute wissen. Lass dir Zeit.", "S|Viele Jugendliche fühlen so. Es ist völlig in Ordnung, unsicher zu sein.")),
            new DemoThread(4, "privacy", "Sollte mein Profil privat sein?", "Meine Freunde haben alle öffentliche Profile. Ist privat besser?",
                    List.of("5|Ich habe meins privat gemacht, nachdem mir Fremde geschrieben haben.")),
            new DemoThread(6, "bullying", "People keep commenting on my weight", "Every time I post a photo, the same two people comment about my body. I am thinking of deleting my account.",
                    List.of("7|You can restrict or block them. Their comments say more about them than about you.", "S|You deserve to feel safe online. Reporting the comments helps the platform act.", "M|If it keeps happening, talk to someone at school. Bullying is never your fault.")),
            new DemoThread(7, "feeling-down", "Everything feels grey lately", "I don't really enjoy anything anymore. School, games, friends, it all feels the same.",
                    List.of("6|I had that last winter. Talking to the school nurse actually helped.", "S|Thank you for sharing this. Feeling grey for a long time is worth talking about with someone you trust or a helpline.")),
            new DemoThread(6, "love", "How do I know if someone likes me back?", "There is someone in my class I like. They reply fast to my messages but we never talk at school.",
                    List.of("7|Maybe they are shy too! Try saying hi at school first.")),
            new DemoThread(7, "reputation", "Can colleges see my old posts?", "I posted some stupid stuff when I was 12. Will that follow me forever?",
                    List.of("6|You can archive or delete old posts. I did a big clean-up last year.", "M|Good question. Search your own name and pseudonyms, and remove what you no longer want online.")),
            new DemoThread(6, "other", "Is this site really anonymous?", "Can anyone see who I am here?",
                    List.of("M|Only your made-up name is shown. We never show your age, school or where you live, and the space is closed to adults and search engines.")),
            new DemoThread(7, "sexting", "My friend sent a nude to her boyfriend", "Now they broke up and she is scared he will share it. What can she do?",
                    List.of("S|She can contact Child Focus (116 000); they help remove images. It is good that she has a friend like you.")),
            new DemoThread(1, "other", "Welke apps gebruiken jullie het meest?", "Ik ben benieuwd wat jullie naast school doen op jullie gsm.",
                    List.of("0|Vooral muziek en een taalapp. En te veel video's.")),
            new DemoThread(8, "friendship", "Wie wil er samen gamen?", "Stuur me een berichtje op 0470 55 66 77 als je zin hebt!", List.of()),
            new DemoThread(9, "love", "Je cherche quelqu'un à qui parler", "Écris-moi sur mon numéro 0485 12 34 56, je suis seule ce soir.", List.of()),
            new DemoThread(8, "gaming", "Mijn Roblox-account is gehackt", "Mijn naam daar is hetzelfde als hier, kan iemand helpen? Mail me op zonnetje2011@example.com", List.of()));

    private static final Logger log = LoggerFactory.getLogger(PeerHelpDemo.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Space space;
    private final Posts posts;
    private final Members members;
    private final YouthAccounts youthAccounts;
    private final AccountDirectory directory;
    private final Tips tips;
    private final HubSettings hub;
    private final Clock clock;

    PeerHelpDemo(Space space, Posts posts, Members members, YouthAccounts youthAccounts, AccountDirectory directory,
            Tips tips, HubSettings hub, Clock clock) {
        this.space = space;
        this.posts = posts;
        this.members = members;
        this.youthAccounts = youthAccounts;
        this.directory = directory;
        this.tips = tips;
        this.hub = hub;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments arguments) throws IOException {
        if (posts.count() > 0) {
            return;
        }
        List<SignedInUser> youth = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        for (DemoMember member : MEMBERS) {
            String password = randomPassword();
            long id = youthAccounts.isTaken(member.pseudonym()) ? -1
                    : space.join(member.pseudonym(), password, 2011, Space.AVATARS.get(
                            youth.size() % Space.AVATARS.size()), member.language()).accountId();
            if (id < 0) {
                return;
            }
            lines.add(String.format("%-15s %-45s %s", "YOUTH", member.pseudonym(), password));
            if (!member.isNew()) {
                members.findById(id).ifPresent(m -> {
                    m.trust(TrustLevel.MEMBER);
                    members.save(m);
                });
            }
            youth.add(new SignedInUser(id, member.pseudonym(), null, EnumSet.of(Role.YOUTH), null, 0));
        }
        Path file = hub.dataDir().resolve("demo-accounts.txt");
        Files.createDirectories(hub.dataDir());
        Files.writeString(file, String.join(System.lineSeparator(), lines) + System.lineSeparator(),
                StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        log.info("Demo peer-help members created, sign in with the made-up name (also in {}):{}{}",
                file.toAbsolutePath().normalize(), System.lineSeparator(), String.join(System.lineSeparator(), lines));
        tips.save(new Tip("bullying", LocalizedText.of(Map.of(
                Language.NL, "Wat kun je doen als je online gepest wordt?",
                Language.FR, "Que faire si on te harcèle en ligne ?",
                Language.DE, "Was tun, wenn du online gemobbt wirst?",
                Language.EN, "What can you do when you are bullied online?")), LocalizedText.of(Map.of(
                Language.NL, "- **Reageer niet** op de pester.\n- Maak **screenshots** als bewijs.\n- **Blokkeer** en **meld** in de app.\n- Praat met iemand die je vertrouwt, of bel Awel op **102**.",
                Language.FR, "- **Ne réponds pas** au harceleur.\n- Fais des **captures d'écran** comme preuve.\n- **Bloque** et **signale** dans l'application.\n- Parles-en à quelqu'un de confiance, ou appelle Écoute-Enfants au **103**.",
                Language.DE, "- **Antworte nicht** auf die Person, die mobbt.\n- Mach **Screenshots** als Beweis.\n- **Blockiere** und **melde** in der App.\n- Sprich mit jemandem, dem du vertraust.",
                Language.EN, "- **Don't answer** the bully.\n- Take **screenshots** as proof.\n- **Block** and **report** in the app.\n- Talk to someone you trust, or call a helpline.")),
                clock.instant()));
        @Nullable SignedInUser supporter = staff(Role.PEER_SUPPORTER);
        @Nullable SignedInUser moderator = staff(Role.MODERATOR);
        for (DemoThread thread : THREADS) {
            Space.Outcome outcome = space.startThread(youth.get(thread.author()), thread.topic(), thread.title(),
                    thread.body(), null, false);
            // Held and escalated threads wait in the review queue: nobody can answer them yet.
            if (outcome.threadId() == null || (outcome.kind() != Space.Outcome.Kind.SHOWN
                    && outcome.kind() != Space.Outcome.Kind.REDACTED)) {
                continue;
            }
            for (String reply : thread.replies()) {
                String who = reply.substring(0, reply.indexOf('|'));
                String text = reply.substring(reply.indexOf('|') + 1);
                @Nullable SignedInUser author = switch (who) {
                    case "S" -> supporter;
                    case "M" -> moderator;
                    default -> youth.get(Integer.parseInt(who));
                };
                if (author != null) {
                    space.reply(author, outcome.threadId(), text, false);
                }
            }
        }
    }

    private static String randomPassword() {
        String alphabet = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            if (i > 0 && i % 4 == 0) {
                password.append('-');
            }
            password.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
        }
        return password.toString();
    }

    private @Nullable SignedInUser staff(Role role) {
        return directory.withRole(role).stream().findFirst()
            .map(contact -> new SignedInUser(contact.accountId(), contact.name(), contact.email(), EnumSet.of(role), null, 0))
            .orElse(null);
    }

}
