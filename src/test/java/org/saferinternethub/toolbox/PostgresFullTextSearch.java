package org.saferinternethub.toolbox;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.saferinternethub.shared.Language;

/**
 * The baseline of the toolbox search benchmark: what a team would build with PostgreSQL full-text search alone,
 * on the same rows as the application. One denormalised table with a weighted {@code tsvector} over the four
 * languages (dutch, french, german, english configurations; the provider name with simple), a GIN index, facets as
 * columns and arrays (GIN-indexed), hits ranked with {@code ts_rank}, and facet counts with one {@code GROUP BY}
 * per facet that applies every other facet's filter but not its own — the same semantics as
 * {@code ResourceSearch}. A whole page (hits, total and all nine facets) is one statement, one round trip.
 * <p>
 * Differences that favour the baseline: no typo tolerance and no accent folding (no fuzzy matching, no
 * {@code unaccent}); every language weighs the same.
 */
final class PostgresFullTextSearch {

    private static final String[] CONFIGURATIONS = { "dutch", "french", "german", "english" };

    private final Connection connection;

    PostgresFullTextSearch(Connection connection) throws SQLException {
        this.connection = connection;
        try (Statement statement = connection.createStatement()) {
            // What a team would set for this workload: room to hash and sort in memory, no JIT start-up per query.
            statement.execute("set work_mem = '64MB'");
            statement.execute("set jit = off");
        }
    }

    /** Builds the baseline table from the application's tables (same rows, same facet values). */
    static void build(Connection connection) throws SQLException {
        StringBuilder vector = new StringBuilder();
        for (int i = 0; i < CONFIGURATIONS.length; i++) {
            String code = Language.values()[i].code();
            String configuration = CONFIGURATIONS[i];
            if (i > 0) {
                vector.append(" || ");
            }
            vector.append("setweight(to_tsvector('").append(configuration).append("', coalesce(r.title_").append(code)
                .append(", '')), 'A') || setweight(to_tsvector('").append(configuration).append("', coalesce(r.summary_")
                .append(code).append(", '')), 'B') || setweight(to_tsvector('").append(configuration)
                .append("', coalesce(r.body_").append(code).append(", '')), 'C')");
        }
        vector.append(" || setweight(to_tsvector('simple', r.provider_name), 'B')");
        StringBuilder ages = new StringBuilder("array_remove(array[");
        for (AgeBand band : AgeBand.values()) {
            int from = band == AgeBand.ADULTS ? 19 : Integer.parseInt(band.code().split("-")[0]);
            int to = band == AgeBand.ADULTS ? 120 : Integer.parseInt(band.code().split("-")[1]);
            ages.append(band.ordinal() > 0 ? ", " : "").append("case when coalesce(r.age_min, 0) <= ").append(to)
                .append(" and coalesce(r.age_max, 120) >= ").append(from).append(" then '").append(band.code()).append("' end");
        }
        ages.append("]::text[], null)");
        try (Statement statement = connection.createStatement()) {
            statement.execute("drop table if exists bench_fts");
            statement.execute("""
                    create table bench_fts as select r.id, r.status, r.kind, r.cost, r.region,
                      cast(r.organisation_id as text) as organisation,
                      array(select t.theme from toolbox_resource_theme t where t.resource_id = r.id)::text[] as themes,
                      array(select a.audience from toolbox_resource_audience a where a.resource_id = r.id)::text[] as audiences,
                      case when r.age_min is null and r.age_max is null then '{}'::text[] else %s end as ages,
                      array(select lower(l.language) from toolbox_resource_language l where l.resource_id = r.id)::text[] as languages,
                      array(select f.format from toolbox_resource_format f where f.resource_id = r.id)::text[] as formats,
                      r.published_at, r.title_nl, r.title_fr, r.title_de, r.title_en,
                      r.summary_nl, r.summary_fr, r.summary_de, r.summary_en,
                      %s as fts
                    from toolbox_resource r""".formatted(ages, vector));
            statement.execute("alter table bench_fts add primary key (id)");
            statement.execute("create index bench_fts_text on bench_fts using gin (fts)");
            for (String column : new String[] { "themes", "audiences", "ages", "languages", "formats" }) {
                statement.execute("create index bench_fts_" + column + " on bench_fts using gin (" + column + ")");
            }
            for (String column : new String[] { "kind", "cost", "region", "organisation", "published_at", "status" }) {
                statement.execute("create index bench_fts_" + column + " on bench_fts (" + column + ")");
            }
            statement.execute("analyze bench_fts");
        }
    }

