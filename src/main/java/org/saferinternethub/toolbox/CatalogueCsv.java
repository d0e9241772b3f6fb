package org.saferinternethub.toolbox;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;
import org.saferinternethub.shared.Language;
import org.saferinternethub.toolbox.search.Resource;

/**
 * The catalogue as CSV: one row per resource and language. The texts (title, summary, body) are the row's
 * language; every other column describes the whole resource and repeats on each of its rows. Lists are separated
 * by {@code |}. Written as UTF-8 with a byte order mark (so that spreadsheets read the accents) and commas; read
 * with or without the mark, with commas or semicolons (what spreadsheets in Belgium save). A value that a
 * spreadsheet would take for a formula ({@code =}, {@code +}, {@code -}, {@code @} first) is written with an
 * apostrophe in front, which the import takes off again, so that partners' texts never run in an editor's
 * spreadsheet and the export still imports back unchanged.
 */
final class CatalogueCsv {

    /** The columns, in the order the export writes them; the import needs each of them, in any order. */
    enum Column {
        EXTERNAL_ID, LANGUAGE, TITLE, SUMMARY, BODY, KIND, THEMES, AUDIENCES, AGE_MIN, AGE_MAX, LANGUAGES,
        ORGANISATION, PROVIDER, FORMATS, COST, PRICE, REGION, LINKS, STATUS;

        /** The name in the header row, e.g. {@code external_id}. */
        public String header() {
            return name().toLowerCase(Locale.ROOT);
        }

        static Optional<Column> ofHeader(String header) {
            return Arrays.stream(values()).filter(column -> column.header().equals(header.strip().toLowerCase(Locale.ROOT)))
                .findFirst();
        }
    }

    static final String SEPARATOR = "|";
    static final char BYTE_ORDER_MARK = '\uFEFF';
    /** What a spreadsheet takes for a formula, also behind apostrophes so that defusing can be undone exactly. */
    private static final Pattern FORMULA = Pattern.compile("^'*[=+\\-@\t\r].*", Pattern.DOTALL);

    private CatalogueCsv() {
    }

    /** A data row: its number as a spreadsheet counts it (the header is row 1) and its values by column. */
    record Row(long number, Map<Column, String> values) {

        String get(Column column) {
            return values.getOrDefault(column, "");
        }

        /** The value without surrounding spaces, for every column except the texts. */
        String value(Column column) {
            return get(column).strip();
        }

        List<String> list(Column column) {
            return Arrays.stream(value(column).split("\\" + SEPARATOR)).map(String::strip).filter(s -> !s.isEmpty())
                .toList();
        }

    }

    /** What was read: the rows, or why the file could not be read at all (a message key and its arguments). */
    record Table(List<Row> rows, List<String> problemKeys, List<List<Object>> problemArguments) {

        boolean readable() {
            return problemKeys.isEmpty();
        }

        static Table unreadable(String key, Object... arguments) {
            return new Table(List.of(), List.of(key), List.of(List.of(arguments)));
        }

    }

