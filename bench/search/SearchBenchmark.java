package vn.phoihop.search;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.apache.lucene.store.FSDirectory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

import com.zaxxer.hikari.HikariDataSource;

import vn.phoihop.shared.OrganizationId;
import vn.phoihop.shared.ProgramId;

/**
 * Latency of a two-word query over N synthetic Vietnamese-like items, for one engine. Not part of the build:
 * run by bench/search/run.sh (see README.md there).
 *
 * <pre>
 * java … vn.phoihop.search.SearchBenchmark lucene|postgres [items=1000000] [queries=1000]
 * </pre>
 */
public final class SearchBenchmark {

    static final String[] ONSETS = {"", "b", "c", "ch", "d", "đ", "g", "gi", "h", "k", "kh", "l", "m", "n", "ng",
            "nh", "ph", "qu", "r", "s", "t", "th", "tr", "v", "x"};
    static final String[] NUCLEI = {"a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y", "ai", "ao", "au",
            "ay", "âu", "ây", "eo", "êu", "ia", "iê", "iu", "oa", "oă", "oe", "oi", "ôi", "ơi", "ua", "uâ", "uê",
            "ui", "uô", "uơ", "uy", "ưa", "ưi", "ươ", "ưu"};
    static final String[] CODAS = {"", "", "", "c", "ch", "m", "n", "ng", "nh", "p", "t"};
    /** Combining tone marks: level, grave, acute, hook above, tilde, dot below. */
    static final String[] TONES = {"", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323"};

    /** The keys of an administrator and of a body's focal point, as the facade passes them. */
    static final Set<String> ADMIN = Readers.keysOf(new vn.phoihop.shared.UserId(1), vn.phoihop.shared.Role.ADMIN);
    static final Set<String> FOCAL_POINT = Readers.keysOf(new vn.phoihop.shared.UserId(2),
            vn.phoihop.shared.Role.FOCAL_POINT);

    public static void main(String[] args) throws Exception {
        String engine = args.length > 0 ? args[0] : "lucene";
        int items = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
        int queries = args.length > 2 ? Integer.parseInt(args[2]) : 1000;
        Random random = new Random(42);
        String[] vocabulary = vocabulary(random, 6000);
        double[] zipf = zipf(vocabulary.length, 1.0);
        System.out.printf("engine=%s items=%d vocabulary=%d syllables queries=%d%n", engine, items, vocabulary.length,
                queries);
        switch (engine) {
            case "lucene" -> lucene(items, queries, vocabulary, zipf, random);
            case "postgres" -> postgres(items, queries, vocabulary, zipf, random);
            default -> throw new IllegalArgumentException("lucene or postgres");
        }
    }

    static void lucene(int items, int queries, String[] vocabulary, double[] zipf, Random random) throws Exception {
        String keep = System.getProperty("bench.dir");
        Path dir = keep != null ? Files.createDirectories(Path.of(keep)) : Files.createTempDirectory("search-bench-");
        boolean reuse = false;
        if (keep != null) {
            try (LuceneIndex probe = new LuceneIndex(FSDirectory.open(dir))) {
                reuse = !probe.isEmpty();
            }
        }
        try (LuceneIndex index = new LuceneIndex(FSDirectory.open(dir))) {
            long t0 = System.nanoTime();
            for (int i = 1; i <= (reuse ? 0 : items); i++) {
                index.add(item(i, vocabulary, zipf));
                if (i % 100_000 == 0) {
                    System.out.printf("  loaded %d (%d s)%n", i, (System.nanoTime() - t0) / 1_000_000_000L);
                }
            }
            index.publish();
            System.out.printf("loaded %d items in %d s; index %d MB%n", items, (System.nanoTime() - t0) / 1_000_000_000L,
                    size(dir) / 1_000_000);
            measure(index, items, queries, vocabulary, zipf);
        } finally {
            if (keep == null) {
                org.springframework.util.FileSystemUtils.deleteRecursively(dir);
            }
        }
    }

    /** The module's PostgreSQL migrations, in order: the benchmark's schema is made as a database's would be. */
    static final List<String> MIGRATIONS = searchMigrations().stream().map(Path::toString).toList();

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

    static void postgres(int items, int queries, String[] vocabulary, double[] zipf, Random random) throws Exception {
        String server = System.getProperty("pg.url", "jdbc:postgresql://127.0.0.1:5432/test");
        String user = System.getProperty("pg.user", "postgres");
        // -Dbench.schema=NAME: load into that schema once and keep it; later runs only measure
        String kept = System.getProperty("bench.schema");
        String schema = kept != null ? kept : "search_bench_" + ProcessHandle.current().pid();
        boolean exists;
        try (Connection c = DriverManager.getConnection(server, user, ""); Statement s = c.createStatement()) {
            var rs = s.executeQuery("select count(*) from pg_namespace where nspname = '" + schema + "'");
            rs.next();
            exists = rs.getInt(1) > 0;
            if (!exists) {
                s.execute("create schema " + schema);
            }
        }
        try (HikariDataSource ds = new HikariDataSource()) {
            ds.setJdbcUrl(server + "?currentSchema=" + schema + "&reWriteBatchedInserts=true");
            ds.setUsername(user);
            ds.setMaximumPoolSize(1);
            JdbcTemplate jdbc = new JdbcTemplate(ds);
            PostgresIndex index = new PostgresIndex(ds, new DataSourceTransactionManager(ds));
            if (exists) {
                System.out.printf("measuring the items kept in schema %s (%s rows)%n", schema,
                        jdbc.queryForObject("select count(*) from search_document", Long.class));
                long backend = jdbc.queryForObject("select pg_backend_pid()", Long.class);
                measure(index, items, queries, vocabulary, zipf, () -> onCpu(backend));
                return;
            }
            for (String migration : MIGRATIONS) {
                if (Files.exists(Path.of(migration))) {
                    jdbc.execute(Files.readString(Path.of(migration)));
                }
            }
            // Loading: without the secondary indexes, built once at the end (as a restore would).
            List<String> indexes = jdbc.queryForList("select indexdef from pg_indexes where schemaname = '" + schema
                    + "' and tablename = 'search_document' and indexname <> 'search_document_pkey'", String.class);
            for (String name : jdbc.queryForList("select indexname from pg_indexes where schemaname = '" + schema
                    + "' and tablename = 'search_document' and indexname <> 'search_document_pkey'", String.class)) {
                jdbc.execute("drop index " + name);
            }
            long t0 = System.nanoTime();
            List<Searchable> batch = new ArrayList<>(2000);
            for (int i = 1; i <= items; i++) {
                batch.add(item(i, vocabulary, zipf));
                if (batch.size() == 2000) {
                    index.put(batch);
                    batch.clear();
                }
                if (i % 100_000 == 0) {
                    System.out.printf("  loaded %d (%d s)%n", i, (System.nanoTime() - t0) / 1_000_000_000L);
                }
            }
            index.put(batch);
            long loaded = System.nanoTime();
            jdbc.execute("set maintenance_work_mem = '256MB'");
            for (String definition : indexes) {
                jdbc.execute(definition);
            }
            jdbc.execute("vacuum analyze search_document");
            System.out.printf("loaded %d items in %d s, indexes in %d s; table %s, word index %s%n", items,
                    (loaded - t0) / 1_000_000_000L, (System.nanoTime() - loaded) / 1_000_000_000L,
                    jdbc.queryForObject("select pg_size_pretty(pg_table_size('search_document'))", String.class),
                    jdbc.queryForObject("select pg_size_pretty(pg_relation_size('search_document_vector_idx'))",
                            String.class));
            long backend = jdbc.queryForObject("select pg_backend_pid()", Long.class);
            measure(index, items, queries, vocabulary, zipf, () -> onCpu(backend));
        } finally {
            if (kept == null) {
                try (Connection c = DriverManager.getConnection(server, user, ""); Statement s = c.createStatement()) {
                    s.execute("drop schema if exists " + schema + " cascade");
                }
            }
        }
    }

    /**
     * Two-word queries as people type them: two neighbouring syllables of an item's title (so that something
     * matches), half with diacritics, half without. Measured: the first page of 20 hits with snippets and the exact
     * total, as ADMIN (everything visible) and as a body's user (a scope of 20 programs, after listing the programs
     * of the matches, as the facade does).
     */
    static void measure(SearchIndex index, int items, int queries, String[] vocabulary, double[] zipf) {
        measure(index, items, queries, vocabulary, zipf, () -> 0L);
    }

    /**
     * Also measures the CPU time each query took — the benchmark's thread plus, for PostgreSQL, the server process
     * answering it ({@code serverCpu}, ns) — so that a run on a machine shared with builds tells what a query costs
     * apart from waiting for a core (load average and wall-clock times are printed with it).
     */
    static void measure(SearchIndex index, int items, int queries, String[] vocabulary, double[] zipf,
                        java.util.function.LongSupplier serverCpu) {
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        System.out.printf("load average before: %s%n", loadAverage());
        Random random = new Random(7);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < queries + 200; i++) {
            Random r = new Random(1000L + random.nextInt(items));
            String[] title = sentence(r, vocabulary, zipf, 6 + r.nextInt(7)).split(" ");
            int at = random.nextInt(title.length - 1);
            String q = title[at] + " " + title[at + 1];
            texts.add(i % 2 == 0 ? q : Folding.fold(q));
        }
        Set<ProgramId> visible = new HashSet<>();
        for (int p = 1; p <= 20; p++) {
            visible.add(new ProgramId(p * 7L));
        }
        for (String mode : System.getProperty("bench.modes", "admin,body,body-visible").split(",")) {
            long[] times = new long[queries];
            long[] cpu = new long[queries];
            long totalHits = 0;
            for (int i = 0; i < texts.size(); i++) {
                SearchIndex.Query q = SearchIndex.Query.of(texts.get(i));
                long t = System.nanoTime();
                long c = threads.getCurrentThreadCpuTime() + serverCpu.getAsLong();
                long total;
                if (mode.equals("admin")) {
                    total = index.find(q, SearchIndex.Scope.everything(ADMIN), 0, 20).total();
                } else if (mode.equals("body-visible")) {
                    // the programs the user may see, without first listing the matches' programs
                    total = index.find(q, SearchIndex.Scope.of(visible, new OrganizationId(3), FOCAL_POINT), 0, 20)
                            .total();
                } else {
                    // as the facade: the matches' programs the user may see, or all they may see when too many match
                    Set<ProgramId> matching = new HashSet<>(index.scopesCheaply() ? visible
                            : index.programsMatching(q).orElse(visible));
                    matching.retainAll(visible);
                    total = index.find(q, SearchIndex.Scope.of(matching, new OrganizationId(3), FOCAL_POINT), 0, 20)
                            .total();
                }
                long elapsed = System.nanoTime() - t;
                if (i >= 200 && elapsed / 1_000_000 >= Long.getLong("bench.slow", Long.MAX_VALUE)) {
                    // -Dbench.slow=MS: which queries are slow, to look at their plans
                    System.out.printf("  slow %s %.1f ms, %d matches: %s%n", mode, elapsed / 1e6, total, texts.get(i));
                }
                long used = threads.getCurrentThreadCpuTime() + serverCpu.getAsLong() - c;
                if (i >= 200) {
                    times[i - 200] = elapsed;
                    cpu[i - 200] = used;
                    totalHits += total;
                }
            }
            Arrays.sort(times);
            Arrays.sort(cpu);
            System.out.printf("%s: wall p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms; cpu p50 %.1f ms, p95 %.1f ms,"
                    + " p99 %.1f ms; mean matches %d; load average %s%n", mode,
                    times[queries / 2] / 1e6, times[(int) (queries * 0.95)] / 1e6, times[(int) (queries * 0.99)] / 1e6,
                    times[queries - 1] / 1e6, cpu[queries / 2] / 1e6, cpu[(int) (queries * 0.95)] / 1e6,
                    cpu[(int) (queries * 0.99)] / 1e6, totalHits / queries, loadAverage());
        }
    }

    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (java.io.IOException e) {
            return "?";
        }
    }

    /** On-CPU time (ns) of a process, from /proc/PID/schedstat; 0 where there is none. */
    static long onCpu(long pid) {
        try {
            return Long.parseLong(Files.readString(Path.of("/proc/" + pid + "/schedstat")).split(" ")[0]);
        } catch (java.io.IOException | RuntimeException e) {
            return 0;
        }
    }

    /** An item whose words depend only on its number, so that queries can be drawn from items. */
    static Searchable item(int i, String[] vocabulary, double[] zipf) {
        Random r = new Random(1000L + i);
        String title = sentence(r, vocabulary, zipf, 6 + r.nextInt(7));
        String text = sentence(r, vocabulary, zipf, 20 + r.nextInt(60));
        String kind = i % 10 < 2 ? "TASK" : i % 10 < 9 ? "PROGRESS" : "TASK_DIRECTION";
        long program = 1 + r.nextInt(500);
        return new Searchable(kind, i, title, text, 2017 + r.nextInt(10), new ProgramId(program),
                List.of(new OrganizationId(1 + r.nextInt(500)), new OrganizationId(1 + r.nextInt(500))),
                "/tasks/" + i);
    }

    static String sentence(Random r, String[] vocabulary, double[] zipf, int words) {
        StringBuilder s = new StringBuilder();
        for (int w = 0; w < words; w++) {
            if (w > 0) {
                s.append(' ');
            }
            String word = vocabulary[pick(r, zipf)];
            s.append(w == 0 ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word);
        }
        return s.toString();
    }

    static int pick(Random r, double[] cumulative) {
        int i = Arrays.binarySearch(cumulative, r.nextDouble());
        return Math.min(i < 0 ? -i - 1 : i, cumulative.length - 1);
    }

    static double[] zipf(int n, double s) {
        double[] c = new double[n];
        double sum = 0;
        for (int k = 1; k <= n; k++) {
            sum += 1 / Math.pow(k, s);
            c[k - 1] = sum;
        }
        for (int k = 0; k < n; k++) {
            c[k] /= sum;
        }
        return c;
    }

    /** Distinct syllables: onset, nucleus, coda and tone, composed to NFC. */
    static String[] vocabulary(Random r, int n) {
        Set<String> words = new java.util.LinkedHashSet<>();
        while (words.size() < n) {
            String nucleus = NUCLEI[r.nextInt(NUCLEI.length)];
            String syllable = ONSETS[r.nextInt(ONSETS.length)] + nucleus.charAt(0) + TONES[r.nextInt(TONES.length)]
                    + nucleus.substring(1) + CODAS[r.nextInt(CODAS.length)];
            words.add(Normalizer.normalize(syllable, Normalizer.Form.NFC));
        }
        return words.toArray(String[]::new);
    }

    static long size(Path dir) throws java.io.IOException {
        try (var files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }
}
