package org.saferinternethub.account;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import org.saferinternethub.platform.HubSettings;
import org.saferinternethub.shared.Language;
import org.saferinternethub.shared.LocalizedText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo content (profile {@code demo}, the default when no profile is chosen): organisations and one account
 * per role. Passwords are random per installation — never a default — and are written to the log and to
 * {@code demo-accounts.txt} in the data folder when the accounts are first created.
 */
@Component
@Profile("demo")
@Order(10)
class DemoAccounts implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);
    private static final String DOMAIN = "demo.saferinternethub.org";

    private final Accounts accounts;
    private final Organisations organisations;
    private final PasswordEncoder passwords;
    private final HubSettings settings;
    private final Clock clock;

    DemoAccounts(Accounts accounts, Organisations organisations, PasswordEncoder passwords, HubSettings settings,
            Clock clock) {
        this.accounts = accounts;
        this.organisations = organisations;
        this.passwords = passwords;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments arguments) throws IOException {
        if (accounts.count() > 0) {
            return;
        }
        Organisation centre = organisation("Safer Internet Centre Belgium", OrganisationType.CENTRE, "BE",
                Map.of(Language.NL, "Het Belgische Safer Internet Centre: bewustmaking, hulplijn en meldpunt.",
                        Language.FR, "Le Safer Internet Centre belge : sensibilisation, ligne d'aide et point de signalement.",
                        Language.DE, "Das belgische Safer Internet Centre: Sensibilisierung, Hilfetelefon und Meldestelle.",
                        Language.EN, "The Belgian Safer Internet Centre: awareness, helpline and hotline."));
        Organisation library = organisation("Bibliotheek Kortrijk", OrganisationType.LIBRARY, "BE-VLG",
                Map.of(Language.NL, "Openbare bibliotheek met workshops mediawijsheid voor ouders en jongeren."));
        organisation("Média Animation", OrganisationType.ASSOCIATION, "BE-WAL",
                Map.of(Language.FR, "Association d'éducation aux médias : ateliers pour écoles et bibliothèques."));
        organisation("Jugendbüro Eupen", OrganisationType.YOUTH_WORK, "BE-DG",
                Map.of(Language.DE, "Jugendarbeit in der Deutschsprachigen Gemeinschaft: Medienkompetenz für Jugendliche."));
        organisation("Brussels Digital Schools Network", OrganisationType.PARTNER, "BE-BRU",
                Map.of(Language.EN, "A network of Brussels schools sharing lessons on digital citizenship.",
                        Language.FR, "Un réseau d'écoles bruxelloises qui partagent des leçons de citoyenneté numérique.",
                        Language.NL, "Een netwerk van Brusselse scholen dat lessen digitaal burgerschap deelt."));

        List<String> lines = new ArrayList<>();
        for (Role role : Role.values()) {
            String email = role.name().toLowerCase().replace('_', '-') + "@" + DOMAIN;
            String password = randomPassword();
            Account account = new Account(email, passwords.encode(password), displayName(role), Language.NL,
                    EnumSet.of(role), clock.instant());
            account.verifyEmail();
            if (role == Role.ORG_EDITOR) {
                account.joinOrganisation(library);
            }
            else if (role.isStaff()) {
                account.joinOrganisation(centre);
            }
            accounts.save(account);
            lines.add(String.format("%-15s %-45s %s%s", role, email, password,
                    role.isStaff() ? "  (sets up two-factor sign-in at first sign-in)" : ""));
        }
        Path file = settings.dataDir().resolve("demo-accounts.txt");
        Files.createDirectories(settings.dataDir());
        Files.writeString(file, String.join(System.lineSeparator(), lines) + System.lineSeparator());
        log.info("Demo accounts created (also in {}):{}{}", file.toAbsolutePath().normalize(), System.lineSeparator(),
                String.join(System.lineSeparator(), lines));
    }

    private Organisation organisation(String name, OrganisationType type, String region, Map<Language, String> about) {
        Organisation organisation = new Organisation(name, type, clock.instant());
        organisation.update(name, type, null, region, about.keySet(), LocalizedText.of(about));
        return organisations.save(organisation);
    }

    private static String displayName(Role role) {
        return switch (role) {
            case YOUTH -> "Sunny Otter";
            case PEER_SUPPORTER -> "Peer supporter Lina";
            case MEMBER -> "Sam Peeters";
            case ORG_EDITOR -> "An Vermeulen";
            case EDITOR -> "Editor Karim";
            case MODERATOR -> "Moderator Julie";
            case COUNSELLOR -> "Counsellor Tom";
            case ADMIN -> "Admin Eva";
        };
    }

    private static String randomPassword() {
        String alphabet = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        SecureRandom random = new SecureRandom();
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            if (i > 0 && i % 4 == 0) {
                password.append('-');
            }
            password.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return password.toString();
    }

}
