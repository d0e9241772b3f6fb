package org.saferinternethub.testing;

import java.util.concurrent.atomic.AtomicInteger;

/** Fresh, unique addresses and a password that passes the rules, for tests that create accounts. */
public final class TestAccounts {

    public static final String PASSWORD = "correct horse battery staple 42";

    private static final AtomicInteger COUNTER = new AtomicInteger();

    private TestAccounts() {
    }

    public static String uniqueEmail(String who) {
        return who + "-" + System.nanoTime() % 1_000_000 + "-" + COUNTER.incrementAndGet() + "@test.example.org";
    }

}
