package org.saferinternethub.platform;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param from the sender address of every mail the platform sends
 * @param fromName the name shown with it
 */
@ConfigurationProperties("hub.mail")
record MailSettings(@DefaultValue("no-reply@saferinternethub.invalid") String from,
        @DefaultValue("Safer Internet Hub") String fromName) {
}
