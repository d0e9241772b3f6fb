package org.saferinternethub.peerhelp;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.jspecify.annotations.Nullable;

/**
 * A thread (a post with a title and a topic) or a reply in a thread. Nobody but its author sees a post before the
 * moderation engine or a moderator let it through.
 */
@Entity
@Table(name = "peerhelp_post")
@Indexed(index = "peerhelp_post")
class Post {

    /** The author id of posts whose author deleted their account and left them in the space. */
    static final long FORMER_MEMBER = 0L;

    enum Status {
        /** Everyone in the space sees it. */
        VISIBLE,
        /** In the review queue (held or escalated): only its author sees it, marked as waiting. */
        WAITING,
        /** A moderator refused it: only its author sees it, marked as refused. */
        REFUSED,
        /** Hidden after several reports until a moderator has looked at it. */
        HIDDEN
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "thread_id")
    @GenericField
    private @Nullable Long threadId;

    @Column(nullable = false)
    @KeywordField
    private String topic;

    @FullTextField(analyzer = "default")
    private @Nullable String title;

    @Column(nullable = false)
    @FullTextField(analyzer = "default")
    private String body;

    @Column(name = "content_warning")
    private @Nullable String contentWarning;

    @Column(name = "author_id", nullable = false)
    private long authorId;

    @Column(name = "author_name", nullable = false)
    private String authorName;

    @Column(name = "author_badge")
    private @Nullable String authorBadge;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    @KeywordField
    private Status status = Status.WAITING;

    @Column(nullable = false)
    private boolean helpful;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "last_activity_at", nullable = false)
    private Instant lastActivityAt;

    @Column(name = "slow_mode_seconds", nullable = false)
    private int slowModeSeconds;

    @Version
    private long version;

    protected Post() {
        this.topic = "";
        this.body = "";
        this.authorName = "";
        this.createdAt = Instant.EPOCH;
        this.lastActivityAt = Instant.EPOCH;
    }

    private Post(@Nullable Long threadId, String topic, @Nullable String title, String body,
            @Nullable String contentWarning, Author author, Instant now) {
        this.threadId = threadId;
        this.topic = topic;
        this.title = title;
        this.body = body;
        this.contentWarning = contentWarning;
        this.authorId = author.accountId();
        this.authorName = author.name();
        this.authorBadge = author.badge();
        this.createdAt = now;
        this.lastActivityAt = now;
    }

    static Post thread(String topic, String title, String body, @Nullable String contentWarning, Author author,
            Instant now) {
        return new Post(null, topic, title, body, contentWarning, author, now);
    }

    static Post reply(Post thread, String body, Author author, Instant now) {
        return new Post(thread.getId(), thread.topic, null, body, null, author, now);
    }

    /** The text the moderation engine reads: the title and the body of a thread, the body of a reply. */
    String moderatedText() {
        return title == null ? body : title + "\n\n" + body;
    }

    /** Shows the post with the text the engine or a moderator let through (possibly redacted or edited). */
    void publish(String shownText) {
        if (title != null) {
            int separator = shownText.indexOf("\n\n");
            if (separator >= 0) {
                title = shownText.substring(0, separator);
                body = shownText.substring(separator + 2);
            }
            else {
                body = shownText;
            }
        }
        else {
            body = shownText;
        }
        status = Status.VISIBLE;
    }

    /** The author changed the text: it is hidden again until the engine (or a moderator) has read it. */
    void rewrite(@Nullable String newTitle, String newBody) {
        if (title != null && newTitle != null) {
            title = newTitle;
        }
        body = newBody;
        status = Status.WAITING;
    }

    /** Puts back a text the engine refused to replace it with. */
    void restore(@Nullable String oldTitle, String oldBody, Status oldStatus) {
        title = oldTitle;
        body = oldBody;
        status = oldStatus;
    }

    void refuse() {
        status = Status.REFUSED;
    }

    void hide() {
        if (status == Status.VISIBLE) {
            status = Status.HIDDEN;
        }
    }

    void showAgain() {
        if (status == Status.HIDDEN) {
            status = Status.VISIBLE;
        }
    }

    void markHelpful(boolean helpful) {
        this.helpful = helpful;
    }

    /** Staff slow a thread down: a young member waits this long between two replies in it (0: off). */
    void slowMode(int seconds) {
        this.slowModeSeconds = seconds;
    }

    /**
     * The author left the space and chose to leave their posts: nothing links the post to them any more, and the
     * space shows it as written by a former member.
     */
    void formerMember() {
        this.authorId = FORMER_MEMBER;
        this.authorName = "";
        this.authorBadge = null;
    }

    boolean isByFormerMember() {
        return authorId == FORMER_MEMBER;
    }

    int getSlowModeSeconds() {
        return slowModeSeconds;
    }

    void touch(Instant now) {
        lastActivityAt = now;
    }

    boolean isThread() {
        return threadId == null;
    }

    boolean isVisibleTo(long accountId) {
        return status == Status.VISIBLE || authorId == accountId;
    }

    long getId() {
        if (id == null) {
            throw new IllegalStateException("not saved yet");
        }
        return id;
    }

    /** The thread this post belongs to: itself for a thread. */
    long threadIdOrOwn() {
        return threadId != null ? threadId : getId();
    }

    @Nullable
    Long getThreadId() {
        return threadId;
    }

    String getTopic() {
        return topic;
    }

    @Nullable
    String getTitle() {
        return title;
    }

    String getBody() {
        return body;
    }

    @Nullable
    String getContentWarning() {
        return contentWarning;
    }

    long getAuthorId() {
        return authorId;
    }

    String getAuthorName() {
        return authorName;
    }

    @Nullable
    String getAuthorBadge() {
        return authorBadge;
    }

    Status getStatus() {
        return status;
    }

    boolean isHelpful() {
        return helpful;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    Instant getLastActivityAt() {
        return lastActivityAt;
    }

    /**
     * Who writes, as the space shows them.
     *
     * @param accountId the account
     * @param name the pseudonym (or a staff member's display name)
     * @param badge {@code PEER_SUPPORTER}, {@code COUNSELLOR} or {@code MODERATOR}; null for a young member
     */
    record Author(long accountId, String name, @Nullable String badge) {
    }

}
