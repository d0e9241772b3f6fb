package org.saferinternethub.peerhelp;

import java.util.EnumSet;
import java.util.concurrent.atomic.AtomicLong;

import org.saferinternethub.account.AccountFixtures.TestAccount;
import org.saferinternethub.account.Role;
import org.saferinternethub.account.YouthAccounts;
import org.saferinternethub.shared.Language;

/** A young member who joined through the space, with a password and a birth year, as the tests sign in. */
record JoinedMember(TestAccount account, String pseudonym) {

    static final String PASSWORD = "seven paper boats at dawn";
    private static final AtomicLong UNIQUE = new AtomicLong(System.nanoTime() % 1_000_000);

    /** Joins with a fresh pseudonym starting with the given words, e.g. {@code Calm Robin}. */
    static JoinedMember join(Space space, String pseudonymStart) {
        String pseudonym = pseudonymStart + " " + (10 + UNIQUE.incrementAndGet() % 89) + " " + suffix();
        YouthAccounts.Registered registered = space.join(pseudonym, PASSWORD, 2011, "owl", Language.EN);
        return new JoinedMember(new TestAccount(registered.accountId(), null, PASSWORD, "", EnumSet.of(Role.YOUTH)),
                pseudonym);
    }

    /** Letters only: pseudonyms refuse long numbers, and this keeps them unique across runs. */
    private static String suffix() {
        StringBuilder letters = new StringBuilder();
        long value = UNIQUE.incrementAndGet() + System.nanoTime();
        for (int i = 0; i < 6; i++) {
            letters.append((char) ('a' + Math.floorMod(value, 26)));
            value /= 26;
        }
        return letters.toString();
    }

}
