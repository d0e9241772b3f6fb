package org.saferinternethub.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * Gives every test application context a database and data folder of its own.
 * <p>
 * By default an in-memory H2 database. With {@code HUB_TEST_DB=postgres}, a fresh schema in the PostgreSQL
 * database {@code HUB_TEST_DB_URL} (default {@code jdbc:postgresql://127.0.0.1:5432/hub_test}, created if it does
 * not exist; schemas left by runs that started over three hours ago are dropped at the first context of a run, so
 * that runs side by side do not pull the ground from under each other). User and password:
 * {@code HUB_TEST_DB_USER} (default {@code postgres}) and {@code HUB_TEST_DB_PASSWORD} (default empty).
 */
public class TestDatabase implements ContextCustomizerFactory {

    private static final String SCHEMA_PREFIX = "hub_test_";
    private static final AtomicBoolean RESET = new AtomicBoolean();

    public static boolean onPostgres() {
        return "postgres".equalsIgnoreCase(System.getenv("HUB_TEST_DB"));
    }

    @Override
    public ContextCustomizer createContextCustomizer(Class<?> testClass, List<ContextConfigurationAttributes> attributes) {
        return new Customizer();
    }

    /** All equal, so that they don't split Spring's context cache; each context creation gets new names. */
    static final class Customizer implements ContextCustomizer {

        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
            String name = UUID.randomUUID().toString().replace("-", "").substring(0, 12);
            Map<String, Object> properties = new HashMap<>();
            try {
                Path dataDir = Files.createTempDirectory("hub-data-");
                properties.put("hub.data-dir", dataDir.toString());
            }
            catch (IOException failure) {
                throw new IllegalStateException(failure);
            }
            if (onPostgres()) {
                String schema = SCHEMA_PREFIX + System.currentTimeMillis() / 60_000 + "_" + name;
                String url = postgresUrl();
                createSchema(url, schema);
                properties.put("spring.datasource.url", url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema);
                properties.put("spring.datasource.username", user());
                properties.put("spring.datasource.password", password());
                properties.put("spring.flyway.schemas", schema);
                properties.put("spring.flyway.default-schema", schema);
            }
            else {
                properties.put("spring.datasource.url", "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
            }
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("testDatabase", properties));
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Customizer;
        }

        @Override
        public int hashCode() {
            return Customizer.class.hashCode();
        }

    }

    private static String postgresUrl() {
        String url = System.getenv("HUB_TEST_DB_URL");
        return url == null || url.isBlank() ? "jdbc:postgresql://127.0.0.1:5432/hub_test" : url;
    }

    private static String user() {
        String user = System.getenv("HUB_TEST_DB_USER");
        return user == null || user.isBlank() ? "postgres" : user;
    }

    private static String password() {
        String password = System.getenv("HUB_TEST_DB_PASSWORD");
        return password == null ? "" : password;
    }

    private static void createSchema(String url, String schema) {
        try {
            ensureDatabase(url);
            try (Connection connection = DriverManager.getConnection(url, user(), password());
                    Statement statement = connection.createStatement()) {
                if (RESET.compareAndSet(false, true)) {
                    List<String> old = new java.util.ArrayList<>();
                    try (ResultSet schemas = statement.executeQuery(
                            "select nspname from pg_namespace where nspname like '" + SCHEMA_PREFIX + "%'")) {
                        long cutoff = System.currentTimeMillis() / 60_000 - 180;
                        while (schemas.next()) {
                            String[] parts = schemas.getString(1).substring(SCHEMA_PREFIX.length()).split("_");
                            boolean stale = parts.length < 2 || !parts[0].matches("\\d+") || Long.parseLong(parts[0]) < cutoff;
                            if (stale) {
                                old.add(schemas.getString(1));
                            }
                        }
                    }
                    for (String stale : old) {
                        statement.execute("drop schema " + stale + " cascade");
                    }
                }
                statement.execute("create schema " + schema);
            }
        }
        catch (SQLException failure) {
            throw new IllegalStateException("PostgreSQL for tests is not reachable at " + url, failure);
        }
    }

    private static void ensureDatabase(String url) throws SQLException {
        int slash = url.lastIndexOf('/');
        int query = url.indexOf('?', slash);
        String database = url.substring(slash + 1, query < 0 ? url.length() : query);
        String maintenance = url.substring(0, slash + 1) + "postgres";
        try (Connection connection = DriverManager.getConnection(maintenance, user(), password());
                Statement statement = connection.createStatement();
                ResultSet exists = statement.executeQuery(
                        "select 1 from pg_database where datname = '" + database.replace("'", "") + "'")) {
            if (!exists.next()) {
                statement.execute("create database \"" + database.replace("\"", "") + "\"");
            }
        }
    }

}