    /** One page of results as the application's search gives it: hits, total, and counts for every facet. */
    Page search(ResourceQuery query) throws SQLException {
        List<Object> params = new ArrayList<>();
        boolean text = !query.text().isEmpty();
        StringBuilder sql = new StringBuilder();
        if (text) {
            sql.append("with q as (select ");
            for (int i = 0; i < CONFIGURATIONS.length; i++) {
                sql.append("websearch_to_tsquery('").append(CONFIGURATIONS[i]).append("', ?) || ");
                params.add(query.text());
            }
            sql.append("websearch_to_tsquery('simple', ?) as q), ");
            params.add(query.text());
            sql.append("m as materialized (select b.id, b.kind, b.cost, b.region, b.organisation, b.themes, b.audiences, "
                    + "b.ages, b.languages, b.formats, b.published_at, ts_rank(b.fts, q.q) as rank "
                    + "from bench_fts b, q where b.status = 'PUBLISHED' and b.fts @@ q.q), ");
        }
        else {
            sql.append("with m as materialized (select b.id, b.kind, b.cost, b.region, b.organisation, b.themes, "
                    + "b.audiences, b.ages, b.languages, b.formats, b.published_at, 0::real as rank "
                    + "from bench_fts b where b.status = 'PUBLISHED'), ");
        }
        sql.append("f as (select * from m where ").append(filters(query, null, params)).append(") ");
        String order = switch (query.effectiveSort()) {
            case NEWEST -> "f.published_at desc, f.id";
            case TITLE -> "coalesce(b.title_" + query.language().code() + ", '')";
            case RELEVANCE -> "f.rank desc, f.published_at desc, f.id";
        };
        String lang = query.language().code();
        sql.append("select 'hit' as part, cast(h.id as text) as value, h.n, h.title, h.summary from (select f.id, f.rank as n, ")
            .append("coalesce(b.title_").append(lang).append(", b.title_nl, b.title_fr, b.title_de, b.title_en) as title, ")
            .append("coalesce(b.summary_").append(lang).append(", b.summary_nl, b.summary_fr, b.summary_de, b.summary_en) as summary ")
            .append("from f join bench_fts b on b.id = f.id order by ").append(order).append(" limit ")
            .append(ResourceQuery.PAGE_SIZE).append(" offset ").append(query.page() * ResourceQuery.PAGE_SIZE).append(") h ")
            .append("union all select 'total', null, count(*), null, null from f ");
        for (Facet facet : Facet.values()) {
            String column = column(facet);
            boolean array = isArray(facet);
            sql.append("union all select '").append(facet.param()).append("', ")
                .append(array ? "v" : column).append(", count(*), null, null from m")
                .append(array ? " cross join unnest(m." + column + ") v" : "")
                .append(" where ").append(filters(query, facet, params))
                .append(" group by ").append(array ? "v" : column).append(' ');
        }
        Map<Facet, Map<String, Long>> facets = new EnumMap<>(Facet.class);
        List<String> hits = new ArrayList<>();
        long total = 0;
        try (PreparedStatement statement = connection.prepareStatement(sql.toString())) {
            for (int i = 0; i < params.size(); i++) {
                Object param = params.get(i);
                if (param instanceof String[] values) {
                    statement.setArray(i + 1, connection.createArrayOf("text", values));
                }
                else {
                    statement.setString(i + 1, (String) param);
                }
            }
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    String part = rows.getString(1);
                    if (part.equals("hit")) {
                        hits.add(rows.getString(4));
                    }
                    else if (part.equals("total")) {
                        total = rows.getLong(3);
                    }
                    else if (rows.getString(2) != null) {
                        Facet facet = facet(part);
                        facets.computeIfAbsent(facet, key -> new LinkedHashMap<>()).put(rows.getString(2), rows.getLong(3));
                    }
                }
            }
        }
        return new Page(hits, total, facets);
    }

    private static String filters(ResourceQuery query, Facet ignored, List<Object> params) {
        StringBuilder where = new StringBuilder("true");
        query.filters().forEach((facet, values) -> {
            if (facet != ignored) {
                where.append(" and ").append(column(facet)).append(isArray(facet) ? " && ?" : " = any(?)");
                Set<String> chosen = facet == Facet.LANGUAGE ? lower(values) : values;
                params.add(chosen.toArray(String[]::new));
            }
        });
        return where.toString();
    }

    private static Set<String> lower(Set<String> values) {
        Set<String> lower = new java.util.LinkedHashSet<>();
        values.forEach(value -> lower.add(value.toLowerCase(java.util.Locale.ROOT)));
        return lower;
    }

    private static String column(Facet facet) {
        return switch (facet) {
            case THEME -> "themes";
            case AUDIENCE -> "audiences";
            case KIND -> "kind";
            case AGE -> "ages";
            case LANGUAGE -> "languages";
            case REGION -> "region";
            case FORMAT -> "formats";
            case COST -> "cost";
            case ORGANISATION -> "organisation";
        };
    }

    private static boolean isArray(Facet facet) {
        return facet == Facet.THEME || facet == Facet.AUDIENCE || facet == Facet.AGE || facet == Facet.LANGUAGE
                || facet == Facet.FORMAT;
    }

    private static Facet facet(String param) {
        for (Facet facet : Facet.values()) {
            if (facet.param().equals(param)) {
                return facet;
            }
        }
        throw new IllegalArgumentException(param);
    }

    /** What the baseline returns: the titles of the hits, the total, and the counts per facet. */
    record Page(List<String> titles, long total, Map<Facet, Map<String, Long>> facets) {
    }

}
