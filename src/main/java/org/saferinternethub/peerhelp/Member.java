package org.saferinternethub.peerhelp;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;
import org.saferinternethub.moderation.TrustLevel;

/** A young person's place in the space: pseudonym, avatar and trust level, keyed by account id. */
@Entity
@Table(name = "peerhelp_member")
class Member {

    @Id
    @Column(name = "account_id")
    private long accountId;

    @Column(nullable = false)
    private String pseudonym;

    @Column(name = "birth_year")
    private @Nullable Integer birthYear;

    @Column(nullable = false)
    private String avatar;

    @Column(name = "show_age_band", nullable = false)
    private boolean showAgeBand;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private TrustLevel trust = TrustLevel.NEW;

    @Column(name = "approved_posts", nullable = false)
    private int approvedPosts;

    @Column(name = "joined_at", nullable = false)
    private Instant joinedAt;

    @Column(name = "mail_on_reply", nullable = false)
    private boolean mailOnReply;

    protected Member() {
        this.pseudonym = "";
        this.avatar = "";
        this.joinedAt = Instant.EPOCH;
    }

    Member(long accountId, String pseudonym, @Nullable Integer birthYear, String avatar, Instant joinedAt) {
        this.accountId = accountId;
        this.pseudonym = pseudonym;
        this.birthYear = birthYear;
        this.avatar = avatar;
        this.joinedAt = joinedAt;
    }

    /** A published post counts towards promotion; a new member becomes MEMBER after enough of them and time. */
    void countApprovedPost(Instant now, int neededPosts, java.time.Duration neededAge) {
        approvedPosts++;
        if (trust == TrustLevel.NEW && approvedPosts >= neededPosts && !joinedAt.plus(neededAge).isAfter(now)) {
            trust = TrustLevel.MEMBER;
        }
    }

    void trust(TrustLevel level) {
        this.trust = level;
    }

    /** Staff take back a {@code TRUSTED} level: the member goes back to what their posts and time earned. */
    void untrust(int neededPosts, java.time.Duration neededAge, Instant now) {
        if (trust == TrustLevel.TRUSTED) {
            trust = approvedPosts >= neededPosts && !joinedAt.plus(neededAge).isAfter(now) ? TrustLevel.MEMBER
                    : TrustLevel.NEW;
        }
    }

    /** The member's own choices: picture, whether their age band shows, whether replies also come by e-mail. */
    void choose(String avatar, boolean showAgeBand, boolean mailOnReply) {
        this.avatar = avatar;
        this.showAgeBand = showAgeBand;
        this.mailOnReply = mailOnReply;
    }

    /** The age band shown next to the pseudonym when the member chose to show it: {@code 13-15} or {@code 16-18}. */
    @Nullable
    String shownAgeBand(int currentYear) {
        if (!showAgeBand || birthYear == null) {
            return null;
        }
        return currentYear - birthYear <= 15 ? "13-15" : "16-18";
    }

    @Nullable
    Integer getBirthYear() {
        return birthYear;
    }

    String getAvatar() {
        return avatar;
    }

    boolean isShowAgeBand() {
        return showAgeBand;
    }

    boolean isMailOnReply() {
        return mailOnReply;
    }

    int getApprovedPosts() {
        return approvedPosts;
    }

    Instant getJoinedAt() {
        return joinedAt;
    }

    long getAccountId() {
        return accountId;
    }

    String getPseudonym() {
        return pseudonym;
    }

    TrustLevel getTrust() {
        return trust;
    }

}
