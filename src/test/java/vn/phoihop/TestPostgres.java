package vn.phoihop;

import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The PostgreSQL the tests run on: the server at 127.0.0.1:5432 (user postgres, database test) when a connection
 * succeeds, in a fresh schema of its own dropped at exit; otherwise one embedded PostgreSQL for the whole test
 * JVM, closed by a shutdown hook (never per class: cached Spring contexts would poll a dead server). Never skips.
 */
public final class TestPostgres implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/test";
    private static volatile Database database;

    public record Database(String url, String username, String password) {
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        Database db = database();
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("testPostgres", Map.of(
                "spring.datasource.url", db.url(),
                "spring.datasource.username", db.username(),
                "spring.datasource.password", db.password())));
    }

    public static synchronized Database database() {
        if (database == null) {
            database = serverSchema();
            if (database == null) {
                database = embedded();
            }
        }
        return database;
    }

    private static Database serverSchema() {
        String user = System.getenv().getOrDefault("PHOIHOP_TEST_PG_USER", "postgres");
        String schema = "phoihop_test_" + ProcessHandle.current().pid() + "_" + System.currentTimeMillis();
        try (Connection c = DriverManager.getConnection(SERVER + "?connectTimeout=3", user, "");
             Statement s = c.createStatement()) {
            s.execute("create schema " + schema);
        } catch (SQLException e) {
            return null;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try (Connection c = DriverManager.getConnection(SERVER, user, "");
                 Statement s = c.createStatement()) {
                s.execute("drop schema if exists " + schema + " cascade");
            } catch (SQLException ignored) {
                // the schema name is unique; a leftover harms no later run
            }
        }));
        return new Database(SERVER + "?currentSchema=" + schema, user, "");
    }

    private static Database embedded() {
        try {
            EmbeddedPostgres pg = EmbeddedPostgres.builder().start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    pg.close();
                } catch (IOException ignored) {
                    // the JVM is ending
                }
            }));
            return new Database(pg.getJdbcUrl("postgres", "postgres"), "postgres", "postgres");
        } catch (IOException e) {
            throw new IllegalStateException("No PostgreSQL for the tests: neither 127.0.0.1:5432 nor embedded", e);
        }
    }
}
