package org.saferinternethub.platform;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.saferinternethub.account.OrganisationType;
import org.saferinternethub.account.Role;
import org.saferinternethub.shared.Language;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every visible string is translated: each module's bundle has every key in nl, fr and de (English is the base
 * file), the files are valid UTF-8, MessageFormat patterns escape their apostrophes, every key the templates and
 * the code use exists, and templates contain no literal text — in their markup or in fragment arguments.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class I18nTests {

    private static final Path BUNDLES = Path.of("src/main/resources/i18n");
    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Path SOURCES = Path.of("src/main/java");
    private static final List<String> TRANSLATIONS = List.of("nl", "fr", "de");
    private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9-]*(\\.[A-Za-z0-9_-]+)+");

    private final Map<String, String> base = new LinkedHashMap<>();

    @BeforeAll
    void readBaseBundles() throws IOException {
        for (Path module : modules()) {
            load(module.resolve("messages.properties")).forEach((key, value) -> base.put((String) key, (String) value));
        }
    }

    @Test
    void everyKeyIsTranslatedIntoEveryLanguage() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Path module : modules()) {
            Set<String> keys = new TreeSet<>(load(module.resolve("messages.properties")).stringPropertyNames());
            for (String language : TRANSLATIONS) {
                Path file = module.resolve("messages_" + language + ".properties");
                if (!Files.exists(file)) {
                    problems.add(file + " is missing");
                    continue;
                }
                Set<String> translated = load(file).stringPropertyNames();
                keys.stream().filter(key -> !translated.contains(key))
                    .forEach(key -> problems.add(file.getFileName() + " of " + module.getFileName() + " lacks " + key));
                translated.stream().filter(key -> !keys.contains(key))
                    .forEach(key -> problems.add(file.getFileName() + " of " + module.getFileName() + " has unknown " + key));
                load(file).forEach((key, value) -> {
                    if (((String) value).isBlank()) {
                        problems.add(file + ": " + key + " is empty");
                    }
                });
            }
            Path english = module.resolve("messages_en.properties");
            if (Files.exists(english)) {
                load(english).stringPropertyNames().stream().filter(key -> !keys.contains(key))
                    .forEach(key -> problems.add(english + " has unknown " + key));
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void bundlesAreValidUtf8WithoutReplacementCharacters() throws IOException {
        try (Stream<Path> files = Files.walk(BUNDLES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".properties")).toList()) {
                String text = decodeStrictly(file);
                assertThat(text).as(file.toString()).doesNotContain("\uFFFD");
            }
        }
    }

    @Test
    void messageFormatPatternsDoubleTheirApostrophes() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Path file : allBundleFiles()) {
            load(file).forEach((key, value) -> {
                String text = (String) value;
                if (text.matches("(?s).*\\{\\d+}.*") && text.replace("''", "").contains("'")) {
                    problems.add(file + ": " + key + " has a single apostrophe in a pattern with arguments");
                }
            });
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void everyKeyTheTemplatesUseExists() throws IOException {
        Pattern messageExpression = Pattern.compile("#\\{([^}(]+)");
        List<String> missing = new ArrayList<>();
        for (Path template : templates()) {
            Matcher matcher = messageExpression.matcher(Files.readString(template));
            while (matcher.find()) {
                String key = matcher.group(1).strip();
                if (!key.startsWith("$") && !key.startsWith("'") && !base.containsKey(key)) {
                    missing.add(TEMPLATES.relativize(template) + ": " + key);
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void everyKeyBuiltFromAValueExists() {
        List<String> expected = new ArrayList<>();
        for (Role role : Role.values()) {
            expected.add("account.role." + role);
        }
        for (OrganisationType type : OrganisationType.values()) {
            expected.add("account.organisation.type." + type);
        }
        for (AuditLog.Outcome outcome : AuditLog.Outcome.values()) {
            expected.add("platform.admin.audit.outcome." + outcome);
        }
        for (Language language : Language.values()) {
            expected.add("platform.language." + language.code());
        }
        for (String region : List.of("BE", "BE-VLG", "BE-WAL", "BE-BRU", "BE-DG")) {
            expected.add("platform.region." + region);
        }
        for (String module : List.of("toolbox", "agenda", "peerhelp", "guides", "surveys", "helpline")) {
            expected.add("platform.module." + module);
            expected.add("platform.module." + module + ".about");
        }
        for (var label : org.saferinternethub.moderation.Label.values()) {
            expected.add("moderation.label." + label);
        }
        for (var decision : org.saferinternethub.moderation.Decision.values()) {
            expected.add("moderation.decision." + decision);
            expected.add("moderation.verdict." + decision.name().toLowerCase(java.util.Locale.ROOT));
        }
        for (var trust : org.saferinternethub.moderation.TrustLevel.values()) {
            expected.add("moderation.trust." + trust);
        }
        for (String topic : List.of("love", "friendship", "bullying", "sexuality", "sexting", "grooming", "privacy",
                "reputation", "gaming", "screen-time", "feeling-down", "other")) {
            expected.add("peerhelp.topic." + topic);
        }
        for (String avatar : List.of("otter", "panda", "fox", "owl", "dolphin", "turtle")) {
            expected.add("peerhelp.avatar." + avatar);
        }
        for (String avatar : List.of("cat", "rabbit", "bear", "frog", "penguin", "hedgehog")) {
            expected.add("peerhelp.avatar." + avatar);
        }
        for (String rule : List.of("kind", "secret", "meet", "check", "report", "help")) {
            expected.add("peerhelp.rules." + rule);
            expected.add("peerhelp.rules.icon." + rule);
        }
        for (int seconds : List.of(0, 30, 120, 600, 3600)) {
            expected.add("peerhelp.slow-mode." + seconds);
        }
        for (String badge : List.of("PEER_SUPPORTER", "COUNSELLOR", "MODERATOR")) {
            expected.add("peerhelp.badge." + badge);
        }
        for (String reaction : List.of("ME_TOO", "SUPPORT", "HELPED")) {
            expected.add("peerhelp.reaction." + reaction);
        }
        for (var reason : org.saferinternethub.moderation.ReportReason.values()) {
            expected.add("peerhelp.report.reason." + reason);
        }
        for (var action : org.saferinternethub.moderation.WatchedAction.values()) {
            expected.add("moderation.watched.action." + action);
        }
        for (var kind : org.saferinternethub.moderation.Sanction.Kind.values()) {
            expected.add("moderation.sanction.kind." + kind);
            expected.add("moderation.outcome.sanction." + kind.name().toLowerCase(java.util.Locale.ROOT));
        }
        for (var reason : org.saferinternethub.moderation.ReportReason.values()) {
            expected.add("moderation.report." + reason);
        }
        for (var resolution : org.saferinternethub.moderation.ContentModerated.Resolution.values()) {
            expected.add("moderation.outcome." + resolution.name().toLowerCase(java.util.Locale.ROOT));
        }
        for (String status : List.of("OPEN", "APPROVED", "APPROVED_REDACTED", "APPROVED_EDITED", "REFUSED", "REPORT_DISMISSED")) {
            expected.add("moderation.status." + status);
        }
        for (String template : List.of("personal-info", "bullying", "sexual", "unsafe-contact", "spam", "off-topic")) {
            expected.add("moderation.refusal." + template);
            expected.add("moderation.refusal." + template + ".name");
        }
        for (org.saferinternethub.toolbox.Facet facet : org.saferinternethub.toolbox.Facet.values()) {
            expected.add("toolbox.facet." + facet.param());
        }
        for (org.saferinternethub.toolbox.Kind kind : org.saferinternethub.toolbox.Kind.values()) {
            expected.add("toolbox.kind." + kind);
        }
        for (org.saferinternethub.toolbox.Audience audience : org.saferinternethub.toolbox.Audience.values()) {
            expected.add("toolbox.audience." + audience);
        }
        for (org.saferinternethub.toolbox.AgeBand band : org.saferinternethub.toolbox.AgeBand.values()) {
            expected.add("toolbox.age." + band.code());
        }
        for (org.saferinternethub.toolbox.Format format : org.saferinternethub.toolbox.Format.values()) {
            expected.add("toolbox.format." + format);
        }
        for (org.saferinternethub.toolbox.Cost cost : org.saferinternethub.toolbox.Cost.values()) {
            expected.add("toolbox.cost." + cost);
        }
        for (org.saferinternethub.toolbox.Status status : org.saferinternethub.toolbox.Status.values()) {
            expected.add("toolbox.status." + status);
        }
        for (org.saferinternethub.toolbox.ResourceQuery.Sort sort : org.saferinternethub.toolbox.ResourceQuery.Sort.values()) {
            expected.add("toolbox.sort." + sort);
        }
        for (String action : List.of("create", "edit", "submit", "published", "changes-requested", "rejected", "attach",
                "detach")) {
            expected.add("toolbox.history.action." + action);
        }
        for (String action : List.of("import-create", "import-edit")) {
            expected.add("toolbox.history.action." + action);
        }
        for (String field : List.of("title", "summary", "body", "kind", "themes", "audiences", "languages", "formats",
                "links", "ages", "cost", "region", "organisation", "provider", "status")) {
            expected.add("toolbox.history.field." + field);
        }
        for (String outcome : List.of("CREATE", "UPDATE", "UNCHANGED")) {
            expected.add("toolbox.import.outcome." + outcome);
        }
        for (String column : List.of("external_id", "language", "title", "summary", "body", "kind", "themes", "audiences",
                "age_min", "age_max", "languages", "organisation", "provider", "formats", "cost", "price", "region",
                "links", "status")) {
            expected.add("toolbox.import.column." + column);
        }
        for (int code : List.of(400, 403, 404, 405, 413, 429, 500, 503)) {
            expected.add("platform.error." + code + ".title");
            expected.add("platform.error." + code + ".text");
        }
        assertThat(expected.stream().filter(key -> !base.containsKey(key)).toList()).isEmpty();
    }

    @Test
    void everyKeyTheCodeUsesExists() throws IOException {
        Pattern literal = Pattern.compile("\"\\{?((?:platform|account|shared|toolbox|agenda|moderation|peerhelp)\\.[a-z0-9.-]+[a-z0-9])}?\"");
        List<String> missing = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path source : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                // Audit actions (area.verb) look like keys but are not shown through the bundles.
                String code = Files.readString(source).lines().filter(line -> !line.contains("record("))
                    .collect(java.util.stream.Collectors.joining("\n"));
                Matcher matcher = literal.matcher(code);
                while (matcher.find()) {
                    String key = matcher.group(1);
                    boolean known = base.containsKey(key) || base.keySet().stream().anyMatch(k -> k.startsWith(key + "."));
                    if (!known && !key.startsWith("hub.")) {
                        missing.add(source.getFileName() + ": " + key);
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void templatesContainNoLiteralText() throws IOException {
        Pattern textNode = Pattern.compile(">([^<]+)<");
        Pattern literalAttribute = Pattern.compile("\\s(alt|title|placeholder|aria-label|label|value)=\"([^\"]*\\p{L}[^\"]*)\"");
        List<String> problems = new ArrayList<>();
        for (Path template : templates()) {
            String html = Files.readString(template)
                .replaceAll("(?s)<!--.*?-->", "")
                .replaceAll("(?s)<script[^>]*>.*?</script>", "<script></script>")
                .replaceAll("(?s)<style[^>]*>.*?</style>", "<style></style>");
            // Attribute values may hold '>' (th:if="${pages > 1}"): blank them before looking for text.
            Matcher text = textNode.matcher(html.replaceAll("=\"[^\"]*\"", "=\"\""));
            while (text.find()) {
                if (text.group(1).codePoints().anyMatch(Character::isLetter)) {
                    problems.add(TEMPLATES.relativize(template) + ": text \"" + text.group(1).strip() + "\"");
                }
            }
            Matcher attribute = literalAttribute.matcher(html);
            while (attribute.find()) {
                boolean valueOfFormControl = attribute.group(1).equals("value");
                if (!valueOfFormControl || isButtonValue(html, attribute.start())) {
                    problems.add(TEMPLATES.relativize(template) + ": " + attribute.group(1) + "=\"" + attribute.group(2) + "\"");
                }
            }
            problems.addAll(literalFragmentArguments(template, html));
        }
        assertThat(problems).isEmpty();
    }

    /** Fragment arguments are message keys (which must exist) or names of fields; never visible text. */
    private List<String> literalFragmentArguments(Path template, String html) {
        List<String> problems = new ArrayList<>();
        Matcher call = Pattern.compile("th:(?:replace|insert)=\"~\\{[^:]+::\\s*\\w+\\((.*?)\\)}\"").matcher(html);
        while (call.find()) {
            Matcher argument = Pattern.compile("'([^']*)'").matcher(call.group(1));
            while (argument.find()) {
                String value = argument.group(1);
                if (KEY.matcher(value).matches()) {
                    if (!base.containsKey(value)) {
                        problems.add(TEMPLATES.relativize(template) + ": fragment argument key " + value + " does not exist");
                    }
                }
                else if (!value.matches("[a-zA-Z-]+")) {
                    problems.add(TEMPLATES.relativize(template) + ": fragment argument '" + value + "' is literal text");
                }
            }
        }
        return problems;
    }

    private static boolean isButtonValue(String html, int position) {
        int tagStart = html.lastIndexOf('<', position);
        String tag = html.substring(tagStart, Math.min(html.length(), html.indexOf('>', position) + 1));
        return tag.startsWith("<input") && (tag.contains("type=\"submit\"") || tag.contains("type=\"button\""));
    }

    private static String decodeStrictly(Path file) throws IOException {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(Files.readAllBytes(file)))
                .toString();
        }
        catch (CharacterCodingException notUtf8) {
            throw new AssertionError(file + " is not valid UTF-8", notUtf8);
        }
    }

    private static Properties load(Path file) throws IOException {
        Properties properties = new Properties();
        properties.load(new StringReader(decodeStrictly(file)));
        return properties;
    }

    private static List<Path> modules() throws IOException {
        try (Stream<Path> folders = Files.list(BUNDLES)) {
            return folders.filter(Files::isDirectory).sorted().toList();
        }
    }

    private static List<Path> allBundleFiles() throws IOException {
        try (Stream<Path> files = Files.walk(BUNDLES)) {
            return files.filter(f -> f.toString().endsWith(".properties")).sorted().toList();
        }
    }

    private static List<Path> templates() throws IOException {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            return files.filter(f -> f.toString().endsWith(".html")).sorted().toList();
        }
    }

}
