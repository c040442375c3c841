package vn.phoihop.search;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.phoihop.shared.OrganizationId;
import vn.phoihop.shared.ProgramId;

/**
 * The shared index when the database is PostgreSQL: the {@code search_document} table, whose generated
 * {@code tsvector} (config {@code simple}) is built over {@code search_fold(…)} — unaccent, {@code đ → d}, lower case —
 * with the title weighted A and the text B, under a GIN index. Every node sees every change as soon as it commits.
 *
 * <h2>Bounded work over a million items</h2>
 * {@code ts_rank} reads each match's vector from the table, and two common syllables ("công tác", "phối hợp") match a
 * large share of a province's items: ranking them all cost ~280 ms, and ordering them by anything else (recency)
 * still means reading every match. So a query reads at most {@code 2 × (cap + 1)} rows ({@value #EXACT_UP_TO} by
 * default), in one statement. Without filters (an ADMIN's plain search):
 * <ol>
 * <li>{@code titled}: the items whose title has every word, from the title's own GIN index
 * ({@code search_document_title_idx}), at most cap + 1 of them;</li>
 * <li>{@code texted}: only if that left room, items with every word in the title or text that are not titled, up to
 * cap + 1 in all;</li>
 * <li>the page: title matches first, then text matches, each ranked by {@code ts_rank} (title words weigh more,
 * normalised by length), then the newest year and item.</li>
 * </ol>
 * With filters (kinds, year, body, and every user's scope) one pass reads up to cap + 1 matches and ranks them the
 * same way, title matches first ({@link #plan} says which index gives them): the filters are terms of the word index
 * itself (V118, {@link #scopeTerms}), so that GIN reads the scope's short lists and skips through the words' long
 * ones; a word in a large share of the items is tested on the rows instead of read from the index; and a scope of
 * common words only is read from the program index. Searching as a body's user over 1,000,000 items went from p95 126
 * to 20 ms (bench/search, PostgreSQL's default settings).
 * <p>
 * The total is exact up to the cap; beyond it, it is the cap with {@code totalExact = false}, and only the first
 * cap + 1 matches PostgreSQL met (in table order) were ranked: the user narrows with a further word or a filter.
 * Fewer matches than the cap (every rare word, every precise query) are ranked completely. The readers are tested on
 * the rows. Each query runs in a read-only transaction with
 * {@code jit = off} (compiling a plan costs more than running it) and {@code plan_cache_mode = force_custom_plan} (a
 * generic plan would not see the words, and so could not choose between scanning and the GIN index).
 */
class PostgresIndex implements SearchIndex {

    /** Matches counted exactly and ranked completely; beyond, see the class comment. */
    static final int EXACT_UP_TO = 500;
    /** Scopes of at most this many programs are terms of the word query; see {@link #scopeTerms}. */
    static final int SCOPE_TERMS_UP_TO = 100;
    private static final int BATCH = 500;
    private static final String UPSERT = """
            insert into search_document (kind, doc_id, title, body, doc_year, program_id, organization_ids, url,
                readers, generation)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, (extract(epoch from clock_timestamp()) * 1000)::bigint)
            on conflict (kind, doc_id) do update set title = excluded.title, body = excluded.body,
                doc_year = excluded.doc_year, program_id = excluded.program_id,
                organization_ids = excluded.organization_ids, url = excluded.url, readers = excluded.readers,
                generation = excluded.generation""";

    /** The query's words, folded as the vectors were, ANDed. */
    private static final String WORDS = "plainto_tsquery('simple', search_fold(?))";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final TransactionTemplate reading;
    private final int exactUpTo;

    PostgresIndex(DataSource dataSource, PlatformTransactionManager transactions) {
        this(dataSource, transactions, EXACT_UP_TO);
    }