    static Table read(String text, int maxRows) {
        String content = !text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK ? text.substring(1) : text;
        String firstLine = content.lines().findFirst().orElse("");
        char delimiter = firstLine.contains(";") && !firstLine.contains(",") ? ';' : ',';
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setHeader().setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(true).setDuplicateHeaderMode(DuplicateHeaderMode.DISALLOW).setAllowMissingColumnNames(true)
            .get();
        try (CSVParser parser = format.parse(new StringReader(content))) {
            List<String> unknown = new ArrayList<>();
            Map<Column, String> headers = new EnumMap<>(Column.class);
            for (String header : parser.getHeaderNames()) {
                Optional<Column> column = Column.ofHeader(header);
                if (column.isPresent()) {
                    headers.put(column.get(), header);
                }
                else if (!header.isBlank()) {
                    unknown.add(header);
                }
            }
            List<String> missing = Arrays.stream(Column.values()).filter(column -> !headers.containsKey(column))
                .map(Column::header).toList();
            if (!missing.isEmpty()) {
                return Table.unreadable("toolbox.import.file.missing-columns", String.join(", ", missing));
            }
            if (!unknown.isEmpty()) {
                return Table.unreadable("toolbox.import.file.unknown-columns", String.join(", ", unknown));
            }
            List<Row> rows = new ArrayList<>();
            for (CSVRecord record : parser) {
                if (rows.size() == maxRows) {
                    return Table.unreadable("toolbox.import.file.too-many-rows", maxRows);
                }
                Map<Column, String> values = new EnumMap<>(Column.class);
                headers.forEach((column, header) -> values.put(column, record.isSet(header) ? restored(record.get(header)) : ""));
                if (values.values().stream().allMatch(String::isBlank)) {
                    continue;
                }
                rows.add(new Row(record.getRecordNumber() + 1, values));
            }
            if (rows.isEmpty()) {
                return Table.unreadable("toolbox.import.file.no-rows");
            }
            return new Table(rows, List.of(), List.of());
        }
        catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException broken) {
            // Commons CSV reports an unclosed quote or a repeated header this way; the message names no content.
            return Table.unreadable("toolbox.import.file.unreadable");
        }
    }

    /** Writes every resource, one row per language it has texts in. */
    static void write(Collection<Resource> resources, Writer writer) throws IOException {
        writer.write(BYTE_ORDER_MARK);
        CSVFormat format = CSVFormat.DEFAULT.builder()
            .setHeader(Arrays.stream(Column.values()).map(Column::header).toArray(String[]::new)).get();
        try (CSVPrinter printer = new CSVPrinter(writer, format)) {
            for (Resource resource : resources) {
                for (Language language : languagesOf(resource)) {
                    printer.printRecord(Arrays.stream(Column.values())
                        .map(column -> defused(value(resource, language, column))).toList());
                }
            }
        }
    }

    static String defused(String value) {
        return FORMULA.matcher(value).matches() ? "'" + value : value;
    }

    static String restored(String value) {
        return value.startsWith("'") && FORMULA.matcher(value.substring(1)).matches() ? value.substring(1) : value;
    }

    private static List<Language> languagesOf(Resource resource) {
        List<Language> languages = Arrays.stream(Language.values())
            .filter(language -> resource.getTitle().get(language).isPresent()
                    || resource.getSummary().get(language).isPresent() || resource.getBody().get(language).isPresent())
            .toList();
        return languages.isEmpty() ? List.of(Language.EN) : languages;
    }

    private static String value(Resource resource, Language language, Column column) {
        switch (column) {
            case EXTERNAL_ID:
                return resource.getExternalId();
            case LANGUAGE:
                return language.code();
            case TITLE:
                return resource.getTitle().get(language).orElse("");
            case SUMMARY:
                return resource.getSummary().get(language).orElse("");
            case BODY:
                return resource.getBody().get(language).orElse("");
            case KIND:
                return resource.getKind().name();
            case THEMES:
                return joined(resource.getThemes());
            case AUDIENCES:
                return joined(resource.getAudiences());
            case AGE_MIN:
                return resource.getAgeMin() == null ? "" : resource.getAgeMin().toString();
            case AGE_MAX:
                return resource.getAgeMax() == null ? "" : resource.getAgeMax().toString();
            case LANGUAGES:
                return resource.getLanguages().stream().sorted().map(Language::code).collect(Collectors.joining(SEPARATOR));
            case ORGANISATION:
                return Long.toString(resource.getOrganisationId());
            case PROVIDER:
                return resource.getProviderName();
            case FORMATS:
                return joined(resource.getFormats());
            case COST:
                return resource.getCost().name();
            case PRICE:
                return resource.getPriceText() == null ? "" : resource.getPriceText();
            case REGION:
                return resource.getRegion() == null ? "" : resource.getRegion();
            case LINKS:
                return String.join(SEPARATOR, resource.getLinks());
            case STATUS:
                return resource.getStatus().name();
            default:
                throw new IllegalArgumentException(column.name());
        }
    }

    private static String joined(Collection<?> values) {
        return values.stream().map(Object::toString).sorted().collect(Collectors.joining(SEPARATOR));
    }

}
