package org.saferinternethub.peerhelp;

import java.time.Clock;
import java.util.List;

import org.saferinternethub.account.SignedInUser;
import org.saferinternethub.moderation.TrustLevel;
import org.saferinternethub.platform.AuditLog;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What moderators and counsellors do inside the space, each step in the audit log: slow a thread down, and give
 * (or take back) a member's {@code TRUSTED} level, which the moderation engine reads on their next post.
 */
@Service
class Stewardship {

    /** The slow-mode steps staff choose from, in seconds (0: off). */
    static final List<Integer> SLOW_MODES = List.of(0, 30, 120, 600, 3600);

    private final Posts posts;
    private final Members members;
    private final PeerHelpSettings settings;
    private final AuditLog auditLog;
    private final Clock clock;

    Stewardship(Posts posts, Members members, PeerHelpSettings settings, AuditLog auditLog, Clock clock) {
        this.posts = posts;
        this.members = members;
        this.settings = settings;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    @Transactional
    void slowMode(SignedInUser user, long threadId, int seconds) {
        if (!Access.isStaff(user)) {
            auditLog.record(user.getName(), "peerhelp.thread.slow-mode", "peerhelp-thread#" + threadId,
                    AuditLog.Outcome.DENIED, null);
            throw notStaff();
        }
        Post thread = posts.findById(threadId).filter(Post::isThread).orElseThrow(Space.NotFound::new);
        if (!SLOW_MODES.contains(seconds)) {
            throw new IllegalArgumentException("not a slow-mode step: " + seconds);
        }
        thread.slowMode(seconds);
        auditLog.record(user.getName(), "peerhelp.thread.slow-mode", "peerhelp-thread#" + threadId,
                AuditLog.Outcome.SUCCESS, seconds + "s");
    }

    /**
     * Gives the author of a post the {@code TRUSTED} level, or takes it back (they return to what their posts and
     * time earned). Only for young members: staff write as trusted anyway.
     *
     * @return the thread of the post, to return to
     */
    @Transactional
    long trust(SignedInUser user, long postId, boolean trusted) {
        Post post = posts.findById(postId).orElseThrow(Space.NotFound::new);
        if (!Access.isStaff(user)) {
            auditLog.record(user.getName(), "peerhelp.member.trust", "account#" + post.getAuthorId(),
                    AuditLog.Outcome.DENIED, null);
            throw notStaff();
        }
        Member member = members.findById(post.getAuthorId()).filter(m -> post.getAuthorBadge() == null)
            .orElseThrow(Space.NotFound::new);
        if (trusted) {
            member.trust(TrustLevel.TRUSTED);
        }
        else {
            member.untrust(settings.promotionPosts(), settings.promotionAge(), clock.instant());
        }
        auditLog.record(user.getName(), "peerhelp.member.trust", "account#" + member.getAccountId(),
                AuditLog.Outcome.SUCCESS, member.getTrust().name());
        return post.threadIdOrOwn();
    }

    private static AccessDeniedException notStaff() {
        return new AccessDeniedException("only moderators and counsellors steer the space");
    }

}
