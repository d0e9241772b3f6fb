package org.saferinternethub.platform;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Properties;
import java.util.UUID;

import jakarta.activation.DataHandler;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;

/**
 * Sends mail. With {@code spring.mail.host} set, through that SMTP server; without, into the outbox folder of
 * the data folder, where admins read it on the outbox page — so that a fresh installation needs no mail server.
 */
@Service
public class Mailer {

    private static final Logger log = LoggerFactory.getLogger(Mailer.class);

    private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss.SSS")
        .withZone(ZoneOffset.UTC);

    private final @Nullable JavaMailSender smtp;
    private final Outbox outbox;
    private final Clock clock;
    private final InternetAddress from;

    Mailer(ObjectProvider<JavaMailSender> smtp, Outbox outbox, Clock clock, MailSettings settings) {
        this.smtp = smtp.getIfAvailable();
        this.outbox = outbox;
        this.clock = clock;
        try {
            this.from = new InternetAddress(settings.from(), settings.fromName(), "UTF-8");
        }
        catch (IOException invalid) {
            throw new IllegalStateException("hub.mail.from is not a valid address", invalid);
        }
    }

    /**
     * Sends one plain-text message.
     *
     * @param to the address
     * @param subject the subject, already translated
     * @param body the text, already translated
     */
    public void send(String to, String subject, String body) {
        send(to, subject, body, List.of());
    }

    /**
     * Sends a plain-text message with files attached (a {@code multipart/mixed} message: the text first, then
     * each file). In the outbox the whole message is one {@code .eml} file, attachments included.
     *
     * @param to the address
     * @param subject the subject, already translated
     * @param body the text, already translated
     * @param attachments the files, possibly none (then the message is plain text as with {@link #send(String, String, String)})
     */
    public void send(String to, String subject, String body, List<Attachment> attachments) {
        try {
            MimeMessage message = smtp != null ? smtp.createMimeMessage() : new MimeMessage(Session.getInstance(new Properties()));
            message.setFrom(from);
            message.setRecipient(jakarta.mail.Message.RecipientType.TO, new InternetAddress(to, true));
            message.setSubject(subject, "UTF-8");
            if (attachments.isEmpty()) {
                message.setText(body, "UTF-8");
            }
            else {
                MimeMultipart parts = new MimeMultipart("mixed");
                MimeBodyPart text = new MimeBodyPart();
                text.setText(body, "UTF-8");
                parts.addBodyPart(text);
                for (Attachment attachment : attachments) {
                    MimeBodyPart file = new MimeBodyPart();
                    file.setDataHandler(new DataHandler(new ByteArrayDataSource(attachment.content(), attachment.mediaType())));
                    file.setFileName(attachment.fileName());
                    file.setDisposition(Part.ATTACHMENT);
                    parts.addBodyPart(file);
                }
                message.setContent(parts);
            }
            message.setSentDate(java.util.Date.from(clock.instant()));
            if (smtp != null) {
                smtp.send(message);
            }
            else {
                message.saveChanges();
                Path file = outbox.folder().resolve(FILE_TIME.format(clock.instant()) + "-" + UUID.randomUUID() + ".eml");
                Files.createDirectories(file.getParent());
                // Written aside and moved in whole, so that the outbox page never shows half a message.
                Path partial = file.resolveSibling(file.getFileName() + ".part");
                try (OutputStream out = Files.newOutputStream(partial)) {
                    message.writeTo(out);
                }
                Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE);
            }
        }
        catch (MessagingException | IOException | MailException failure) {
            // The address is personal data: the log says only that a message failed.
            log.error("A mail could not be sent: {}", failure.getClass().getSimpleName());
            throw new MailNotSent(failure);
        }
    }

    /**
     * A file sent with a message.
     *
     * @param fileName the name the recipient sees, e.g. {@code invitation.ics}
     * @param mediaType its type with parameters, e.g. {@code text/calendar; charset=UTF-8; method=PUBLISH}
     * @param content its bytes
     */
    public record Attachment(String fileName, String mediaType, byte[] content) {
    }

    /** A message could not be handed to the mail server or written to the outbox. */
    public static class MailNotSent extends RuntimeException {

        MailNotSent(Exception cause) {
            super("The mail could not be sent", cause);
        }

    }

}
