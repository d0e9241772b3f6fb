package org.saferinternethub.moderation;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * SPAM from links: URL shorteners always (they hide where a child is sent); other links only when something
 * about them is suspicious: a top-level domain mostly used for throw-away sites, bait in the link itself
 * (“free-robux-now.com”) or in the message (“claim your free gift on ...”), or a bare IP address. A link to an
 * ordinary site in an ordinary message is fine, and so are allowed domains and their subdomains whatever the
 * message says. Profile links to chat apps are PII_SOCIAL instead (see {@link SocialHandleDetector}).
 */
final class LinkDetector implements Detector {
    private static final String TLD = "(?:com|net|org|be|nl|fr|de|eu|io|gg|ly|co|me|info|xyz|ru|tk|ml|ga|cf|gq|top|"
            + "click|online|site|shop|app|tv|uk|us|ch|lu|biz|link|live|store|win|vip|cc|ws|su|cn|gl|to|is|at|sh|pw)";
    private static final StartFilteredPattern LINK = new StartFilteredPattern(Pattern.compile(
            "(?<![a-z0-9@._\\-])(?:(?:https?://|www\\.)[a-z0-9\\-]{1,63}(?:\\.[a-z0-9\\-]{1,63}){0,5}"
                    + "|[a-z0-9](?:[a-z0-9\\-]{0,61}[a-z0-9])?(?:\\.[a-z0-9\\-]{1,63}){0,4}\\." + TLD + "(?![a-z0-9\\-]))"
                    + "(?::[0-9]{1,5})?(?:/[^\\s]{0,200})?"), "a-z0-9", "a-z0-9@._-")
            .withRunEndingIn("a-z0-9-", ".:"); // a host label ends at a dot; “https” at its colon
    private static final Set<String> SHORTENERS = Set.of(
            "bit.ly", "tinyurl.com", "t.co", "goo.gl", "is.gd", "ow.ly", "cutt.ly", "rb.gy", "shorturl.at",
            "tiny.cc", "rebrand.ly", "s.id", "buff.ly", "adf.ly", "bl.ink", "t.ly", "v.gd", "shorte.st", "grabify.link",
            "iplogger.org", "2no.co", "lnkd.in", "qr.ae", "tiny.one", "linktr.ee");
    private static final Set<String> PROFILE_HOSTS = Set.of(
            "t.me", "wa.me", "instagram.com", "snapchat.com", "tiktok.com", "discord.gg", "discord.com",
            "facebook.com", "fb.com", "m.me", "twitter.com", "x.com");

    /** Top-level domains that cost nothing or next to nothing and host most throw-away scam sites. */
    private static final Set<String> SUSPICIOUS_TLDS = Set.of("xyz", "tk", "ml", "ga", "cf", "gq", "top", "click",
            "win", "vip", "su", "pw", "link", "icu", "cyou", "buzz", "loan", "zip", "mov", "rest");
    /** Bait inside a link (substring of host or path). */
    private static final List<String> LINK_BAIT = List.of("free", "gratis", "gratuit", "kostenlos", "robux", "vbuck",
            "nitro", "gift", "cadeau", "geschenk", "prize", "winner", "giveaway", "claim", "verify", "login",
            "bonus", "skins", "crypto", "bitcoin");
    /** Bait in the message around a link: whole words of the digit view. */
    private static final StartFilteredPattern MESSAGE_BAIT = StartFilteredPattern.atWordStart(Pattern.compile("\\b(?:free|gratis|gratuit|gratuits|gratuite|"
            + "kostenlos|kostenlose|robux|vbucks|nitro|giveaway|claim|prize|prizes|bonus|won|gewonnen|gagne|gagnez|"
            + "gewinnen|winnen|click here|klik hier|clique ici|klick hier)\\b"));
    private static final Pattern IP_HOST = Pattern.compile("[0-9]{1,3}(?:\\.[0-9]{1,3}){3}");

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
        StartFilteredPattern.Scan scan = LINK.scan(text);
        Matcher m = scan.matcher();
        Boolean baitInMessage = null;
        while (scan.find()) {
            String link = m.group();
            String host = hostOf(link);
            if (host.isEmpty() || isAllowed(host) || isProfileHost(host)) {
                continue;
            }
            double score;
            if (SHORTENERS.contains(host)) {
                score = 0.95;
            } else if (SUSPICIOUS_TLDS.contains(host.substring(host.lastIndexOf('.') + 1))
                    || IP_HOST.matcher(host).matches() || LINK_BAIT.stream().anyMatch(link::contains)) {
                score = 0.8;
            } else {
                if (baitInMessage == null) {
                    baitInMessage = MESSAGE_BAIT.scan(text).find();
                }
                if (!baitInMessage) {
                    continue; // an ordinary link in an ordinary message
                }
                score = 0.7;
            }
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
