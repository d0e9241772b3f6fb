package org.saferinternethub.peerhelp;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.saferinternethub.account.SignedInUser;
import org.saferinternethub.account.YouthAccounts;
import org.saferinternethub.platform.AuditLog;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A member's own data: their choices (picture, age band, e-mail on replies), a JSON export of everything the
 * space keeps about them, and leaving the space with or without their posts.
 */
@Service
class MemberData {

    /**
     * Everything the space keeps about one member. Nothing about other members but the titles of the threads
     * their posts, reactions and follows belong to.
     */
    record Export(Instant exportedAt, Profile member, List<ExportedPost> posts, List<ExportedReaction> reactions,
            List<ExportedFollow> follows, int membersBlocked) {
    }

    record Profile(String pseudonym, String avatar, @Nullable Integer birthYear, boolean showAgeBand,
            boolean mailOnReply, String trustLevel, int publishedPosts, Instant joinedAt,
            @Nullable String recoveryEmail) {
    }

    record ExportedPost(long id, String kind, long threadId, @Nullable String threadTitle, String topic,
            @Nullable String title, String body, @Nullable String contentWarning, String status, boolean helpful,
            Instant createdAt) {
    }

    record ExportedReaction(long postId, @Nullable String threadTitle, String kind) {
    }

    record ExportedFollow(long threadId, @Nullable String threadTitle) {
    }

    private final Members members;
    private final Posts posts;
    private final Reactions reactions;
    private final Follows follows;
    private final Blocks blocks;
    private final YouthAccounts youthAccounts;
    private final AuditLog auditLog;
    private final Clock clock;

    MemberData(Members members, Posts posts, Reactions reactions, Follows follows, Blocks blocks,
            YouthAccounts youthAccounts, AuditLog auditLog, Clock clock) {
        this.members = members;
        this.posts = posts;
        this.reactions = reactions;
        this.follows = follows;
        this.blocks = blocks;
        this.youthAccounts = youthAccounts;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** The member row of a young member; 404 for anyone else (staff have none). */
    @Transactional(readOnly = true)
    Member of(SignedInUser user) {
        return members.findById(user.id()).orElseThrow(Space.NotFound::new);
    }

    @Transactional
    void choose(SignedInUser user, String avatar, boolean showAgeBand, boolean mailOnReply) {
        members.findById(user.id()).orElseThrow(Space.NotFound::new)
            .choose(Space.AVATARS.contains(avatar) ? avatar : Space.AVATARS.get(0), showAgeBand, mailOnReply);
    }

    @Transactional(readOnly = true)
    Export export(SignedInUser user) {
        Member member = of(user);
        List<Post> own = posts.findByAuthorIdOrderByCreatedAtAsc(user.id());
        List<Reaction> reacted = reactions.findByAccountId(user.id());
        List<Follow> followed = follows.findByAccountId(user.id());
        Map<Long, Post> byId = new LinkedHashMap<>();
        own.forEach(post -> byId.put(post.getId(), post));
        Set<Long> wanted = new java.util.HashSet<>();
        own.forEach(post -> wanted.add(post.threadIdOrOwn()));
        reacted.forEach(reaction -> wanted.add(reaction.getPostId()));
        followed.forEach(follow -> wanted.add(follow.getThreadId()));
        wanted.removeAll(byId.keySet());
        posts.findByIdIn(wanted).forEach(post -> byId.put(post.getId(), post));
        // Threads of others whose replies were reacted to.
        Set<Long> threadsOfReplies = byId.values().stream().filter(post -> !post.isThread())
            .map(Post::threadIdOrOwn).filter(id -> !byId.containsKey(id)).collect(Collectors.toSet());
        posts.findByIdIn(threadsOfReplies).forEach(post -> byId.put(post.getId(), post));

        List<ExportedPost> exportedPosts = own.stream().map(post -> new ExportedPost(post.getId(),
                post.isThread() ? "thread" : "reply", post.threadIdOrOwn(), titleOf(post.threadIdOrOwn(), byId, user),
                post.getTopic(), post.getTitle(), post.getBody(), post.getContentWarning(), post.getStatus().name(),
                post.isHelpful(), post.getCreatedAt())).toList();
        List<ExportedReaction> exportedReactions = reacted.stream().map(reaction -> new ExportedReaction(
                reaction.getPostId(), Optional.ofNullable(byId.get(reaction.getPostId()))
                    .map(post -> titleOf(post.threadIdOrOwn(), byId, user)).orElse(null),
                reaction.getKind().name())).toList();
        List<ExportedFollow> exportedFollows = followed.stream()
            .map(follow -> new ExportedFollow(follow.getThreadId(), titleOf(follow.getThreadId(), byId, user)))
            .toList();
        int blocked = blocks.findByBlockerId(user.id()).size();
        return new Export(clock.instant(), new Profile(member.getPseudonym(), member.getAvatar(), member.getBirthYear(),
                member.isShowAgeBand(), member.isMailOnReply(), member.getTrust().name(), member.getApprovedPosts(),
                member.getJoinedAt(), youthAccounts.recoveryEmail(user.id()).orElse(null)), exportedPosts, exportedReactions, exportedFollows, blocked);
    }

    /** A thread's title, when the member may see the thread (it is shown, or it is theirs). */
    private static @Nullable String titleOf(long threadId, Map<Long, Post> byId, SignedInUser user) {
        Post thread = byId.get(threadId);
        return thread != null && thread.isVisibleTo(user.id()) ? thread.getTitle() : null;
    }

    /**
     * The member leaves: after their password, the account goes, with their reactions, follows and blocks; their
     * posts either stay as a former member's (no pseudonym, no picture, nothing linking them) or go too (a
     * thread with its replies).
     *
     * @return false when the password is not theirs (nothing changed)
     */
    @Transactional
    boolean leave(SignedInUser user, String password, boolean keepPosts) {
        of(user);
        if (!youthAccounts.passwordMatches(user.id(), password)) {
            auditLog.record(user.getName(), "peerhelp.member.leave", "account#" + user.id(), AuditLog.Outcome.FAILURE,
                    "password");
            return false;
        }
        List<Post> own = posts.findByAuthorIdOrderByCreatedAtAsc(user.id());
        if (keepPosts) {
            own.forEach(Post::formerMember);
        }
        else {
            Map<Long, Post> doomed = new LinkedHashMap<>();
            for (Post post : own) {
                if (post.isThread()) {
                    posts.findByThreadIdOrderByCreatedAtAsc(post.getId())
                        .forEach(reply -> doomed.put(reply.getId(), reply));
                }
            }
            own.forEach(post -> doomed.putIfAbsent(post.getId(), post));
            // Replies before their threads, so that nothing points to a thread already gone.
            List<Post> order = doomed.values().stream().sorted((a, b) -> Boolean.compare(a.isThread(), b.isThread()))
                .toList();
            posts.deleteAll(order);
        }
        reactions.deleteAllOf(user.id());
        follows.deleteAllOf(user.id());
        blocks.deleteAllAbout(user.id());
        members.deleteById(user.id());
        youthAccounts.delete(user.id());
        auditLog.record(user.getName(), "peerhelp.member.leave", "account#" + user.id(), AuditLog.Outcome.SUCCESS,
                (keepPosts ? "posts kept as former member: " : "posts removed: ") + own.size());
        return true;
    }

}
