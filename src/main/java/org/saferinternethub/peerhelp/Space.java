package org.saferinternethub.peerhelp;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;

import io.github.bucket4j.Bucket;
import org.hibernate.search.mapper.orm.Search;
import org.jspecify.annotations.Nullable;
import org.saferinternethub.account.Notifications;
import org.saferinternethub.account.SignedInUser;
import org.saferinternethub.account.YouthAccounts;
import org.saferinternethub.moderation.ContentHiddenByReports;
import org.saferinternethub.moderation.ContentModerated;
import org.saferinternethub.moderation.ContentRef;
import org.saferinternethub.moderation.Decision;
import org.saferinternethub.moderation.Moderation;
import org.saferinternethub.moderation.ModerationRequest;
import org.saferinternethub.moderation.ReportReason;
import org.saferinternethub.moderation.Sanction;
import org.saferinternethub.moderation.TrustLevel;
import org.saferinternethub.shared.Language;
import org.springframework.data.domain.PageRequest;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What happens in the space: joining, starting threads and replying (every text through the moderation engine,
 * its decision applied), reactions, helpful marks, reports and blocks, and the moderators' later decisions.
 */
@Service
class Space {

    static final String MODULE = "peerhelp";
    /** The preset pictures a member chooses from: {@code static/img/peerhelp/avatars/<name>.svg}. */
    static final List<String> AVATARS = List.of("otter", "panda", "fox", "owl", "dolphin", "turtle", "cat", "rabbit",
            "bear", "frog", "penguin", "hedgehog");

    /**
     * What became of something a member wrote.
     *
     * @param kind what the member is shown
     * @param threadId the thread to show, when there is one
     * @param message the moderation engine's words for the author (redaction, waiting, crisis lines, refusal)
     * @param problemKey why the member may not post now (sanction, too many posts), with its arguments
     */
    record Outcome(Kind kind, @Nullable Long threadId, @Nullable String message, @Nullable String problemKey,
            List<String> problemArguments) {

        enum Kind {
            SHOWN, REDACTED, WAITING, CRISIS, REFUSED, NOT_NOW
        }

        static Outcome notNow(String key, String... arguments) {
            return new Outcome(Kind.NOT_NOW, null, null, key, List.of(arguments));
        }

    }

    /** A post as one viewer sees it. */
    record PostView(long id, long threadId, String authorName, @Nullable String badge, @Nullable String title,
            String body, @Nullable String contentWarning, String topic, boolean waiting, boolean refused,
            boolean hidden, boolean mine, boolean helpful, boolean collapsed, long meToo, long support, long helped,
            Instant createdAt, AuthorView author) {
    }

    /**
     * Who wrote a post, as the viewer sees them.
     *
     * @param avatar the member's preset picture; null for staff and former members
     * @param ageBand {@code 13-15} or {@code 16-18} when the member chose to show it
     * @param former the author deleted their account and left the post
     * @param trust the author's trust level, for staff only (null for everyone else, staff and former members)
     */
    record AuthorView(@Nullable String avatar, @Nullable String ageBand, boolean former, @Nullable TrustLevel trust) {
    }

    /**
     * A thread page: the thread, its replies, whether the viewer started it (and may mark replies helpful),
     * follows it, and may steer it as staff; the slow mode in seconds (0: off).
     */
    record ThreadPage(PostView thread, List<PostView> replies, boolean viewerStartedIt, boolean following,
            boolean staff, int slowModeSeconds) {
    }

    private final Posts posts;
    private final Members members;
    private final Reactions reactions;
    private final Blocks blocks;
    private final Follows follows;
    private final Moderation moderation;
    private final YouthAccounts youthAccounts;
    private final Notifications notifications;
    private final PeerHelpSettings settings;
    private final EntityManager entityManager;
    private final Clock clock;
    private final Map<Long, Bucket> postingBuckets = new ConcurrentHashMap<>();

