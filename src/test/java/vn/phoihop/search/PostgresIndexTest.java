package vn.phoihop.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

import com.zaxxer.hikari.HikariDataSource;

import vn.phoihop.TestPostgres;

/**
 * The PostgreSQL index against the contract, on the tests' PostgreSQL ({@link TestPostgres}: the local server or an
 * embedded one) in a schema of its own made by the module's migration, dropped at the end.
 */
class PostgresIndexTest extends SearchIndexContract {

    /** The module's PostgreSQL migrations, in order. */
    static final List<Path> MIGRATIONS = List.of(
            Path.of("src/main/resources/db/vendor/postgresql/V51__search_documents.sql"),
            Path.of("src/main/resources/db/vendor/postgresql/V110__search_ranking.sql"));
    static HikariDataSource dataSource;
    static String schema;
    static String url;
    static String user;
    static String password;

    @BeforeAll
    static void schema() throws Exception {
        GenericApplicationContext context = new GenericApplicationContext();
        new TestPostgres().initialize(context);
        Environment env = context.getEnvironment();
        url = env.getProperty("spring.datasource.url");
        user = env.getProperty("spring.datasource.username");
        password = env.getProperty("spring.datasource.password");
        schema = "search_contract_" + ProcessHandle.current().pid() + "_" + System.currentTimeMillis();
        try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
            s.execute("create schema " + schema);
        }
        dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(inSchema(url, schema));
        dataSource.setUsername(user);
        dataSource.setPassword(password);
        dataSource.setMaximumPoolSize(4);
        for (Path migration : MIGRATIONS) {
            new JdbcTemplate(dataSource).execute(Files.readString(migration));
        }
    }

    static String inSchema(String url, String schema) {
        if (url.contains("currentSchema=")) {
            return url.replaceAll("currentSchema=[^&]*", "currentSchema=" + schema);
        }
        return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    @AfterAll
    static void dropSchema() throws Exception {
        dataSource.close();
        try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
            s.execute("drop schema if exists " + schema + " cascade");
        }
    }

    @Override
    SearchIndex newIndex(int exactUpTo) {
        new JdbcTemplate(dataSource).execute("truncate search_document");
        return new PostgresIndex(dataSource, new DataSourceTransactionManager(dataSource), exactUpTo);
    }

    @Test
    void foldsInTheDatabaseTheWayJavaDoes() {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        for (String s : new String[] {"Phối HỢP Đảng đoàn", "ưu tiên ơn Ỹ", "Nghị quyết số 35-NQ/TU"}) {
            assertThat(jdbc.queryForObject("select search_fold(?)", String.class, s)).isEqualTo(Folding.fold(s));
        }
        String nfd = java.text.Normalizer.normalize("Đồng chí Phối hợp", java.text.Normalizer.Form.NFD);
        assertThat(jdbc.queryForObject("select search_fold(?)", String.class, nfd)).isEqualTo("dong chi phoi hop");
    }
}
