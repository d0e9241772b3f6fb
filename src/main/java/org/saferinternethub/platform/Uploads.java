package org.saferinternethub.platform;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import javax.imageio.ImageIO;

import org.apache.tika.Tika;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Service;

/**
 * Files people upload (attachments, photos), checked and stored outside the web root under generated names.
 * <p>
 * The bytes decide the type (Apache Tika's magic detection), never the file name or the browser's claim: a
 * renamed executable or an HTML page called {@code .pdf} is refused, as are SVG images and archives. Images are
 * decoded and re-encoded, which drops metadata (such as GPS positions) and anything hidden after the picture,
 * and are scaled down to a maximum size. Modules keep the returned id and serve the file with
 * {@link #open(String)} as a download.
 */
@Service
public class Uploads {

    /** What a module accepts. */
    public enum Kind {
        PDF, IMAGE
    }

    /**
     * A stored file.
     *
     * @param id the generated name to keep, e.g. {@code 3f2a….pdf}
     * @param mediaType the detected type
     * @param size the stored size in bytes
     */
    public record StoredFile(String id, String mediaType, long size) {
    }

    /** Why a file was refused, as a message key of the platform bundle. */
    public static class Refused extends RuntimeException {

        private final String messageKey;

        Refused(String messageKey) {
            super(messageKey);
            this.messageKey = messageKey;
        }

        public String messageKey() {
            return messageKey;
        }

    }

    private static final Set<String> IMAGE_TYPES = Set.of("image/png", "image/jpeg", "image/gif", "image/webp");

    private final Tika tika = new Tika();
    private final Path root;

    Uploads(HubSettings settings) {
        this.root = settings.dataDir().resolve("files");
    }

    /**
     * Checks and stores a file.
     *
     * @param bytes the uploaded bytes
     * @param accepted the kinds the caller accepts
     * @param maxBytes the largest size accepted
     * @param maxImageSide images larger than this (width or height, in pixels) are scaled down
     * @throws Refused with {@code platform.upload.empty}, {@code .too-large} or {@code .wrong-type}
     */
    public StoredFile store(byte[] bytes, Set<Kind> accepted, long maxBytes, int maxImageSide) {
        if (bytes == null || bytes.length == 0) {
            throw new Refused("platform.upload.empty");
        }
        if (bytes.length > maxBytes) {
            throw new Refused("platform.upload.too-large");
        }
        String detected = tika.detect(bytes);
        try {
            if (accepted.contains(Kind.PDF) && "application/pdf".equals(detected)) {
                return write(bytes, "pdf", detected);
            }
            if (accepted.contains(Kind.IMAGE) && IMAGE_TYPES.contains(detected)) {
                return write(reencode(bytes, maxImageSide), "png", "image/png");
            }
        }
        catch (IOException unreadable) {
            throw new Refused("platform.upload.wrong-type");
        }
        throw new Refused("platform.upload.wrong-type");
    }

    /** The stored file with this id, for serving as a download. */
    public Optional<Resource> open(String id) {
        if (id == null || !id.matches("[0-9a-f-]{36}\\.(pdf|png)")) {
            return Optional.empty();
        }
        Path file = root.resolve(id);
        return Files.isRegularFile(file) ? Optional.of(new FileSystemResource(file)) : Optional.empty();
    }

    public void delete(String id) {
        open(id).ifPresent(resource -> {
            try {
                Files.deleteIfExists(root.resolve(id));
            }
            catch (IOException ignored) {
                // A file left behind is harmless: nothing links to it any more.
            }
        });
    }

    private StoredFile write(byte[] bytes, String extension, String mediaType) throws IOException {
        Files.createDirectories(root);
        String id = UUID.randomUUID() + "." + extension;
        Files.write(root.resolve(id), bytes);
        return new StoredFile(id, mediaType, bytes.length);
    }

    private static byte[] reencode(byte[] bytes, int maxSide) throws IOException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
        if (image == null) {
            throw new IOException("not a readable image");
        }
        double scale = Math.min(1.0, (double) maxSide / Math.max(image.getWidth(), image.getHeight()));
        int width = Math.max(1, (int) Math.round(image.getWidth() * scale));
        int height = Math.max(1, (int) Math.round(image.getHeight() * scale));
        BufferedImage copy = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        var graphics = copy.createGraphics();
        graphics.setRenderingHint(java.awt.RenderingHints.KEY_INTERPOLATION,
                java.awt.RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        graphics.drawImage(image, 0, 0, width, height, null);
        graphics.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(copy, "png", out);
        return out.toByteArray();
    }

}
