package vn.phoihop.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

import com.zaxxer.hikari.HikariDataSource;

import vn.phoihop.TestPostgres;
import vn.phoihop.shared.OrganizationId;
import vn.phoihop.shared.ProgramId;

/**
 * The PostgreSQL index against the contract, on the tests' PostgreSQL ({@link TestPostgres}: the local server or an
 * embedded one) in a schema of its own made by the module's migration, dropped at the end.
 */
class PostgresIndexTest extends SearchIndexContract {

    /** The module's PostgreSQL migrations, in order. */
    static final List<Path> MIGRATIONS = searchMigrations();
    /** The module's PostgreSQL migrations ({@code V…__search_….sql} of db/vendor/postgresql), in version order. */
    static List<Path> searchMigrations() {
        try (var files = Files.list(Path.of("src/main/resources/db/vendor/postgresql"))) {
            return files.filter(f -> f.getFileName().toString().contains("__search_"))
                    .sorted(java.util.Comparator.comparingInt(f -> Integer.parseInt(
                            f.getFileName().toString().substring(1, f.getFileName().toString().indexOf("__")))))
                    .toList();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

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

    /** The scope's terms (V118) start with «#»: no query reaches them, whatever is typed. */
    @Test
    void aUserCannotSearchForTheScopeTerms() {
        SearchIndex index = newIndex(1_000);
        index.put(List.of(item("TASK", 1, "Kế hoạch năm", null, 2026, 7L, 3L),
                item("TASK", 2, "Ghi chú p7 và o3", null, 2026, 8L, 4L)));
        for (String q : List.of("#p7", "~p7", "p7", "/#p7", "x.vn/a#p7")) {
            assertThat(index.find(SearchIndex.Query.of(q), SearchIndex.Scope.all(), 0, 10).items()).as(q)
                    .extracting(SearchHit::id).doesNotContain(1L);
        }
        assertThat(index.find(SearchIndex.Query.of("p7"), SearchIndex.Scope.all(), 0, 10).items())
                .extracting(SearchHit::id).containsExactly(2L);
        assertThat(index.find(SearchIndex.Query.of("#ktask #y2026 #n3"), SearchIndex.Scope.all(), 0, 10).total())
                .isZero();
        assertThat(index.find(SearchIndex.Query.of("kế hoạch"),
                SearchIndex.Scope.of(Set.of(new ProgramId(7)), new OrganizationId(3)), 0, 10).items())
                .extracting(SearchHit::id).containsExactly(1L);
    }

    /**
     * A word in most items is tested on the rows (PostgreSQL's statistics say which, after ANALYZE), and a search finds
     * exactly what it found before: every plan of {@code PostgresIndex.plan} against the items counted in Java.
     */
    @Test
    void findsTheSameItemsWhenCommonWordsAreTestedOnTheRows() {
        PostgresIndex index = (PostgresIndex) newIndex(1_000);
        List<Searchable> items = new java.util.ArrayList<>();
        for (long i = 1; i <= 600; i++) {
            long program = 1 + i % 40;
            String title = (i % 3 == 0 ? "Công tác chung " : "Nhiệm vụ ") + (i % 10 == 0 ? "hiếm " : "") + i;
            String text = "Nội dung chung của nhiệm vụ" + (i % 25 == 0 ? " có từ hiếm" : "");
            items.add(item(i % 2 == 0 ? "TASK" : "PROGRESS", i, title, text, 2020 + (int) (i % 5), program,
                    100 + i % 7));
        }
        index.put(items);
        new JdbcTemplate(dataSource).execute("analyze search_document");
        assertThat(index.commonWords()).contains("chung", "noi", "dung").doesNotContain("hiem");

        Set<ProgramId> few = Set.of(new ProgramId(1), new ProgramId(2), new ProgramId(3));
        Set<ProgramId> many = new java.util.HashSet<>();
        for (long p = 1; p <= 200; p++) {
            many.add(new ProgramId(p % 2 == 0 ? p : p + 1000));
        }
        for (Set<ProgramId> programs : List.of(few, many)) {
            var scope = SearchIndex.Scope.of(programs, new OrganizationId(999));
            for (String q : List.of("chung", "noi dung chung", "chung hiem", "hiếm nhiệm vụ", "cong tac chung")) {
                for (SearchIndex.Query query : List.of(SearchIndex.Query.of(q),
                        new SearchIndex.Query(q, Set.of("TASK"), 2022, null),
                        new SearchIndex.Query(q, Set.of(), null, new OrganizationId(103)))) {
                    List<String> words = Folding.terms(q);
                    long expected = items.stream()
                            .filter(d -> programs.contains(d.programId()))
                            .filter(d -> query.kinds().isEmpty() || query.kinds().contains(d.kind()))
                            .filter(d -> query.year() == null || query.year().equals(d.year()))
                            .filter(d -> query.organizationId() == null
                                    || d.organizationIds().contains(query.organizationId()))
                            .filter(d -> Folding.terms(d.title() + " " + d.text()).containsAll(words))
                            .count();
                    SearchResults found = index.find(query, scope, 0, 1_000);
                    assertThat(found.total()).as(q + " " + query + " in " + programs.size() + " programs")
                            .isEqualTo(expected);
                    assertThat(found.items()).allMatch(h -> programs.contains(h.programId()));
                    // title matches first
                    List<Boolean> titled = found.items().stream()
                            .map(h -> Folding.terms(h.title()).containsAll(words)).toList();
                    assertThat(titled).isSortedAccordingTo(java.util.Comparator.reverseOrder());
                }
            }
        }
    }
}
