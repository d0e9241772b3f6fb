package org.saferinternethub.toolbox;

import java.io.IOException;
import java.io.Writer;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.apache.tika.Tika;
import org.jspecify.annotations.Nullable;
import org.saferinternethub.account.AccountDirectory;
import org.saferinternethub.account.SignedInUser;
import org.saferinternethub.platform.AuditLog;
import org.saferinternethub.platform.HubSettings;
import org.saferinternethub.shared.Language;
import org.saferinternethub.shared.LocalizedText;
import org.saferinternethub.toolbox.CatalogueCsv.Column;
import org.saferinternethub.toolbox.CatalogueCsv.Row;
import org.saferinternethub.toolbox.search.Resource;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * Editors export the whole catalogue as CSV and import it back. An import is first planned: every row checked,
 * every resource found by its external id and compared, nothing written. Only a plan without a single problem is
 * carried out, and carrying it out plans again from the same bytes, so that what the preview showed is checked
 * against the catalogue as it is at that moment. Changed resources get a revision with their old values; every
 * import is audited with its counts.
 */
@Service
class CatalogueImport {

    static final int MAX_BYTES = 2 * 1024 * 1024;
    static final int MAX_ROWS = 10_000;
    private static final Set<String> TEXT_TYPES = Set.of("text/plain", "text/csv");

    private final Resources resources;
    private final Revisions revisions;
    private final Themes themes;
    private final AccountDirectory directory;
    private final HubSettings settings;
    private final AuditLog auditLog;
    private final Clock clock;
    private final Tika tika = new Tika();