    PostgresIndex(DataSource dataSource, PlatformTransactionManager transactions, int exactUpTo) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.transaction = new TransactionTemplate(transactions);
        this.reading = new TransactionTemplate(transactions);
        this.reading.setReadOnly(true);
        this.exactUpTo = exactUpTo;
    }

    /** Runs a search's statements in one read-only transaction with the settings the plans need (see above). */
    private <T> T reading(java.util.function.Supplier<T> work) {
        return reading.execute(t -> {
            jdbc.execute("set local jit = off; set local plan_cache_mode = force_custom_plan");
            return work.get();
        });
    }

    @Override
    public String engine() {
        return "postgres";
    }

    @Override
    public void put(Collection<Searchable> documents) {
        if (documents.isEmpty()) {
            return;
        }
        transaction.executeWithoutResult(t -> upsert(documents));
    }

    private void upsert(Collection<Searchable> documents) {
        jdbc.execute(UPSERT, (PreparedStatement ps) -> {
            for (Searchable d : documents) {
                ps.setString(1, d.kind());
                ps.setLong(2, d.id());
                ps.setString(3, d.title());
                ps.setString(4, d.text());
                if (d.year() == null) {
                    ps.setNull(5, Types.INTEGER);
                } else {
                    ps.setInt(5, d.year());
                }
                if (d.programId() == null) {
                    ps.setNull(6, Types.BIGINT);
                } else {
                    ps.setLong(6, d.programId().value());
                }
                ps.setArray(7, ps.getConnection().createArrayOf("bigint",
                        d.organizationIds().stream().map(OrganizationId::value).toArray()));
                ps.setString(8, d.url());
                ps.setArray(9, ps.getConnection().createArrayOf("varchar", d.readers().keys().toArray()));
                ps.addBatch();
            }
            return ps.executeBatch();
        });
    }

    @Override
    public void remove(String kind, long id) {
        jdbc.update("delete from search_document where kind = ? and doc_id = ?", kind, id);
    }

    /**
     * In batches of their own transactions (a province's whole history would not fit one), stamped by the database's
     * clock so that every node's writes during the rebuild survive its final clean-up.
     */
    @Override
    public long rebuild(Stream<Searchable> documents) {
        Long began = jdbc.queryForObject("select (extract(epoch from clock_timestamp()) * 1000)::bigint", Long.class);
        long n = 0;
        List<Searchable> batch = new ArrayList<>(BATCH);
        for (Iterator<Searchable> it = documents.iterator(); it.hasNext(); ) {
            batch.add(it.next());
            if (batch.size() == BATCH) {
                put(batch);
                n += batch.size();
                batch.clear();
            }
        }
        put(batch);
        n += batch.size();
        jdbc.update("delete from search_document where generation < ?", began);
        return n;
    }

    @Override
    public boolean isEmpty() {
        return !Boolean.TRUE.equals(jdbc.queryForObject("select exists (select 1 from search_document)", Boolean.class));
    }

    /**
     * Listed only when a quick look finds few enough matches (the heap holds the programs: reading 100,000 is slow).
     * The facade does not ask ({@link #scopesCheaply}).
     */
    @Override
    public Optional<Set<ProgramId>> programsMatching(Query query) {
        if (Folding.terms(query.text()).isEmpty()) {
            return Optional.of(Set.of());
        }
        Where where = plan(query, null).where();
        List<Object> args = new ArrayList<>(where.args);
        args.add(exactUpTo + 1);
        Set<ProgramId> result = new HashSet<>();
        int[] rows = {0};
        reading(() -> {
            jdbc.query("select program_id from search_document where " + where.sql + " limit ?",
                    ps -> bind(ps, args), rs -> {
                        rows[0]++;
                        long program = rs.getLong(1);
                        if (!rs.wasNull()) {
                            result.add(new ProgramId(program));
                        }
                    });
            return null;
        });
        return rows[0] > exactUpTo ? Optional.empty() : Optional.of(result);
    }

    /**
     * A user's whole scope is terms of the word index, or rows read from the program index when every word is
     * common ({@link #plan}): listing the matches' programs first would only add a read of every match.
     */
    @Override
    public boolean scopesCheaply() {
        return true;
    }

    /** Title matches, then text matches, at most cap + 1 in all, ranked; see the class comment. */
    @Override
    public SearchResults find(Query query, Scope scope, int offset, int limit) {
        List<String> terms = Folding.terms(query.text());
        if (terms.isEmpty() || scope != null && !scope.everything() && scope.programs().isEmpty()
                && scope.body() == null) {
            return SearchResults.none();
        }
        Plan plan = plan(query, scope);
        Where where = plan.where();
        Where filters = plan.filters();
        List<Object> args = new ArrayList<>();
        String matches;
        if (plan.titleIndex()) {
            // title matches first, from the title's own (smaller) index; then text matches
            matches = """
                    with titled as materialized (
                        select kind, doc_id, title, body, doc_year, program_id, url, vector, 0 as tier
                        from search_document
                        where ts_match_vq(vector, to_tsquery('simple', ?))
                          and to_tsvector('simple', search_fold(title)) @@\s""" + WORDS + filters.sql + """

                        limit ?),
                    texted as materialized (
                        select kind, doc_id, title, body, doc_year, program_id, url, vector, 1 as tier
                        from search_document
                        where\s""" + where.sql + """

                          and (kind, doc_id) not in (select kind, doc_id from titled)
                        limit (select ? - count(*) from titled)),
                    matches as (select * from titled union all select * from texted)
                    """;
            args.add(inTitle(terms));
            args.add(query.text());
            args.addAll(filters.args);
            args.add(exactUpTo + 1);
            args.addAll(where.args);
            args.add(exactUpTo + 1);
        } else {
            // filtered: one pass over the matches the indexes give, the title's weight (A) tested on each row
            matches = """
                    with matches as materialized (
                        select kind, doc_id, title, body, doc_year, program_id, url, vector,
                            case when ts_match_vq(vector, to_tsquery('simple', ?)) then 0 else 1 end as tier
                        from search_document
                        where\s""" + where.sql + """

                        limit ?)
                    """;
            args.add(inTitle(terms));
            args.addAll(where.args);
            args.add(exactUpTo + 1);
        }
        args.add(query.text());
        args.add(limit);
        args.add(offset);
        return reading(() -> {
            long[] found = {-1};
            List<SearchHit> hits = jdbc.query(matches + """
                    select kind, doc_id, title, body, doc_year, program_id, url, count(*) over () as found
                    from matches
                    order by tier, ts_rank(vector,\s""" + WORDS + """
                    , 1) desc, doc_year desc nulls last, doc_id desc, kind
                    limit ? offset ?""", ps -> bind(ps, args), (rs, n) -> {
                        found[0] = rs.getLong("found");
                        long program = rs.getLong("program_id");
                        ProgramId programId = rs.wasNull() ? null : new ProgramId(program);
                        int year = rs.getInt("doc_year");
                        Integer y = rs.wasNull() ? null : year;
                        String title = rs.getString("title");
                        return new SearchHit(rs.getString("kind"), rs.getLong("doc_id"), title,
                                Snippets.of(title, rs.getString("body"), terms), y, programId, rs.getString("url"));
                    });
            long total = found[0];
            if (total < 0 && offset == 0) {
                // nothing matched at all (counting again in a second statement could see a row committed meanwhile)
                total = 0;
            } else if (total < 0) {
                // a page beyond the last: count alone
                List<Object> countArgs = new ArrayList<>(where.args);
                countArgs.add(exactUpTo + 1);
                Long count = jdbc.query("select count(*) from (select 1 from search_document where " + where.sql
                        + " limit ?) x", ps -> bind(ps, countArgs), rs -> rs.next() ? rs.getLong(1) : 0L);
                total = count == null ? 0 : count;
            }
            boolean exact = total <= exactUpTo;
            return new SearchResults(hits, exact ? total : exactUpTo, exact);
        });
    }

    private record Where(String sql, List<Object> args) {
    }

    /**
     * The words as a query on the title's part of the stored vector (weight A): {@code 'phoi':A & 'hop':A}. Tested
     * first on each row, so that a scan of the table computes the title's own vector (the exact test, which the title
     * index serves) only for rows whose title has every word.
     */
    static String inTitle(List<String> terms) {
        return terms.stream().map(t -> "'" + t.replace("'", "''") + "':A").collect(Collectors.joining(" & "));
    }

    /**
     * How a search finds its rows: {@code words}, the condition on the words (and the filters that are terms of the word
     * index), {@code filters} the conditions on the rows, {@code where} both; {@code titleIndex} when the title tier
     * reads the title's own index.
     */
    private record Plan(Where words, Where filters, boolean titleIndex) {
        Where where() {
            List<Object> args = new ArrayList<>(words.args);
            args.addAll(filters.args);
            return new Where(words.sql + filters.sql, args);
        }
    }

    /**
     * Which index answers which part of a search. Without filters: the words from the word index (and the title tier
     * from the title's index), as before V118; when every word is common, the table is read in its order until enough
     * rows match, which for such words is soon. With filters, they are terms of the word index ({@link #scopeTerms})
     * read together with the query's words, except the words in more than {@value #COMMON} of the items
     * ({@link #commonWords}), which are tested on the rows the index gives: reading their long lists costs more than
     * testing rows, where they match often. When every word is that common, a user's scope is read from the program
     * and body indexes instead of the terms (a union of twenty programs' lists costs more in the word index than in a
     * B-tree), and the words are tested on its rows until enough match.
     */
    private Plan plan(Query query, Scope scope) {
        boolean filtered = !query.kinds().isEmpty() || query.year() != null || query.organizationId() != null
                || scope != null && !scope.everything();
        String rarer = withoutWords(query.text(), commonWords());
        boolean allCommon = rarer.isBlank();
        boolean scopeAsTerms = termsScope(scope) && !allCommon;
        String terms = scopeTerms(query, scopeAsTerms ? scope : null);
        Where filters = filters(scope, !scopeAsTerms);
        List<Object> args = new ArrayList<>();
        String sql;
        if (!filtered && !allCommon) {
            sql = "vector @@ " + WORDS;
            args.add(query.text());
            return new Plan(new Where(sql, args), filters, true);
        }
        // from the index: the rarer words (if any) and the filters' terms; on the rows: every word, if some were left out
        List<String> conditions = new ArrayList<>();
        if (!allCommon) {
            conditions.add(terms == null ? "vector @@ " + WORDS : "vector @@ (" + WORDS + " && ?::tsquery)");
            args.add(rarer);
        } else if (terms != null) {
            conditions.add("vector @@ ?::tsquery");
        }
        if (terms != null) {
            args.add(terms);
        }
        if (!rarer.equals(query.text())) {
            conditions.add("ts_match_vq(vector, " + WORDS + ")");
            args.add(query.text());
        }
        sql = String.join(" and ", conditions);
        return new Plan(new Where(sql, args), filters, false);
    }

    /**
     * The text without the whitespace-separated words (letters only) that are among {@code common}, folded: what is
     * left parses into a part of the text's own lexemes, so that the index's answer for it holds every match.
     */
    static String withoutWords(String text, Set<String> common) {
        if (common.isEmpty()) {
            return text;
        }
        List<String> kept = new ArrayList<>();
        boolean dropped = false;
        for (String chunk : text.strip().split("\\s+")) {
            String folded = Folding.fold(chunk);
            if (!folded.isEmpty() && folded.chars().allMatch(Character::isLetter) && common.contains(folded)) {
                dropped = true;
            } else {
                kept.add(chunk);
            }
        }
        return dropped ? String.join(" ", kept) : text;
    }

    /** Words in at least this share of the items are tested on rows rather than read from the index (see where). */
    static final double COMMON = 0.2;
    private static final long COMMON_FOR_MS = 10 * 60_000;
    private volatile CommonWords common = new CommonWords(Set.of(), 0);

    private record CommonWords(Set<String> words, long readAt) {
    }

    /**
     * The words in at least {@value #COMMON} of the items, as PostgreSQL's own statistics of the vector column say
     * (ANALYZE's most common elements; none before the first ANALYZE), read again every ten minutes.
     */
    Set<String> commonWords() {
        CommonWords c = common;
        long now = System.currentTimeMillis();
        if (now - c.readAt() < COMMON_FOR_MS) {
            return c.words();
        }
        Set<String> words = new HashSet<>();
        jdbc.query("""
                select e.word, f.freq
                from pg_stats s,
                     unnest(s.most_common_elems::text::text[]) with ordinality e(word, i),
                     unnest(s.most_common_elem_freqs) with ordinality f(freq, j)
                where s.schemaname = current_schema() and s.tablename = 'search_document' and s.attname = 'vector'
                  and e.i = f.j""", rs -> {
            String word = rs.getString(1);
            if (rs.getDouble(2) >= COMMON && !word.startsWith("#")) {
                words.add(word);
            }
        });
        common = new CommonWords(Set.copyOf(words), now);
        return common.words();
    }

    /**
     * The kinds, year, body and scope as a query on the terms V118 adds to every item's vector ({@code #k}, {@code #y},
     * {@code #o}, {@code #p}, {@code #n}): {@code ('#ktask' | '#kprogress') & ('#p7' | '#p14' | '#n3')}; null when
     * there are none. A scope of more than {@value #SCOPE_TERMS_UP_TO} programs stays a filter on the rows
     * ({@link #filters}): such a user sees most of the province, and reading that many programs' lists would cost
     * more than the words'.
     */
    static String scopeTerms(Query query, Scope scope) {
        List<String> and = new ArrayList<>();
        if (!query.kinds().isEmpty()) {
            and.add(query.kinds().stream().sorted().map(k -> term("k", k.toLowerCase(java.util.Locale.ROOT)))
                    .collect(Collectors.joining(" | ", "(", ")")));
        }
        if (query.year() != null) {
            and.add(term("y", query.year().toString()));
        }
        if (query.organizationId() != null) {
            and.add(term("o", Long.toString(query.organizationId().value())));
        }
        if (scope != null && !scope.everything()) {
            List<String> or = new ArrayList<>();
            scope.programs().stream().mapToLong(ProgramId::value).sorted().forEach(p -> or.add(term("p", Long.toString(p))));
            if (scope.body() != null) {
                or.add(term("n", Long.toString(scope.body().value())));
            }
            and.add(String.join(" | ", or));
            and.set(and.size() - 1, "(" + and.get(and.size() - 1) + ")");
        }
        return and.isEmpty() ? null : String.join(" & ", and);
    }

    /** Whether the scope is part of the terms (a user's scope of few programs) rather than a filter on the rows. */
    private static boolean termsScope(Scope scope) {
        return scope != null && !scope.everything() && scope.programs().size() <= SCOPE_TERMS_UP_TO;
    }

    private static String term(String prefix, String value) {
        return "'#" + prefix + value.replace("'", "''").replace("\\", "\\\\") + "'";
    }

    /** The filters on the rows: the scope when it is not terms ({@code scopeAsRows}), the readers. */
    private static Where filters(Scope scope, boolean scopeAsRows) {
        StringBuilder sql = new StringBuilder();
        List<Object> args = new ArrayList<>();
        if (scopeAsRows && scope != null && !scope.everything()) {
            sql.append(" and (program_id = any(?)");
            args.add(new LongArray(scope.programs().stream().mapToLong(ProgramId::value).boxed().toArray(Long[]::new)));
            if (scope.body() != null) {
                sql.append(" or (program_id is null and organization_ids @> array[?]::bigint[])");
                args.add(scope.body().value());
            }
            sql.append(")");
        }
        if (scope != null && scope.readers() != null) {
            sql.append(" and readers && ?");
            args.add(new TextArray(scope.readers().toArray(String[]::new)));
        }
        return new Where(sql.toString(), args);
    }

    private record TextArray(String[] values) {
    }

    private record LongArray(Long[] values) {
    }

    private static void bind(PreparedStatement ps, List<Object> args) throws SQLException {
        int i = 1;
        for (Object a : args) {
            if (a instanceof TextArray t) {
                ps.setArray(i++, ps.getConnection().createArrayOf("varchar", t.values));
            } else if (a instanceof LongArray l) {
                ps.setArray(i++, ps.getConnection().createArrayOf("bigint", l.values));
            } else if (a instanceof Integer n) {
                ps.setInt(i++, n);
            } else if (a instanceof Long n) {
                ps.setLong(i++, n);
            } else {
                ps.setString(i++, (String) a);
            }
        }
    }
}
