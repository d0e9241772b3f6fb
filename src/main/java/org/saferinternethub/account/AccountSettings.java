package org.saferinternethub.account;

import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param adminEmail the first admin's address, created at first start when no admin exists (env {@code HUB_ADMIN_EMAIL})
 * @param adminPassword the first admin's password (env {@code HUB_ADMIN_PASSWORD}); when either is empty, a one-time
 *     set-up link is written to the log instead
 * @param verificationValidity how long an e-mail verification link works
 * @param resetValidity how long a password-reset link works
 * @param setupValidity how long the one-time admin set-up link works
 * @param throttle sign-in throttling
 * @param issuer the name authenticator apps show next to the account
 */
@ConfigurationProperties("hub.account")
record AccountSettings(@Nullable String adminEmail, @Nullable String adminPassword,
        @DefaultValue("48h") Duration verificationValidity, @DefaultValue("1h") Duration resetValidity,
        @DefaultValue("24h") Duration setupValidity, @DefaultValue Throttle throttle,
        @DefaultValue("Safer Internet Hub") String issuer) {

    /**
     * Sign-in attempts are throttled so that guessing is slow, without ever locking the real person out: the
     * delays grow per address-and-account pair, while attempts at one account from everywhere meet only a short,
     * capped delay.
     *
     * @param attemptsPerAddress attempts one client address may make per {@code addressWindow}, over all accounts
     * @param addressWindow the window of {@code attemptsPerAddress}
     * @param freeFailuresPerPair failures from one address at one account before delays start; each further
     *     failure doubles the delay, up to {@code maxPairDelay}
     * @param maxPairDelay the longest delay for one address at one account
     * @param freeFailuresPerAccount failures at one account from all addresses before the account-wide delay starts
     * @param maxAccountDelay the longest account-wide delay; short, so that an attacker cannot lock anyone out
     */
    record Throttle(@DefaultValue("30") int attemptsPerAddress, @DefaultValue("10m") Duration addressWindow,
            @DefaultValue("3") int freeFailuresPerPair, @DefaultValue("15m") Duration maxPairDelay,
            @DefaultValue("20") int freeFailuresPerAccount, @DefaultValue("30s") Duration maxAccountDelay) {
    }

}
