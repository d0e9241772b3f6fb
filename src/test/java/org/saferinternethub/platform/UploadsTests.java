package org.saferinternethub.platform;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.saferinternethub.platform.Uploads.Kind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UploadsTests {

    @TempDir
    Path dataDir;

    Uploads uploads() {
        return new Uploads(new HubSettings(dataDir, org.saferinternethub.shared.Language.NL, null,
                new HubSettings.QuickExit(java.net.URI.create("about:blank")), java.util.List.of(),
                new HubSettings.SessionLimits(java.time.Duration.ofHours(1)), java.util.List.of("BE")));
    }

    @Test
    void storesARealPdfUnderAGeneratedNameOutsideTheWebRoot() throws IOException {
        byte[] pdf = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF".getBytes(StandardCharsets.US_ASCII);
        Uploads.StoredFile stored = uploads().store(pdf, Set.of(Kind.PDF), 1024, 100);
        assertThat(stored.mediaType()).isEqualTo("application/pdf");
        assertThat(stored.id()).matches("[0-9a-f-]{36}\\.pdf");
        assertThat(Files.readAllBytes(dataDir.resolve("files").resolve(stored.id()))).isEqualTo(pdf);
        assertThat(uploads().open(stored.id())).isPresent();
        assertThat(uploads().open("../../etc/passwd")).isEmpty();
    }

    @Test
    void refusesAnHtmlPageOrAnExecutableCalledPdf() {
        byte[] html = "<!DOCTYPE html><html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8);
        byte[] executable = new byte[] { 'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, (byte) 0xFF, (byte) 0xFF };
        byte[] zip = new byte[] { 'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0 };
        byte[] svg = "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>".getBytes(StandardCharsets.UTF_8);
        for (byte[] bytes : new byte[][] { html, executable, zip, svg }) {
            assertThatThrownBy(() -> uploads().store(bytes, Set.of(Kind.PDF, Kind.IMAGE), 10_000, 100))
                .isInstanceOfSatisfying(Uploads.Refused.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("platform.upload.wrong-type"));
        }
    }

    @Test
    void refusesOversizedAndEmptyFiles() {
        assertThatThrownBy(() -> uploads().store(new byte[2048], Set.of(Kind.PDF), 1024, 100))
            .hasMessage("platform.upload.too-large");
        assertThatThrownBy(() -> uploads().store(new byte[0], Set.of(Kind.PDF), 1024, 100))
            .hasMessage("platform.upload.empty");
    }

    @Test
    void reencodesAndScalesDownImages() throws IOException {
        BufferedImage photo = new BufferedImage(1600, 800, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
        ImageIO.write(photo, "jpg", jpeg);
        byte[] withTrailer = java.util.Arrays.copyOf(jpeg.toByteArray(), jpeg.size() + 9);
        System.arraycopy("<script>".getBytes(StandardCharsets.US_ASCII), 0, withTrailer, jpeg.size(), 8);

        Uploads.StoredFile stored = uploads().store(withTrailer, Set.of(Kind.IMAGE), 5_000_000, 400);

        assertThat(stored.mediaType()).isEqualTo("image/png");
        BufferedImage read = ImageIO.read(dataDir.resolve("files").resolve(stored.id()).toFile());
        assertThat(read.getWidth()).isEqualTo(400);
        assertThat(read.getHeight()).isEqualTo(200);
        assertThat(new String(Files.readAllBytes(dataDir.resolve("files").resolve(stored.id())), StandardCharsets.ISO_8859_1))
            .doesNotContain("<script>");
    }

}
