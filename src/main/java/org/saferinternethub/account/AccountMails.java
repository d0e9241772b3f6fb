package org.saferinternethub.account;

import org.saferinternethub.platform.Mailer;
import org.saferinternethub.shared.Language;
import org.springframework.context.MessageSource;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;

/**
 * The mails of the account module, sent in the background: the answer to a sign-up or reset request then
 * takes the same time whether or not the address has an account.
 */
@Component
class AccountMails {

    private final Mailer mailer;
    private final MessageSource messages;

    AccountMails(Mailer mailer, MessageSource messages) {
        this.mailer = mailer;
        this.messages = messages;
    }

    @Async
    void verifyAddress(String to, String name, Language language, String link) {
        send(to, language, "account.mail.verify", name, link);
    }

    @Async
    void alreadyRegistered(String to, Language language, String signInLink, String resetLink) {
        send(to, language, "account.mail.already-registered", signInLink, resetLink);
    }

    @Async
    void resetPassword(String to, String name, Language language, String link) {
        send(to, language, "account.mail.reset", name, link);
    }

    @Async
    void passwordChanged(String to, String name, Language language) {
        send(to, language, "account.mail.password-changed", name);
    }

    @Async
    void verifyRecoveryAddress(String to, Language language, String link) {
        send(to, language, "account.mail.youth-email.verify", link);
    }

    @Async
    void recoveryAddressTaken(String to, Language language) {
        send(to, language, "account.mail.youth-email.taken");
    }

    @Async
    void recoveryAddressDropped(String to, Language language) {
        send(to, language, "account.mail.youth-email.dropped");
    }

    private void send(String to, Language language, String key, Object... arguments) {
        mailer.send(to, messages.getMessage(key + ".subject", arguments, language.locale()),
                messages.getMessage(key + ".body", arguments, language.locale()));
    }

}