    CatalogueImport(Resources resources, Revisions revisions, Themes themes, AccountDirectory directory,
            HubSettings settings, AuditLog auditLog, Clock clock) {
        this.resources = resources;
        this.revisions = revisions;
        this.themes = themes;
        this.directory = directory;
        this.settings = settings;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** What happens to one resource. */
    enum Outcome {
        CREATE, UPDATE, UNCHANGED
    }

    /** A problem with one value of one row: a message key of the toolbox bundle with its arguments. */
    record Problem(long row, @Nullable String column, String key, List<Object> arguments) {

        Object[] args() {
            return arguments.toArray();
        }

    }

    /** One resource of the file: its rows, what would happen and which fields would change. */
    record Item(String externalId, String title, List<Long> rows, @Nullable Outcome outcome, List<String> fields) {
    }

    /**
     * The plan of an import. {@code fileProblem} is set when the file could not be read at all.
     */
    record Plan(List<Item> items, List<Problem> problems, @Nullable Problem fileProblem, boolean applied) {

        public boolean valid() {
            return fileProblem == null && problems.isEmpty();
        }

        public long count(Outcome outcome) {
            return items.stream().filter(item -> item.outcome() == outcome).count();
        }

        public long created() {
            return count(Outcome.CREATE);
        }

        public long updated() {
            return count(Outcome.UPDATE);
        }

        public long unchanged() {
            return count(Outcome.UNCHANGED);
        }

        static Plan refused(String key, Object... arguments) {
            return new Plan(List.of(), List.of(), new Problem(0, null, key, List.of(arguments)), false);
        }

    }

    /** Writes the whole catalogue, every status, oldest first. */
    @Transactional(readOnly = true)
    void export(SignedInUser editor, Writer writer) throws IOException {
        requireEditor(editor);
        CatalogueCsv.write(resources.findAll(Sort.by("id")), writer);
        auditLog.record("toolbox.export", null, AuditLog.Outcome.SUCCESS);
    }

    /** Checks an upload and plans it, writing nothing. */
    @Transactional(readOnly = true)
    Plan plan(byte[] bytes, SignedInUser editor) {
        requireEditor(editor);
        return planOf(bytes);
    }

    /** Plans the upload again and, if it has no problem at all, carries it out; otherwise writes nothing. */
    @Transactional
    Plan apply(byte[] bytes, SignedInUser editor) {
        requireEditor(editor);
        Plan plan = planOf(bytes);
        if (!plan.valid()) {
            auditLog.record(editor.getName(), "toolbox.import", null, AuditLog.Outcome.FAILURE,
                    "problems=" + plan.problems().size());
            return plan;
        }
        Parsed parsed = parse(bytes);
        for (Draft draft : parsed.drafts().values()) {
            write(draft, editor);
        }
        auditLog.record(editor.getName(), "toolbox.import", null, AuditLog.Outcome.SUCCESS,
                "created=" + plan.created() + " updated=" + plan.updated() + " unchanged=" + plan.unchanged());
        return new Plan(plan.items(), plan.problems(), null, true);
    }

    private static void requireEditor(SignedInUser user) {
        if (!Editorial.isEditor(user)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
    }

    private Plan planOf(byte[] bytes) {
        Optional<Problem> refused = refusal(bytes);
        if (refused.isPresent()) {
            return new Plan(List.of(), List.of(), refused.get(), false);
        }
        Parsed parsed = parse(bytes);
        if (parsed.fileProblem() != null) {
            return new Plan(List.of(), List.of(), parsed.fileProblem(), false);
        }
        List<Item> items = new ArrayList<>();
        for (Draft draft : parsed.drafts().values()) {
            List<String> fields = List.of();
            Outcome outcome = null;
            if (draft.content() != null) {
                Optional<Resource> existing = resources.findByExternalId(draft.externalId());
                if (existing.isEmpty()) {
                    outcome = Outcome.CREATE;
                }
                else {
                    fields = changes(existing.get(), draft).stream().map(Revision.Change::getField).distinct().toList();
                    outcome = fields.isEmpty() ? Outcome.UNCHANGED : Outcome.UPDATE;
                }
            }
            items.add(new Item(draft.externalId(), draft.title(), draft.rows(), outcome, fields));
        }
        return new Plan(items, parsed.problems(), null, false);
    }

    /** Why the bytes are not a CSV file we read: too large, not text, not UTF-8. */
    private Optional<Problem> refusal(byte[] bytes) {
        if (bytes.length == 0) {
            return Optional.of(new Problem(0, null, "toolbox.import.file.empty", List.of()));
        }
        if (bytes.length > MAX_BYTES) {
            return Optional.of(new Problem(0, null, "toolbox.import.file.too-large", List.of(MAX_BYTES / 1024 / 1024)));
        }
        String type = tika.detect(bytes);
        if (!TEXT_TYPES.contains(type) || text(bytes).isEmpty() || new String(bytes, StandardCharsets.UTF_8).indexOf('\0') >= 0) {
            return Optional.of(new Problem(0, null, "toolbox.import.file.wrong-type", List.of()));
        }
        return Optional.empty();
    }

    private static Optional<String> text(byte[] bytes) {
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString());
        }
        catch (CharacterCodingException notUtf8) {
            return Optional.empty();
        }
    }

    private void write(Draft draft, SignedInUser editor) {
        Resource.Content content = Objects.requireNonNull(draft.content());
        Optional<Resource> existing = resources.findByExternalId(draft.externalId());
        if (existing.isEmpty()) {
            Resource resource = new Resource(draft.organisationId(), draft.provider(), clock.instant());
            resource.setExternalId(draft.externalId());
            resource.describe(content);
            if (draft.status() != null && draft.status() != Status.DRAFT) {
                resource.moveTo(draft.status(), null, clock.instant());
            }
            resources.save(resource);
            long id = Objects.requireNonNull(resource.getId());
            revisions.save(new Revision(id, editor.id(), editor.name(), "import-create", "all", null, clock.instant()));
            return;
        }
        Resource resource = existing.get();
        List<Revision.Change> changes = changes(resource, draft);
        if (changes.isEmpty()) {
            return;
        }
        resource.describe(content);
        resource.setOrganisationId(draft.organisationId());
        resource.setProviderName(draft.provider());
        if (draft.status() != null && draft.status() != resource.getStatus()) {
            resource.moveTo(draft.status(), resource.getReviewComment(), clock.instant());
        }
        resource.touch(clock.instant());
        revisions.save(new Revision(Objects.requireNonNull(resource.getId()), editor.id(), editor.name(), "import-edit",
                changes, clock.instant()));
    }

