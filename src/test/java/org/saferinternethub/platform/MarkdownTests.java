package org.saferinternethub.platform;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Markdown from staff and partners becomes HTML that cannot run code, load from elsewhere or leak a referrer. */
class MarkdownTests {

    private final Markdown markdown = new Markdown();

    @Test
    void keepsFormattingListsAndSafeLinks() {
        String html = markdown.toSafeHtml("""
                **Bold** and *soft*

                - one
                - two

                [Awel](https://www.awel.be) or [write to us](mailto:info@example.org)
                """);
        assertThat(html).contains("<strong>Bold</strong>", "<em>soft</em>", "<li>one</li>")
            .contains("href=\"https://www.awel.be\"", "href=\"mailto:info&#64;example.org\"").contains("rel=\"noopener noreferrer nofollow\"");
    }

    @Test
    void dropsScriptsHandlersImagesAndScriptLinks() {
        String html = markdown.toSafeHtml("""
                <script>alert(1)</script>

                Text <img src=x onerror=alert(2)> inline

                ![tracker](https://tracker.example/pixel.png)

                [click](javascript:alert(3))
                """);
        assertThat(html).doesNotContain("<script", "<img", "onerror=", "href=\"javascript:", "src=\"https://tracker")
            .contains("click");
    }

}
