package org.saferinternethub.account;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import dev.samstevens.totp.secret.DefaultSecretGenerator;

import org.saferinternethub.shared.Language;
import org.saferinternethub.shared.LocalizedText;
import org.saferinternethub.testing.TestAccounts;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts for tests, in the states tests need: verified, with roles, staff already enrolled in two-factor
 * sign-in with a secret the test knows. Found by component scanning in every test context.
 */
@Component
public class AccountFixtures {

    /** An account a test created, with what it needs to sign in. */
    public record TestAccount(long id, String email, String password, String totpSecret, Set<Role> roles) {
    }

    private final Accounts accounts;
    private final Organisations organisations;
    private final PasswordEncoder passwords;
    private final Clock clock;
    private final String passwordHash;

    AccountFixtures(Accounts accounts, Organisations organisations, PasswordEncoder passwords, Clock clock) {
        this.accounts = accounts;
        this.organisations = organisations;
        this.passwords = passwords;
        this.clock = clock;
        this.passwordHash = passwords.encode(TestAccounts.PASSWORD);
    }

    /** A verified account with these roles; staff come with two-factor sign-in set up. */
    @Transactional
    public TestAccount create(Role... roles) {
        Set<Role> set = roles.length == 0 ? EnumSet.of(Role.MEMBER) : EnumSet.copyOf(List.of(roles));
        String email = TestAccounts.uniqueEmail(set.iterator().next().name().toLowerCase());
        Account account = new Account(email, passwordHash, "Test " + set.iterator().next(), Language.EN, set,
                clock.instant());
        account.verifyEmail();
        String secret = new DefaultSecretGenerator(32).generate();
        if (account.isStaff()) {
            account.enrolTwoFactor(secret, Set.of());
        }
        accounts.save(account);
        return new TestAccount(account.getId(), email, TestAccounts.PASSWORD, secret, set);
    }

    /** A verified account with these roles and no authenticator yet: staff set one up at the first sign-in. */
    @Transactional
    public TestAccount createWithoutSecondFactor(Role... roles) {
        Set<Role> set = EnumSet.copyOf(List.of(roles));
        String email = TestAccounts.uniqueEmail(set.iterator().next().name().toLowerCase());
        Account account = new Account(email, passwordHash, "Test " + set.iterator().next(), Language.EN, set,
                clock.instant());
        account.verifyEmail();
        accounts.save(account);
        return new TestAccount(account.getId(), email, TestAccounts.PASSWORD, "", set);
    }

    /** A new organisation, as other modules see it. */
    @Transactional
    public AccountDirectory.OrganisationSummary createOrganisation(String name, OrganisationType type) {
        Organisation organisation = new Organisation(name + " " + System.nanoTime(), type, clock.instant());
        organisation.update(organisation.getName(), type, null, "BE", Set.of(Language.NL), LocalizedText.empty());
        organisations.save(organisation);
        return new AccountDirectory.OrganisationSummary(organisation.getId(), organisation.getName(), type, "BE", null);
    }

    /** A verified {@code ORG_EDITOR} of an organisation. */
    @Transactional
    public TestAccount createEditorOf(long organisationId) {
        TestAccount editor = create(Role.ORG_EDITOR);
        Account account = accounts.findById(editor.id()).orElseThrow();
        account.joinOrganisation(organisations.findById(organisationId).orElseThrow());
        return editor;
    }

    /** What a signed-in request carries, for MockMvc's {@code authentication(...)}. */
    @Transactional(readOnly = true)
    public UsernamePasswordAuthenticationToken authentication(TestAccount account) {
        Account stored = accounts.findById(account.id()).orElseThrow();
        SignedInUser user = SessionSignIn.principalOf(stored);
        return UsernamePasswordAuthenticationToken.authenticated(user, null,
                stored.getRoles().stream().map(role -> new SimpleGrantedAuthority(role.authority())).toList());
    }

    /** The authenticator code of this moment for a secret. */
    public static String totpCode(String secret) {
        try {
            long step = System.currentTimeMillis() / 1000 / 30;
            return new DefaultCodeGenerator().generate(secret, step);
        }
        catch (CodeGenerationException failure) {
            throw new IllegalStateException(failure);
        }
    }

}
