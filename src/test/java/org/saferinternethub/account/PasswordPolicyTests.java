package org.saferinternethub.account;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordPolicyTests {

    PasswordPolicy policy = new PasswordPolicy();

    @Test
    void acceptsLongUnusualPassphrasesOfAnyComposition() {
        assertThat(policy.problemWith("paarse olifant danst traag")).isEmpty();
        assertThat(policy.problemWith("ÿéñ ünïcødé pässwörd ✓")).isEmpty();
        assertThat(policy.problemWith("x".repeat(60) + "qz7!" + "y".repeat(64))).isEmpty();
    }

    @Test
    void refusesTooShortAndTooLong() {
        assertThat(policy.problemWith("Ab3$xyz")).contains("account.password.too-short");
        assertThat(policy.problemWith("a".repeat(129))).contains("account.password.too-long");
        assertThat(policy.problemWith("a".repeat(64) + "b".repeat(64))).isEmpty();
    }

    @Test
    void refusesTheMostCommonPasswordsWhateverTheirCase() {
        assertThat(policy.problemWith("password")).contains("account.password.common");
        assertThat(policy.problemWith("Password")).contains("account.password.common");
        assertThat(policy.problemWith("12345678")).contains("account.password.common");
        assertThat(policy.problemWith("iloveyou")).contains("account.password.common");
        assertThat(policy.problemWith("p4ssw0rd")).contains("account.password.common");
    }

    @Test
    void refusesTheAccountsOwnAddressOrName() {
        assertThat(policy.problemWith("jan.peeters@example.org", "jan.peeters@example.org"))
            .contains("account.password.personal");
    }

}
