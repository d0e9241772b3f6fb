package org.saferinternethub.peerhelp;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.saferinternethub.moderation.TrustLevel;

import static org.assertj.core.api.Assertions.assertThat;

class MemberTests {

    private static final Instant JOINED = Instant.parse("2026-03-01T10:00:00Z");

    @Test
    void aNewMemberIsPromotedAfterEnoughPublishedPostsAndDaysNotBefore() {
        Member member = new Member(1, "Calm Heron 12", 2011, "owl", JOINED);
        member.countApprovedPost(JOINED.plus(Duration.ofDays(1)), 3, Duration.ofDays(3));
        member.countApprovedPost(JOINED.plus(Duration.ofDays(1)), 3, Duration.ofDays(3));
        member.countApprovedPost(JOINED.plus(Duration.ofDays(2)), 3, Duration.ofDays(3));
        assertThat(member.getTrust()).as("three posts, but only two days in").isEqualTo(TrustLevel.NEW);
        member.countApprovedPost(JOINED.plus(Duration.ofDays(3)), 3, Duration.ofDays(3));
        assertThat(member.getTrust()).isEqualTo(TrustLevel.MEMBER);
    }

    @Test
    void promotionNeverLowersATrustGivenByStaff() {
        Member member = new Member(2, "Bold Lynx 40", 2010, "fox", JOINED);
        member.trust(TrustLevel.TRUSTED);
        member.countApprovedPost(JOINED.plus(Duration.ofDays(10)), 3, Duration.ofDays(3));
        assertThat(member.getTrust()).isEqualTo(TrustLevel.TRUSTED);
    }

}
