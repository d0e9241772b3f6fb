package org.saferinternethub.peerhelp;

import java.time.Instant;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.jspecify.annotations.Nullable;
import org.saferinternethub.shared.LocalizedText;

/** A tips article on a topic, written by the centre's editors in Markdown, shown on the topic's page. */
@Entity
@Table(name = "peerhelp_tip")
class Tip {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(nullable = false)
    private String topic;

    @Embedded
    @AttributeOverride(name = "nl", column = @Column(name = "title_nl"))
    @AttributeOverride(name = "fr", column = @Column(name = "title_fr"))
    @AttributeOverride(name = "de", column = @Column(name = "title_de"))
    @AttributeOverride(name = "en", column = @Column(name = "title_en"))
    private LocalizedText title = LocalizedText.empty();

    @Embedded
    @AttributeOverride(name = "nl", column = @Column(name = "body_nl"))
    @AttributeOverride(name = "fr", column = @Column(name = "body_fr"))
    @AttributeOverride(name = "de", column = @Column(name = "body_de"))
    @AttributeOverride(name = "en", column = @Column(name = "body_en"))
    private LocalizedText body = LocalizedText.empty();

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Tip() {
        this.topic = "";
        this.updatedAt = Instant.EPOCH;
    }

    Tip(String topic, LocalizedText title, LocalizedText body, Instant now) {
        this.topic = topic;
        this.title = title;
        this.body = body;
        this.updatedAt = now;
    }

    void update(String topic, LocalizedText title, LocalizedText body, Instant now) {
        this.topic = topic;
        this.title = title;
        this.body = body;
        this.updatedAt = now;
    }

    long getId() {
        if (id == null) {
            throw new IllegalStateException("not saved yet");
        }
        return id;
    }

    String getTopic() {
        return topic;
    }

    LocalizedText getTitle() {
        return title;
    }

    LocalizedText getBody() {
        return body;
    }

    Instant getUpdatedAt() {
        return updatedAt;
    }

}
