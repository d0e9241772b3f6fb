package org.saferinternethub.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing without letting anyone lock a real person out (OWASP ASVS 6.3):
 * <ul>
 * <li>each client address has a budget of attempts over all accounts (Bucket4j);</li>
 * <li>failures from one address at one account make that pair wait, doubling each time;</li>
 * <li>failures at one account from many addresses bring only a short, capped delay for everyone.</li>
 * </ul>
 * Unknown accounts are throttled exactly like known ones, so that the answers give nothing away. The state is
 * kept in memory per node: with several nodes each keeps its own, which still bounds guessing per node.
 */
@Component
class SignInThrottle {

    private static final int MAX_ENTRIES = 100_000;

    private final AccountSettings.Throttle settings;
    private final Clock clock;
    private final Map<String, Bucket> addressBudgets = new ConcurrentHashMap<>();
    private final Map<String, Failures> pairFailures = new ConcurrentHashMap<>();
    private final Map<String, Failures> accountFailures = new ConcurrentHashMap<>();

    SignInThrottle(AccountSettings settings, Clock clock) {
        this.settings = settings.throttle();
        this.clock = clock;
    }

    /** How long this address must wait before trying this account, or empty when it may try now. */
    Optional<Duration> waitBefore(String address, String account) {
        Instant now = clock.instant();
        Duration pairWait = wait(pairFailures.get(pair(address, account)), now);
        Duration accountWait = wait(accountFailures.get(account), now);
        Duration longest = pairWait.compareTo(accountWait) >= 0 ? pairWait : accountWait;
        if (!longest.isZero()) {
            return Optional.of(longest);
        }
        if (addressBudgets.size() > MAX_ENTRIES) {
            addressBudgets.clear();
        }
        ConsumptionProbe probe = addressBudgets.computeIfAbsent(address, ignored -> newAddressBudget())
            .tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? Optional.empty() : Optional.of(Duration.ofNanos(probe.getNanosToWaitForRefill()));
    }

    void failed(String address, String account) {
        Instant now = clock.instant();
        if (pairFailures.size() > MAX_ENTRIES || accountFailures.size() > MAX_ENTRIES) {
            forgetOld();
        }
        pairFailures.compute(pair(address, account), (key, old) -> Failures.after(old, now,
                settings.freeFailuresPerPair(), settings.maxPairDelay()));
        accountFailures.compute(account, (key, old) -> Failures.after(old, now, settings.freeFailuresPerAccount(),
                settings.maxAccountDelay()));
    }

    void succeeded(String address, String account) {
        pairFailures.remove(pair(address, account));
        accountFailures.remove(account);
    }

    @Scheduled(fixedDelay = 10, timeUnit = java.util.concurrent.TimeUnit.MINUTES)
    void forgetOld() {
        Instant cutoff = clock.instant().minus(Duration.ofHours(1)).minus(settings.maxPairDelay());
        pairFailures.values().removeIf(failures -> failures.last().isBefore(cutoff));
        accountFailures.values().removeIf(failures -> failures.last().isBefore(cutoff));
        addressBudgets.clear();
    }

    private Bucket newAddressBudget() {
        return Bucket.builder()
            .addLimit(limit -> limit.capacity(settings.attemptsPerAddress())
                .refillGreedy(settings.attemptsPerAddress(), settings.addressWindow()))
            .build();
    }

    private static Duration wait(Failures failures, Instant now) {
        if (failures == null || !now.isBefore(failures.until())) {
            return Duration.ZERO;
        }
        Duration left = Duration.between(now, failures.until());
        return left.isNegative() ? Duration.ZERO : left;
    }

    private static String pair(String address, String account) {
        return address + '\n' + account;
    }

    /** A run of failures and the moment before which the next attempt waits. */
    private record Failures(int count, Instant last, Instant until) {

        static Failures after(Failures previous, Instant now, int free, Duration max) {
            int count = previous == null ? 1 : previous.count() + 1;
            if (count <= free) {
                return new Failures(count, now, now);
            }
            int doublings = Math.min(count - free - 1, 20);
            Duration delay = Duration.ofSeconds(1L << doublings);
            return new Failures(count, now, now.plus(delay.compareTo(max) > 0 ? max : delay));
        }

    }

}
