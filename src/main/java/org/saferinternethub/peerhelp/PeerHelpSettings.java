package org.saferinternethub.peerhelp;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the peer-help space.
 *
 * @param minAge the youngest age that may join (the Belgian digital consent age is 13)
 * @param maxAge the oldest age that may join as a young member
 * @param topics the topics threads are filed under; each needs a {@code peerhelp.topic.<key>} message
 * @param promotionPosts how many approved posts a new member needs before posting without pre-moderation
 * @param promotionAge how long a new member must have been in the space before that promotion
 * @param postsPerMinute how many threads and replies one member may send in a minute
 * @param postsPerDay how many threads and replies one member may send in a day
 */
@ConfigurationProperties("hub.peerhelp")
record PeerHelpSettings(@DefaultValue("13") int minAge, @DefaultValue("18") int maxAge,
        @DefaultValue({ "love", "friendship", "bullying", "sexuality", "sexting", "grooming", "privacy", "reputation",
                "gaming", "screen-time", "feeling-down", "other" }) List<String> topics,
        @DefaultValue("3") int promotionPosts, @DefaultValue("3d") Duration promotionAge,
        @DefaultValue("4") int postsPerMinute, @DefaultValue("60") int postsPerDay) {
}
