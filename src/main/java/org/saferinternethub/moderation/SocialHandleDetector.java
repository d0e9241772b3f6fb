package org.saferinternethub.moderation;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * PII_SOCIAL: a handle on another platform (“add me on snap: lisa_09”, “my insta is x”, “@x on tiktok”,
 * discord “name#1234”, t.me / wa.me / instagram.com links). The span is the handle itself, so redaction keeps
 * the rest of the sentence readable. A bare word after a platform name only counts when the writer clearly
 * announces a handle (“:”, “=”, “@”, “my snap is”, “add me on”) or it looks like one (digits, “_” or “.”).
 */
final class SocialHandleDetector implements Detector {
    private static final String PLATFORM = "(?:snap ?chat|snap|sc|insta(?:gram)?|ig|tik ?tok|tt|discord|dc|"
            + "whats ?app|wa|telegram|tg|kik|signal|facebook|fb|messenger|twitter|threads|wechat|skype|roblox|"
            + "steam|psn|xbox|twitch|bereal|wickr|omegle|teams|line)";
    private static final String INTENT = "(?:my|mijn|m'?n|mn|mon|ma|mein|meine|add me|add|follow me|follow|dm me|"
            + "text me|message me|msg me|hmu|hit me up|contact me|voeg me(?: toe)?|voeg|volg me|volg|stuur me|"
            + "ajoute[ -]?moi|ajoute|suis[ -]?moi|ecris[ -]?moi|contacte[ -]?moi|adde mich|add mich|folg mir|folge mir|"
            + "schreib mir)";
    private static final StartFilteredPattern ANNOUNCED = new StartFilteredPattern(Pattern.compile(
            "(?:\\b(" + INTENT + ")\\b[^.!?\\n]{0,16}?)?\\b(" + PLATFORM + ")\\b"
                    + "( (?:is|ist|est|c'?est|=|account|acc|naam|name|id|username|user|pseudo|handle|tag))?"
                    + "( ?[:=>\\-]{1,2})? ?(@)?([a-z0-9][a-z0-9._\\-]{1,29}(?:#[0-9]{4})?)"), "a-z", "a-zA-Z0-9_");
    private static final StartFilteredPattern AT_HANDLE_ON_PLATFORM = new StartFilteredPattern(Pattern.compile(
            "(?<![a-z0-9._])@[a-z0-9._\\-]{2,30}(?= ?(?:on|op|sur|auf|in|via|\\(|-)? ?" + PLATFORM + "\\b)"),
            "@", "a-z0-9._");
    private static final StartFilteredPattern DISCORD_TAG = new StartFilteredPattern(
            Pattern.compile("(?<![a-z0-9._@])[a-z0-9._]{2,32}#[0-9]{4}\\b"), "a-z0-9._", "a-z0-9._@");
    private static final StartFilteredPattern PROFILE_URL = StartFilteredPattern.atWordStart(Pattern.compile(
            "\\b(?:https?://)?(?:www\\.)?(?:t\\.me|wa\\.me|instagram\\.com|snapchat\\.com/add|tiktok\\.com/@|"
                    + "discord\\.gg|discord\\.com/invite|facebook\\.com|fb\\.com|m\\.me|twitter\\.com|x\\.com)"
                    + "/[a-z0-9._\\-@/]{2,60}"));
    private static final Pattern PLATFORM_ONLY = Pattern.compile("\\b" + PLATFORM + "\\b");

    /** Words that follow a platform name without being a handle (“my insta got hacked”, “add me on snap pls”). */
    private static final Set<String> NOT_A_HANDLE = Set.copyOf(List.of(
            "pls", "plz", "please", "aub", "svp", "stp", "bitte", "lol", "haha", "xd", "ok", "oke", "okay", "and",
            "or", "if", "but", "then", "too", "now", "later", "tonight", "today", "got", "was", "is", "are", "has",
            "had", "have", "and", "the", "for", "with", "private", "prive", "privat", "down", "broken", "kapot",
            "hacked", "gehackt", "pirate", "banned", "deleted", "gone", "closed", "open", "new", "nieuw", "nouveau",
            "neu", "account", "story", "stories", "post", "posts", "video", "videos", "reel", "reels", "streak",
            "streaks", "filter", "filters", "app", "server", "group", "groep", "groupe", "gruppe", "chat", "call",
            "en", "of", "als", "maar", "dan", "ook", "nu", "straks", "vandaag", "is", "zijn", "was", "heeft",
            "et", "ou", "si", "mais", "aussi", "maintenant", "ce", "soir", "est", "und", "oder", "wenn", "aber",
            "auch", "jetzt", "heute", "ist", "war", "hat", "so", "to", "me", "mij", "moi", "mir", "mich", "you",
            "u", "je", "jij", "toi", "dich", "dir", "voor", "pour", "fur", "fuer", "because", "omdat", "parce",
            "weil", "who", "wie", "qui", "wer", "what", "wat", "quoi", "was", "where", "waar", "ou", "wo", "why",
            "waarom", "pourquoi", "warum", "not", "niet", "pas", "nicht", "never", "nooit", "jamais", "nie",
            "ever", "ooit", "all", "alle", "tous", "everyone", "iedereen", "tout", "jeder", "there", "daar",
            "dort", "here", "hier", "ici", "de", "het", "een", "la", "le", "les", "un", "une", "der", "die",
            "das", "ein", "eine", "in", "on", "op", "sur", "auf", "at", "bij", "chez", "bei", "a", "i", "ik",
            "yes", "ja", "oui", "no", "nee", "non", "nein", "doesnt", "dont", "werkt", "marche", "geht",
            "works", "anymore", "meer", "plus", "mehr", "again", "weer", "encore", "wieder", "my", "mijn", "mon",
            "mein", "your", "jouw", "je", "ton", "dein", "his", "her", "zijn", "haar", "son", "sa", "sein", "ihr"));

    @Override
    public void detect(ScreeningInput input, List<Span> found) {
        MappedText view = input.digits();
        String text = view.text();
        boolean hasAt = text.indexOf('@') >= 0;
        boolean hasHash = text.indexOf('#') >= 0;
        List<Integer> platformPositions = platformPositions(text);
        boolean hasPlatform = !platformPositions.isEmpty();
        if (text.indexOf('/') >= 0) {
            addAll(PROFILE_URL.scan(text), view, found, 0.95); // first: "telegram t.me/x" is one handle, not "t.me"
        }
        if (hasPlatform) {
            StartFilteredPattern.Scan scan = ANNOUNCED.scan(text, 0, 0);
            Matcher m = scan.matcher();
            int searchedUpTo = 0;
            for (int platformAt : platformPositions) {
                // the announcement ("add me on", "my") sits shortly before the platform name, the handle after it
                int from = Math.max(searchedUpTo, platformAt - INTENT_REACH);
                int to = Math.min(text.length(), platformAt + HANDLE_REACH);
                if (from >= to) {
                    continue;
                }
                scan.region(from, to);
                searchedUpTo = Math.max(searchedUpTo, platformAt + 1);
                if (!scan.find()) {
                    continue;
                }
                String handle = m.group(6);
                int handleStart = m.start(6);
                int handleEnd = m.end(6);
                while (handleEnd > handleStart && ".-_".indexOf(text.charAt(handleEnd - 1)) >= 0) {
                    handleEnd--;
                }
                handle = text.substring(handleStart, handleEnd);
                if (handle.length() < 2 || NOT_A_HANDLE.contains(handle) || PLATFORM_ONLY.matcher(handle).matches()
                        || handle.chars().allMatch(Character::isDigit)) {
                    continue;
                }
                boolean marked = m.group(5) != null || m.group(4) != null;
                boolean announced = m.group(1) != null || m.group(3) != null;
                boolean looksLikeHandle = handle.length() >= 3
                        && handle.chars().anyMatch(c -> Character.isDigit(c) || c == '_' || c == '.');
                if (marked || announced || looksLikeHandle) {
                    int start = m.group(5) != null ? m.start(5) : handleStart;
                    addUnlessKnown(found, ScreeningInput.span(view, start, handleEnd, Label.PII_SOCIAL,
                            marked || announced ? 0.9 : 0.75));
                }
                searchedUpTo = Math.max(searchedUpTo, m.end());
            }
            if (hasAt) {
                addAll(AT_HANDLE_ON_PLATFORM.scan(text), view, found, 0.9);
            }
        }
        if (hasHash) {
            addAll(DISCORD_TAG.scan(text), view, found, 0.9);
        }
    }

    private static void addAll(StartFilteredPattern.Scan scan, MappedText view, List<Span> found, double score) {
        while (scan.find()) {
            Matcher m = scan.matcher();
            addUnlessKnown(found, ScreeningInput.span(view, m.start(), m.end(), Label.PII_SOCIAL, score));
        }
    }

    private static void addUnlessKnown(List<Span> found, Span span) {
        boolean known = found.stream().anyMatch(s -> s.label() == Label.PII_SOCIAL
                && s.start() < span.end() && span.start() < s.end());
        if (!known) {
            found.add(span);
        }
    }

    /** Platform names as tokens; a set lookup per word is far cheaper than the alternation regex. */
    private static final Set<String> PLATFORM_TOKENS = Set.of("snapchat", "snap", "sc", "insta", "instagram", "ig",
            "tiktok", "tik", "tt", "discord", "dc", "whatsapp", "whats", "wa", "telegram", "tg", "kik", "signal",
            "facebook", "fb", "messenger", "twitter", "threads", "wechat", "skype", "roblox", "steam", "psn", "xbox",
            "twitch", "bereal", "wickr", "omegle", "teams", "line");

    /** {@link #PLATFORM_TOKENS} by length, so the token scan compares in place instead of cutting out every word. */
    private static final TextNormalizer.WordTable PLATFORM_TOKENS_BY_LENGTH = TextNormalizer.byLength(PLATFORM_TOKENS);

    private static final int INTENT_REACH = 40;
    private static final int HANDLE_REACH = 60;

    /** Start offsets of platform-name tokens. */
    private static List<Integer> platformPositions(String text) {
        List<Integer> positions = new java.util.ArrayList<>();
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            boolean letter = i < text.length() && TextNormalizer.isAsciiLetter(text.charAt(i));
            if (letter && start < 0) {
                start = i;
            } else if (!letter && start >= 0) {
                if (i - start <= 9 && TextNormalizer.isToken(text, start, i, PLATFORM_TOKENS_BY_LENGTH)) {
                    positions.add(start);
                }
                start = -1;
            }
        }
        return positions;
    }
}