    /** The changes the draft makes to the resource, with the content as the resource would keep it. */
    private static List<Revision.Change> changes(Resource resource, Draft draft) {
        Resource.Content content = Objects.requireNonNull(draft.content());
        List<Revision.Change> changes = new ArrayList<>(Editorial.changes(resource.content(), kept(content)));
        Editorial.compare(changes, "organisation", Long.toString(resource.getOrganisationId()),
                Long.toString(draft.organisationId()));
        Editorial.compare(changes, "provider", resource.getProviderName(), draft.provider());
        if (draft.status() != null) {
            Editorial.compare(changes, "status", resource.getStatus().name(), draft.status().name());
        }
        return changes;
    }

    /** As {@link Resource#describe} keeps it: no price for what is free. */
    private static Resource.Content kept(Resource.Content content) {
        return new Resource.Content(content.title(), content.summary(), content.body(), content.kind(), content.themes(),
                content.audiences(), content.languages(), content.formats(), content.links(), content.ageMin(),
                content.ageMax(), content.cost(), content.cost() == Cost.PAID ? content.priceText() : null,
                content.region());
    }

    // Reading and checking the rows

    /** The resource one group of rows describes; {@code content} is null when a row of it has a problem. */
    private record Draft(String externalId, String title, List<Long> rows, Resource.@Nullable Content content,
            long organisationId, String provider, @Nullable Status status) {
    }

    private record Parsed(Map<String, Draft> drafts, List<Problem> problems, @Nullable Problem fileProblem) {
    }

    private Parsed parse(byte[] bytes) {
        CatalogueCsv.Table table = CatalogueCsv.read(text(bytes).orElse(""), MAX_ROWS);
        if (!table.readable()) {
            return new Parsed(Map.of(), List.of(),
                    new Problem(0, null, table.problemKeys().get(0), table.problemArguments().get(0)));
        }
        Set<String> knownThemes = Set.copyOf(themes.findAllByOrderByPositionAsc().stream().map(Theme::getSlug).toList());
        List<AccountDirectory.OrganisationSummary> organisations = directory.organisations();
        List<Problem> problems = new ArrayList<>();
        Map<String, List<Row>> groups = new LinkedHashMap<>();
        for (Row row : table.rows()) {
            String externalId = row.value(Column.EXTERNAL_ID);
            if (externalId.isEmpty()) {
                problems.add(problem(row, Column.EXTERNAL_ID, "toolbox.import.error.required"));
                continue;
            }
            if (externalId.length() > 100 || !externalId.matches("[\\p{L}\\p{N}._:/-]+")) {
                problems.add(problem(row, Column.EXTERNAL_ID, "toolbox.import.error.external-id"));
                continue;
            }
            groups.computeIfAbsent(externalId, id -> new ArrayList<>()).add(row);
        }
        Map<String, Draft> drafts = new LinkedHashMap<>();
        groups.forEach((externalId, rows) -> {
            int before = problems.size();
            Draft draft = draft(externalId, rows, knownThemes, organisations, problems);
            drafts.put(externalId, problems.size() > before ? new Draft(externalId, draft.title(), draft.rows(), null,
                    draft.organisationId(), draft.provider(), draft.status()) : draft);
        });
        problems.sort(java.util.Comparator.comparingLong(Problem::row));
        return new Parsed(drafts, problems, null);
    }

