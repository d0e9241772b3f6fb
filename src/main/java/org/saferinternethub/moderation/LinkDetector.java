package org.saferinternethub.moderation;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * SPAM from links: URL shorteners always (they hide where a child is sent), and any other link whose host is
 * not on the allow-list (score 0.6, enough to hold it for a moderator). Links to allowed domains and their
 * subdomains pass. Profile links to chat apps are PII_SOCIAL instead (see {@link SocialHandleDetector}).
 */
final class LinkDetector implements Detector {
    private static final String TLD = "(?:com|net|org|be|nl|fr|de|eu|io|gg|ly|co|me|info|xyz|ru|tk|ml|ga|cf|gq|top|"
            + "click|online|site|shop|app|tv|uk|us|ch|lu|biz|link|live|store|win|vip|cc|ws|su|cn|gl|to|is|at|sh|pw)";
    private static final Pattern LINK = Pattern.compile(
            "(?<![a-z0-9@._\\-])(?:(?:https?://|www\\.)[a-z0-9\\-]{1,63}(?:\\.[a-z0-9\\-]{1,63}){0,5}"
                    + "|[a-z0-9](?:[a-z0-9\\-]{0,61}[a-z0-9])?(?:\\.[a-z0-9\\-]{1,63}){0,4}\\." + TLD + "(?![a-z0-9\\-]))"
                    + "(?::[0-9]{1,5})?(?:/[^\\s]{0,200})?");
    private static final Set<String> SHORTENERS = Set.of(
            "bit.ly", "tinyurl.com", "t.co", "goo.gl", "is.gd", "ow.ly", "cutt.ly", "rb.gy", "shorturl.at",
            "tiny.cc", "rebrand.ly", "s.id", "buff.ly", "adf.ly", "bl.ink", "t.ly", "v.gd", "shorte.st", "grabify.link",
            "iplogger.org", "2no.co", "lnkd.in", "qr.ae", "tiny.one", "linktr.ee");
    private static final Set<String> PROFILE_HOSTS = Set.of(
            "t.me", "wa.me", "instagram.com", "snapchat.com", "tiktok.com", "discord.gg", "discord.com",
            "facebook.com", "fb.com", "m.me", "twitter.com", "x.com");

    private final Set<String> allowedDomains;

    LinkDetector(Set<String> allowedDomains) {
        this.allowedDomains = allowedDomains.stream().map(d -> d.toLowerCase(Locale.ROOT).replaceFirst("^www\\.", ""))
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    @Override
    public void detect(ScreeningInput input, List<Span> found) {
        MappedText view = input.digits();
        String text = view.text();
        if (!mayContainLink(text)) {
            return;
        }
        Matcher m = LINK.matcher(text);
        while (m.find()) {
            String host = hostOf(m.group());
            if (host.isEmpty() || isAllowed(host) || isProfileHost(host)) {
                continue;
            }
            double score = SHORTENERS.contains(host) ? 0.95 : 0.6;
            found.add(ScreeningInput.span(view, m.start(), m.end(), Label.SPAM, score));
        }
    }

    /** A link needs a dot followed directly by a letter (“bit.ly”, “x.com”); sentence ends have a space. */
    private static boolean mayContainLink(String text) {
        for (int dot = text.indexOf('.'); dot >= 0 && dot + 1 < text.length(); dot = text.indexOf('.', dot + 1)) {
            if (TextNormalizer.isAsciiLetter(text.charAt(dot + 1)) && dot > 0
                    && TextNormalizer.isAsciiLetterOrDigit(text.charAt(dot - 1))) {
                return true;
            }
        }
        return false;
    }

    static String hostOf(String link) {
        String rest = link.replaceFirst("^https?://", "");
        int cut = rest.length();
        for (char stop : new char[] {'/', ':', '?', '#'}) {
            int at = rest.indexOf(stop);
            if (at >= 0 && at < cut) {
                cut = at;
            }
        }
        return rest.substring(0, cut).replaceFirst("^www\\.", "");
    }

    private boolean isAllowed(String host) {
        for (String domain : allowedDomains) {
            if (host.equals(domain) || host.endsWith("." + domain)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isProfileHost(String host) {
        for (String domain : PROFILE_HOSTS) {
            if (host.equals(domain) || host.endsWith("." + domain)) {
                return true;
            }
        }
        return false;
    }
}
