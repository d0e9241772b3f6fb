package org.saferinternethub.platform;

/**
 * The site's Content Security Policy: no inline scripts or styles, nothing from other origins, never framed.
 * {@code data:} images carry the QR code shown when setting up two-factor sign-in.
 * <p>
 * A page that must show images from one more origin (map tiles) sets its own header with
 * {@link #allowingImagesFrom(String)}; Spring Security keeps a {@code Content-Security-Policy} header that is
 * already set.
 */
public final class ContentSecurityPolicy {

    /** The policy of every page. */
    public static final String DEFAULT = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";

    private ContentSecurityPolicy() {
    }

    /** The same policy, with images allowed from one more origin, e.g. {@code https://tile.openstreetmap.org}. */
    public static String allowingImagesFrom(String origin) {
        if (!origin.matches("https?://[A-Za-z0-9.*:-]+")) {
            throw new IllegalArgumentException("Not an origin: " + origin);
        }
        return DEFAULT.replace("img-src 'self' data:;", "img-src 'self' data: " + origin + ";");
    }

}
