package org.saferinternethub.platform;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;

import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

import org.springframework.stereotype.Component;

/**
 * The folder where mail goes when no mail server is configured, and a reader for it.
 */
@Component
public class Outbox {

    private final Path folder;

    Outbox(HubSettings settings) {
        this.folder = settings.dataDir().resolve("outbox");
    }

    Path folder() {
        return folder;
    }

    /** The messages in the outbox, newest first. */
    public List<OutboxMessage> messages() {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".eml"))
                .sorted(Comparator.comparing((Path file) -> file.getFileName().toString()).reversed())
                .map(this::read)
                .flatMap(Optional::stream)
                .toList();
        }
        catch (IOException unreadable) {
            return List.of();
        }
    }

    /** The newest message sent to an address, if any. */
    public Optional<OutboxMessage> latestTo(String address) {
        return messages().stream().filter(message -> message.to().equalsIgnoreCase(address)).findFirst();
    }

    Optional<OutboxMessage> find(String id) {
        if (!id.matches("[0-9A-Za-z.T-]+\\.eml")) {
            return Optional.empty();
        }
        Path file = folder.resolve(id);
        return Files.isRegularFile(file) ? read(file) : Optional.empty();
    }

    private Optional<OutboxMessage> read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            MimeMessage message = new MimeMessage(Session.getInstance(new Properties()), in);
            Address[] to = message.getAllRecipients();
            Object content = message.getContent();
            return Optional.of(new OutboxMessage(file.getFileName().toString(),
                    to == null || to.length == 0 ? "" : to[0].toString(), message.getSubject(),
                    message.getSentDate() == null ? Instant.EPOCH : message.getSentDate().toInstant(),
                    text(content)));
        }
        catch (IOException | MessagingException unreadable) {
            return Optional.empty();
        }
    }

    /** The text of a message: the content of a plain message, or the first text part of a multipart one. */
    private static String text(Object content) throws MessagingException, IOException {
        if (content instanceof String text) {
            return text;
        }
        if (content instanceof Multipart parts) {
            for (int i = 0; i < parts.getCount(); i++) {
                BodyPart part = parts.getBodyPart(i);
                if (!Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
                    String text = text(part.getContent());
                    if (!text.isEmpty()) {
                        return text;
                    }
                }
            }
        }
        return "";
    }

    /**
     * A message in the outbox.
     *
     * @param id its file name
     * @param to the recipient
     * @param subject its subject
     * @param sentAt when it was written
     * @param body its text
     */
    public record OutboxMessage(String id, String to, String subject, Instant sentAt, String body) {
    }

}