    private Draft draft(String externalId, List<Row> rows, Set<String> knownThemes,
            List<AccountDirectory.OrganisationSummary> organisations, List<Problem> problems) {
        Row first = rows.get(0);
        // The columns that describe the whole resource must say the same on each of its rows.
        for (Row row : rows.subList(1, rows.size())) {
            for (Column column : EnumSet.range(Column.KIND, Column.STATUS)) {
                if (!row.value(column).equals(first.value(column))) {
                    problems.add(problem(row, column, "toolbox.import.error.differs", first.number()));
                }
            }
        }
        Map<Language, String> titles = new EnumMap<>(Language.class);
        Map<Language, String> summaries = new EnumMap<>(Language.class);
        Map<Language, String> bodies = new EnumMap<>(Language.class);
        Map<Language, Long> seen = new HashMap<>();
        for (Row row : rows) {
            Optional<Language> language = language(row.value(Column.LANGUAGE));
            if (language.isEmpty()) {
                problems.add(problem(row, Column.LANGUAGE, "toolbox.import.error.language", row.value(Column.LANGUAGE)));
                continue;
            }
            Long earlier = seen.putIfAbsent(language.get(), row.number());
            if (earlier != null) {
                problems.add(problem(row, Column.LANGUAGE, "toolbox.import.error.duplicate", earlier));
                continue;
            }
            String title = row.get(Column.TITLE).strip();
            String summary = row.get(Column.SUMMARY).strip();
            String body = row.get(Column.BODY);
            if (title.isEmpty()) {
                problems.add(problem(row, Column.TITLE, "toolbox.import.error.required"));
            }
            if (summary.isEmpty()) {
                problems.add(problem(row, Column.SUMMARY, "toolbox.import.error.required"));
            }
            tooLong(row, Column.TITLE, title, 300, problems);
            tooLong(row, Column.SUMMARY, summary, 2000, problems);
            tooLong(row, Column.BODY, body, 20000, problems);
            put(titles, language.get(), title);
            put(summaries, language.get(), summary);
            put(bodies, language.get(), body.isBlank() ? "" : body);
        }

        Kind kind = enumValue(first, Column.KIND, Kind.class, null, problems);
        Set<String> themeSlugs = new java.util.TreeSet<>();
        for (String slug : first.list(Column.THEMES)) {
            if (knownThemes.contains(slug)) {
                themeSlugs.add(slug);
            }
            else {
                problems.add(problem(first, Column.THEMES, "toolbox.import.error.theme", slug));
            }
        }
        Set<Audience> audiences = enumValues(first, Column.AUDIENCES, Audience.class, problems);
        Set<Format> formats = enumValues(first, Column.FORMATS, Format.class, problems);
        Set<Language> languages = EnumSet.noneOf(Language.class);
        for (String code : first.list(Column.LANGUAGES)) {
            language(code).ifPresentOrElse(languages::add,
                    () -> problems.add(problem(first, Column.LANGUAGES, "toolbox.import.error.language", code)));
        }
        languages.addAll(titles.keySet());
        Integer ageMin = age(first, Column.AGE_MIN, problems);
        Integer ageMax = age(first, Column.AGE_MAX, problems);
        if (ageMin != null && ageMax != null && ageMin > ageMax) {
            problems.add(problem(first, Column.AGE_MAX, "toolbox.import.error.ages", ageMin, ageMax));
        }
        Long organisationId = organisation(first, organisations, problems);
        String provider = first.value(Column.PROVIDER);
        if (provider.isEmpty() && organisationId != null) {
            provider = organisations.stream().filter(o -> o.id() == organisationId).findFirst()
                .map(AccountDirectory.OrganisationSummary::name).orElse("");
        }
        tooLong(first, Column.PROVIDER, provider, 200, problems);
        Cost cost = enumValue(first, Column.COST, Cost.class, Cost.FREE, problems);
        String price = first.value(Column.PRICE);
        tooLong(first, Column.PRICE, price, 200, problems);
        String region = first.value(Column.REGION);
        if (!region.isEmpty() && !settings.regions().contains(region)) {
            problems.add(problem(first, Column.REGION, "toolbox.import.error.region", region));
        }
        List<String> links = first.list(Column.LINKS);
        for (String link : links) {
            if (!isWebAddress(link) || link.length() > 1000) {
                problems.add(problem(first, Column.LINKS, "toolbox.import.error.link", link));
            }
        }
        if (links.size() > 20) {
            problems.add(problem(first, Column.LINKS, "toolbox.import.error.links", 20));
        }
        Status status = first.value(Column.STATUS).isEmpty() ? null
                : enumValue(first, Column.STATUS, Status.class, null, problems);

        String shownTitle = LocalizedText.of(titles).in(Language.EN).map(LocalizedText.Localized::value).orElse(externalId);
        List<Long> numbers = rows.stream().map(Row::number).toList();
        Resource.Content content = kind == null ? null
                : new Resource.Content(LocalizedText.of(titles), LocalizedText.of(summaries), LocalizedText.of(bodies),
                        kind, themeSlugs, audiences, languages, formats, links, ageMin, ageMax,
                        cost == null ? Cost.FREE : cost, price.isEmpty() ? null : price, region.isEmpty() ? null : region);
        return new Draft(externalId, shownTitle, numbers, content, organisationId == null ? 0 : organisationId, provider,
                status);
    }

