package org.saferinternethub.peerhelp;

import java.util.List;

import org.saferinternethub.platform.Markdown;
import org.saferinternethub.shared.Language;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The tips articles of a topic as the topic page shows them: in the reader's language or a fallback. */
@Component
class TopicTips {

    /**
     * @param html the body, rendered and sanitised
     * @param language the code of the language the article is shown in (for the {@code lang} attribute)
     */
    record ShownTip(long id, String title, String html, String language) {
    }

    private final Tips tips;
    private final Markdown markdown;

    TopicTips(Tips tips, Markdown markdown) {
        this.tips = tips;
        this.markdown = markdown;
    }

    @Transactional(readOnly = true)
    List<ShownTip> of(String topic, Language reader) {
        return tips.findByTopicOrderByIdAsc(topic).stream()
            .flatMap(tip -> tip.getTitle().in(reader).stream().map(title -> new ShownTip(tip.getId(), title.value(),
                    markdown.toSafeHtml(tip.getBody().get(title.language()).orElse("")), title.language().code())))
            .toList();
    }

}