    Space(Posts posts, Members members, Reactions reactions, Blocks blocks, Follows follows, Moderation moderation,
            YouthAccounts youthAccounts, Notifications notifications, PeerHelpSettings settings,
            EntityManager entityManager, Clock clock) {
        this.posts = posts;
        this.members = members;
        this.reactions = reactions;
        this.blocks = blocks;
        this.follows = follows;
        this.moderation = moderation;
        this.youthAccounts = youthAccounts;
        this.notifications = notifications;
        this.settings = settings;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /** Creates the account and the member; the caller has checked pseudonym, age, password and house rules. */
    @Transactional
    YouthAccounts.Registered join(String pseudonym, String password, int birthYear, String avatar, Language language) {
        YouthAccounts.Registered registered = youthAccounts.register(pseudonym, password, language);
        members.save(new Member(registered.accountId(), pseudonym.strip(), birthYear,
                AVATARS.contains(avatar) ? avatar : AVATARS.get(0), clock.instant()));
        return registered;
    }

    /** The age a birth year gives this year (the member may be a year younger until their birthday). */
    int ageOf(int birthYear) {
        return clock.instant().atZone(ZoneOffset.UTC).getYear() - birthYear;
    }

    @Transactional
    Outcome startThread(SignedInUser user, String topic, String title, String body, @Nullable String contentWarning) {
        return startThread(user, topic, title, body, contentWarning, true);
    }

    /** As above; demo content is written without the per-member rate limit. */
    @Transactional
    Outcome startThread(SignedInUser user, String topic, String title, String body, @Nullable String contentWarning,
            boolean rateLimited) {
        Optional<Outcome> notNow = mayNotPost(user, rateLimited);
        if (notNow.isPresent()) {
            return notNow.get();
        }
        if (contentWarning != null && moderation.screen(contentWarning, "auto", TrustLevel.NEW).decision() != Decision.PUBLISH) {
            return new Outcome(Outcome.Kind.REFUSED, null, null, "peerhelp.post.warning-refused", List.of());
        }
        Post thread = posts.save(Post.thread(topic, title.strip(), body.strip(), contentWarning, author(user),
                clock.instant()));
        Outcome outcome = screen(thread, user, true);
        if (outcome.threadId() != null) {
            follow(user.id(), outcome.threadId());
        }
        return outcome;
    }

    @Transactional
    Outcome reply(SignedInUser user, long threadId, String body) {
        return reply(user, threadId, body, true);
    }

    @Transactional
    Outcome reply(SignedInUser user, long threadId, String body, boolean rateLimited) {
        Post thread = posts.findById(threadId).filter(Post::isThread).filter(p -> p.isVisibleTo(user.id()))
            .orElseThrow(NotFound::new);
        Optional<Outcome> slow = slowMode(thread, user);
        if (slow.isPresent()) {
            return slow.get();
        }
        Optional<Outcome> notNow = mayNotPost(user, rateLimited);
        if (notNow.isPresent()) {
            return notNow.get();
        }
        Post reply = posts.save(Post.reply(thread, body.strip(), author(user), clock.instant()));
        Outcome outcome = screen(reply, user, true);
        if (outcome.threadId() != null) {
            follow(user.id(), thread.getId());
        }
        return outcome;
    }

    /** In a slowed-down thread a young member (or peer supporter) waits between two replies; staff never do. */
    private Optional<Outcome> slowMode(Post thread, SignedInUser user) {
        if (thread.getSlowModeSeconds() <= 0 || Access.isStaff(user)) {
            return Optional.empty();
        }
        Instant last = posts.lastReplyAt(thread.getId(), user.id());
        if (last == null) {
            return Optional.empty();
        }
        long left = Duration.between(clock.instant(), last.plusSeconds(thread.getSlowModeSeconds())).toSeconds();
        if (left <= 0) {
            return Optional.empty();
        }
        return Optional.of(left < 60 ? Outcome.notNow("peerhelp.slow-mode.wait-seconds", String.valueOf(left + 1))
                : Outcome.notNow("peerhelp.slow-mode.wait-minutes", String.valueOf((left + 59) / 60)));
    }

    /** Follows (or stops following) a thread the viewer can see. */
    @Transactional
    void follow(SignedInUser user, long threadId, boolean follow) {
        Post thread = posts.findById(threadId).filter(Post::isThread).filter(p -> p.isVisibleTo(user.id()))
            .orElseThrow(NotFound::new);
        if (follow) {
            follow(user.id(), thread.getId());
        }
        else {
            follows.unfollow(user.id(), thread.getId());
        }
    }

    private void follow(long accountId, long threadId) {
        if (!follows.existsByAccountIdAndThreadId(accountId, threadId)) {
            follows.save(new Follow(accountId, threadId));
        }
    }

    /** The author's own post, for the edit form. */
    @Transactional(readOnly = true)
    PostView own(SignedInUser user, long postId) {
        Post post = posts.findById(postId).filter(p -> p.getAuthorId() == user.id()).orElseThrow(NotFound::new);
        return views(List.of(post), user).get(0);
    }

    /** The author changes a post; the new text is screened again and, if refused, the old one stays. */
    @Transactional
    Outcome edit(SignedInUser user, long postId, @Nullable String title, String body) {
        Post post = posts.findById(postId).filter(p -> p.getAuthorId() == user.id()).orElseThrow(NotFound::new);
        Optional<Outcome> notNow = mayNotPost(user, true);
        if (notNow.isPresent()) {
            return notNow.get();
        }
        String oldTitle = post.getTitle();
        String oldBody = post.getBody();
        Post.Status oldStatus = post.getStatus();
        post.rewrite(title == null ? null : title.strip(), body.strip());
        Outcome outcome = screen(post, user, false);
        if (outcome.kind() == Outcome.Kind.REFUSED) {
            post.restore(oldTitle, oldBody, oldStatus);
        }
        return outcome;
    }

    /** The author deletes a post; deleting a thread deletes its replies. */
    @Transactional
    Optional<Long> delete(SignedInUser user, long postId) {
        Post post = posts.findById(postId).filter(p -> p.getAuthorId() == user.id()).orElseThrow(NotFound::new);
        if (post.isThread()) {
            posts.deleteAll(posts.findByThreadIdOrderByCreatedAtAsc(post.getId()));
        }
        posts.delete(post);
        return post.isThread() ? Optional.empty() : Optional.of(post.threadIdOrOwn());
    }

    private Outcome screen(Post post, SignedInUser user, boolean isNew) {
        TrustLevel trust = trustOf(user);
        Moderation.Submission submission = moderation.submit(new ModerationRequest(
                new ContentRef(MODULE, post.isThread() ? "thread" : "reply", post.getId()), post.moderatedText(), "auto",
                trust, user.id(), post.getAuthorName(), "/peer-help/threads/" + post.threadIdOrOwn()));
        Decision decision = submission.verdict().decision();
        if (decision == Decision.REFUSE) {
            if (isNew) {
                posts.delete(post);
            }
            return new Outcome(Outcome.Kind.REFUSED, null, submission.message(), null, List.of());
        }
        if (submission.visibleNow()) {
            post.publish(submission.textToShow(post.moderatedText()));
            if (isNew) {
                published(post);
            }
            return new Outcome(decision == Decision.REDACT ? Outcome.Kind.REDACTED : Outcome.Kind.SHOWN,
                    post.threadIdOrOwn(), decision == Decision.REDACT ? submission.message() : null, null, List.of());
        }
        return new Outcome(decision == Decision.ESCALATE ? Outcome.Kind.CRISIS : Outcome.Kind.WAITING,
                post.threadIdOrOwn(), submission.message(), null, List.of());
    }

    /**
     * A post became visible: it counts for its author's promotion, wakes the thread up and, for a reply, tells the
     * thread's followers (not its author) that there is something new, without a word of what: the notification
     * and the e-mail (only for members who asked for it) carry a neutral sentence and the link.
     */
    private void published(Post post) {
        Instant now = clock.instant();
        members.findById(post.getAuthorId()).ifPresent(member -> member.countApprovedPost(now, settings.promotionPosts(),
                settings.promotionAge()));
        if (!post.isThread()) {
            posts.findById(post.threadIdOrOwn()).ifPresent(thread -> {
                thread.touch(now);
                for (Follow follow : follows.findByThreadId(thread.getId())) {
                    if (follow.getAccountId() != post.getAuthorId()) {
                        boolean byMail = members.findById(follow.getAccountId()).map(Member::isMailOnReply)
                            .orElse(false);
                        notifications.notify(follow.getAccountId(), "peerhelp.notification.reply", List.of(),
                                "/peer-help/threads/" + thread.getId(), byMail);
                    }
                }
            });
        }
    }

    private Optional<Outcome> mayNotPost(SignedInUser user, boolean rateLimited) {
        Optional<Sanction> sanction = moderation.activeSanction(user.id()).filter(Sanction::blocksPosting);
        if (sanction.isPresent()) {
            Instant until = sanction.get().until();
            return Optional.of(until == null ? Outcome.notNow("peerhelp.post.suspended")
                    : Outcome.notNow("peerhelp.post.silenced-until", until.toString().substring(0, 10)));
        }
        if (!rateLimited) {
            return Optional.empty();
        }
        Bucket bucket = postingBuckets.computeIfAbsent(user.id(), id -> Bucket.builder()
            .addLimit(limit -> limit.capacity(settings.postsPerMinute()).refillGreedy(settings.postsPerMinute(),
                    Duration.ofMinutes(1)))
            .addLimit(limit -> limit.capacity(settings.postsPerDay()).refillGreedy(settings.postsPerDay(),
                    Duration.ofDays(1)))
            .build());
        if (!bucket.tryConsume(1)) {
            return Optional.of(Outcome.notNow("peerhelp.post.slow-down"));
        }
        return Optional.empty();
    }

    private Post.Author author(SignedInUser user) {
        String badge = Access.badge(user);
        if (badge != null) {
            return new Post.Author(user.id(), user.name(), badge);
        }
        return new Post.Author(user.id(), member(user).getPseudonym(), null);
    }

    private TrustLevel trustOf(SignedInUser user) {
        return Access.badge(user) != null ? TrustLevel.TRUSTED : member(user).getTrust();
    }

    /** The member row of a young person; accounts made elsewhere (by staff, in tests) get one at their first post. */
    private Member member(SignedInUser user) {
        return members.findById(user.id()).orElseGet(() -> members.save(
                new Member(user.id(), user.name(), null, AVATARS.get(0), clock.instant())));
    }

    @Transactional(readOnly = true)
    List<PostView> threads(String topic, SignedInUser viewer) {
        List<Post> threads = posts.threads(topic, viewer.id(), PageRequest.of(0, 50));
        return views(threads, viewer);
    }

    @Transactional(readOnly = true)
    Optional<ThreadPage> thread(long id, SignedInUser viewer) {
        return posts.findById(id).filter(Post::isThread).filter(thread -> thread.isVisibleTo(viewer.id()))
            .map(thread -> {
                List<Post> replies = posts.findByThreadIdOrderByCreatedAtAsc(id).stream()
                    .filter(reply -> reply.isVisibleTo(viewer.id())).toList();
                List<Post> all = new java.util.ArrayList<>();
                all.add(thread);
                all.addAll(replies);
                List<PostView> views = views(all, viewer);
                return new ThreadPage(views.get(0), views.subList(1, views.size()), thread.getAuthorId() == viewer.id(),
                        follows.existsByAccountIdAndThreadId(viewer.id(), id), Access.isStaff(viewer),
                        thread.getSlowModeSeconds());
            });
    }

    /** Full-text search over the visible threads and replies, by text and optionally topic. */
    @Transactional(readOnly = true)
    List<PostView> search(String text, String topic, SignedInUser viewer) {
        if (text.isBlank()) {
            return List.of();
        }
        List<Post> hits = Search.session(entityManager).search(Post.class)
            .where(f -> {
                var bool = f.bool().must(f.match().fields("title", "body").matching(text))
                    .filter(f.match().field("status").matching(Post.Status.VISIBLE));
                if (!topic.isEmpty()) {
                    bool.filter(f.match().field("topic").matching(topic));
                }
                return bool;
            })
            .fetchHits(50);
        Set<Long> threadIds = new LinkedHashSet<>();
        hits.forEach(hit -> threadIds.add(hit.threadIdOrOwn()));
        Map<Long, Post> byId = posts.findByIdIn(threadIds).stream()
            .filter(thread -> thread.getStatus() == Post.Status.VISIBLE)
            .collect(Collectors.toMap(Post::getId, thread -> thread));
        return views(threadIds.stream().filter(byId::containsKey).map(byId::get).toList(), viewer);
    }

    private List<PostView> views(List<Post> list, SignedInUser viewer) {
        Map<Long, Map<Reaction.Kind, Long>> counts = new HashMap<>();
        if (!list.isEmpty()) {
            for (Object[] row : reactions.countsFor(list.stream().map(Post::getId).toList())) {
                counts.computeIfAbsent((Long) row[0], id -> new EnumMap<>(Reaction.Kind.class))
                    .put((Reaction.Kind) row[1], (Long) row[2]);
            }
        }
        Set<Long> blocked = blocks.findByBlockerId(viewer.id()).stream().map(Block::getBlockedId)
            .collect(Collectors.toSet());
        Map<Long, Member> authors = members.findAllById(list.stream().map(Post::getAuthorId).distinct().toList())
            .stream().collect(Collectors.toMap(Member::getAccountId, member -> member));
        int year = clock.instant().atZone(ZoneOffset.UTC).getYear();
        boolean staff = Access.isStaff(viewer);
        return list.stream().map(post -> {
            Map<Reaction.Kind, Long> c = counts.getOrDefault(post.getId(), Map.of());
            return new PostView(post.getId(), post.threadIdOrOwn(), post.getAuthorName(), post.getAuthorBadge(),
                    post.getTitle(), post.getBody(), post.getContentWarning(), post.getTopic(),
                    post.getStatus() == Post.Status.WAITING, post.getStatus() == Post.Status.REFUSED,
                    post.getStatus() == Post.Status.HIDDEN, post.getAuthorId() == viewer.id(), post.isHelpful(),
                    blocked.contains(post.getAuthorId()), c.getOrDefault(Reaction.Kind.ME_TOO, 0L),
                    c.getOrDefault(Reaction.Kind.SUPPORT, 0L), c.getOrDefault(Reaction.Kind.HELPED, 0L),
                    post.getCreatedAt(), author(post, authors.get(post.getAuthorId()), year, staff));
        }).toList();
    }

    private static AuthorView author(Post post, @Nullable Member member, int year, boolean staffViewer) {
        if (post.isByFormerMember()) {
            return new AuthorView(null, null, true, null);
        }
        if (member == null || post.getAuthorBadge() != null) {
            return new AuthorView(null, null, false, null);
        }
        return new AuthorView(member.getAvatar(), member.shownAgeBand(year), false,
                staffViewer ? member.getTrust() : null);
    }

    /** Adds the viewer's reaction to a visible post of someone else; once per kind. */
    @Transactional
    long react(SignedInUser user, long postId, Reaction.Kind kind) {
        Post post = visible(postId);
        if (post.getAuthorId() != user.id() && !reactions.existsByPostIdAndAccountIdAndKind(postId, user.id(), kind)) {
            reactions.save(new Reaction(postId, user.id(), kind));
        }
        return post.threadIdOrOwn();
    }

    /** The author of a thread marks (or unmarks) a reply as helpful. */
    @Transactional
    long markHelpful(SignedInUser user, long replyId, boolean helpful) {
        Post reply = visible(replyId);
        Post thread = posts.findById(reply.threadIdOrOwn()).orElseThrow(NotFound::new);
        if (reply.isThread() || thread.getAuthorId() != user.id()) {
            throw new NotFound();
        }
        reply.markHelpful(helpful);
        return thread.getId();
    }

    @Transactional
    long report(SignedInUser user, long postId, ReportReason reason) {
        Post post = visible(postId);
        TrustLevel trust = members.findById(post.getAuthorId()).map(Member::getTrust).orElse(TrustLevel.TRUSTED);
        moderation.report(new ModerationRequest(new ContentRef(MODULE, post.isThread() ? "thread" : "reply",
                post.getId()), post.moderatedText(), "auto", trust, post.getAuthorId(), post.getAuthorName(),
                "/peer-help/threads/" + post.threadIdOrOwn()), user.id(), reason);
        return post.threadIdOrOwn();
    }

    @Transactional
    long block(SignedInUser user, long postId) {
        Post post = visible(postId);
        if (post.getAuthorId() != user.id() && !blocks.existsByBlockerIdAndBlockedId(user.id(), post.getAuthorId())) {
            blocks.save(new Block(user.id(), post.getAuthorId()));
        }
        return post.threadIdOrOwn();
    }

    private Post visible(long postId) {
        return posts.findById(postId).filter(post -> post.getStatus() == Post.Status.VISIBLE).orElseThrow(NotFound::new);
    }

    @ApplicationModuleListener
    void on(ContentModerated event) {
        if (!MODULE.equals(event.ref().module())) {
            return;
        }
        posts.findById(event.ref().id()).ifPresent(post -> {
            switch (event.resolution()) {
                case APPROVED, APPROVED_REDACTED, APPROVED_EDITED -> {
                    if (post.getStatus() != Post.Status.VISIBLE) {
                        post.publish(event.text() != null ? event.text() : post.moderatedText());
                        published(post);
                    }
                }
                case REFUSED -> post.refuse();
                case REPORT_DISMISSED -> post.showAgain();
            }
        });
    }

    @ApplicationModuleListener
    void on(ContentHiddenByReports event) {
        if (MODULE.equals(event.ref().module())) {
            posts.findById(event.ref().id()).ifPresent(Post::hide);
        }
    }

    /** Answered as 404: the post does not exist, or the viewer may not see or change it. */
    @org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.NOT_FOUND)
    static class NotFound extends RuntimeException {

        private static final long serialVersionUID = 1L;

        NotFound() {
            super("no such post here");
        }

    }

}