    private static void put(Map<Language, String> map, Language language, String value) {
        if (!value.isEmpty()) {
            map.put(language, value);
        }
    }

    private static Optional<Language> language(String code) {
        return code.matches("[A-Za-z]{2}") ? Language.fromCode(code) : Optional.empty();
    }

    private static void tooLong(Row row, Column column, String value, int max, List<Problem> problems) {
        if (value.length() > max) {
            problems.add(problem(row, column, "toolbox.import.error.too-long", max));
        }
    }

    private static <E extends Enum<E>> @Nullable E enumValue(Row row, Column column, Class<E> type, @Nullable E empty,
            List<Problem> problems) {
        String value = row.value(column);
        if (value.isEmpty() && empty != null) {
            return empty;
        }
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_'));
        }
        catch (IllegalArgumentException unknown) {
            problems.add(problem(row, column, value.isEmpty() ? "toolbox.import.error.required"
                    : "toolbox.import.error.value", value, allowed(type)));
            return null;
        }
    }

    private static <E extends Enum<E>> Set<E> enumValues(Row row, Column column, Class<E> type, List<Problem> problems) {
        Set<E> values = EnumSet.noneOf(type);
        for (String value : row.list(column)) {
            try {
                values.add(Enum.valueOf(type, value.toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_')));
            }
            catch (IllegalArgumentException unknown) {
                problems.add(problem(row, column, "toolbox.import.error.value", value, allowed(type)));
            }
        }
        return values;
    }

    private static <E extends Enum<E>> String allowed(Class<E> type) {
        return String.join(", ", EnumSet.allOf(type).stream().map(Enum::name).toList());
    }

    private static @Nullable Integer age(Row row, Column column, List<Problem> problems) {
        String value = row.value(column);
        if (value.isEmpty()) {
            return null;
        }
        try {
            int age = Integer.parseInt(value);
            if (age >= 0 && age <= 120) {
                return age;
            }
        }
        catch (NumberFormatException notANumber) {
            // reported below
        }
        problems.add(problem(row, column, "toolbox.import.error.age", value));
        return null;
    }

    /** The organisation by id, or by name when exactly one has it. */
    private static @Nullable Long organisation(Row row, List<AccountDirectory.OrganisationSummary> organisations,
            List<Problem> problems) {
        String value = row.value(Column.ORGANISATION);
        if (value.isEmpty()) {
            problems.add(problem(row, Column.ORGANISATION, "toolbox.import.error.required"));
            return null;
        }
        List<AccountDirectory.OrganisationSummary> matches = organisations.stream()
            .filter(o -> Long.toString(o.id()).equals(value) || o.name().equalsIgnoreCase(value)).toList();
        if (matches.size() == 1) {
            return matches.get(0).id();
        }
        problems.add(problem(row, Column.ORGANISATION,
                matches.isEmpty() ? "toolbox.import.error.organisation" : "toolbox.import.error.organisation-ambiguous",
                value));
        return null;
    }

    private static boolean isWebAddress(String link) {
        try {
            URI uri = URI.create(link);
            return ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null;
        }
        catch (IllegalArgumentException notAnAddress) {
            return false;
        }
    }

    private static Problem problem(Row row, Column column, String key, Object... arguments) {
        return new Problem(row.number(), column.header(), key, List.of(arguments));
    }

}
