package org.saferinternethub.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SignInThrottleTests {

    MutableClock clock = new MutableClock();
    SignInThrottle throttle = new SignInThrottle(new AccountSettings(null, null, Duration.ofHours(48), Duration.ofHours(1),
            Duration.ofHours(24), new AccountSettings.Throttle(30, Duration.ofMinutes(10), 3, Duration.ofMinutes(15), 20,
                    Duration.ofSeconds(30)), "Hub"), clock);

    @Test
    void letsThreeFailuresPassThenDoublesTheWaitPerAddressAndAccount() {
        for (int i = 0; i < 3; i++) {
            assertThat(throttle.waitBefore("10.0.0.1", "a@b.org")).isEmpty();
            throttle.failed("10.0.0.1", "a@b.org");
        }
        assertThat(throttle.waitBefore("10.0.0.1", "a@b.org")).isEmpty();
        throttle.failed("10.0.0.1", "a@b.org");
        assertThat(throttle.waitBefore("10.0.0.1", "a@b.org")).contains(Duration.ofSeconds(1));
        clock.advance(Duration.ofSeconds(1));
        throttle.failed("10.0.0.1", "a@b.org");
        assertThat(throttle.waitBefore("10.0.0.1", "a@b.org")).contains(Duration.ofSeconds(2));
        clock.advance(Duration.ofSeconds(2));
        throttle.failed("10.0.0.1", "a@b.org");
        assertThat(throttle.waitBefore("10.0.0.1", "a@b.org")).contains(Duration.ofSeconds(4));
    }

    @Test
    void neverDelaysTheSameAccountFromAnotherAddressBeyondTheShortCap() {
        for (int i = 0; i < 200; i++) {
            throttle.failed("10.0.0." + (i % 50), "victim@b.org");
            clock.advance(Duration.ofMillis(10));
        }
        assertThat(throttle.waitBefore("192.168.1.20", "victim@b.org").orElse(Duration.ZERO))
            .isLessThanOrEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void capsTheWaitOfOnePairAtTheMaximum() {
        for (int i = 0; i < 40; i++) {
            throttle.failed("10.0.0.9", "c@b.org");
        }
        assertThat(throttle.waitBefore("10.0.0.9", "c@b.org")).contains(Duration.ofMinutes(15));
    }

    @Test
    void successClearsTheFailures() {
        for (int i = 0; i < 5; i++) {
            throttle.failed("10.0.0.2", "d@b.org");
        }
        throttle.succeeded("10.0.0.2", "d@b.org");
        assertThat(throttle.waitBefore("10.0.0.2", "d@b.org")).isEmpty();
    }

    static class MutableClock extends Clock {

        private Instant now = Instant.parse("2026-02-10T09:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }

    }

}
