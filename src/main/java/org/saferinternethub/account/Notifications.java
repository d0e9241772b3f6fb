package org.saferinternethub.account;

import java.time.Clock;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.saferinternethub.platform.Mailer;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells a person something: in the app (their notifications page, with a count in the header) and, when asked
 * and the person has an e-mail address, by mail too.
 * <p>
 * The text is a message key of the calling module's bundle and its arguments; the key's {@code .subject}
 * variant, if present, is the mail subject. Arguments are shown as they are: never put a young person's
 * message text in them.
 */
@Service
public class Notifications {

    private final NotificationStore store;
    private final Accounts accounts;
    private final Mailer mailer;
    private final MessageSource messages;
    private final Clock clock;

    Notifications(NotificationStore store, Accounts accounts, Mailer mailer, MessageSource messages, Clock clock) {
        this.store = store;
        this.accounts = accounts;
        this.mailer = mailer;
        this.messages = messages;
        this.clock = clock;
    }

    /**
     * @param accountId whom to tell
     * @param messageKey what to say, e.g. {@code toolbox.notification.approved}
     * @param arguments the message's arguments, e.g. a resource title
     * @param link where the notification leads, a path without language such as {@code /toolbox/resources/12}
     * @param byMail also send it by mail when the account has an address
     */
    @Transactional
    public void notify(long accountId, String messageKey, List<String> arguments, @Nullable String link, boolean byMail) {
        accounts.findById(accountId).ifPresent(account -> {
            store.save(new Notification(accountId, messageKey, arguments, link, clock.instant()));
            if (byMail && account.getEmail() != null && account.isEnabled()) {
                var locale = account.getPreferredLanguage().locale();
                Object[] args = arguments.toArray();
                String text = messages.getMessage(messageKey, args, locale);
                String subject = messages.getMessage(messageKey + ".subject", args, text, locale);
                mailer.send(account.getEmail(), subject, link == null ? text
                        : text + "\n\n" + account.getPreferredLanguage().code() + link);
            }
        });
    }

    @Transactional(readOnly = true)
    public long unread(long accountId) {
        return store.countByAccountIdAndReadAtIsNull(accountId);
    }

}
