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
 * default), in one statement:
 * <ol>
 * <li>{@code titled}: the items whose title has every word, from the title's own GIN index
 * ({@code search_document_title_idx}), at most cap + 1 of them;</li>
 * <li>{@code texted}: only if that left room, items with every word in the title or text that are not titled, up to
 * cap + 1 in all;</li>
 * <li>the page: title matches first, then text matches, each ranked by {@code ts_rank} (title words weigh more,
 * normalised by length), then the newest year and item.</li>
 * </ol>
 * The total is exact up to the cap; beyond it, it is the cap with {@code totalExact = false}, and only the first
 * cap + 1 matches PostgreSQL met (in table order) were ranked: the user narrows with a further word or a filter.
 * Fewer matches than the cap (every rare word, every precise query) are ranked completely. Filters (kinds, year,
 * body, visible programs, readers) are combined with the word indexes through their own indexes, so that a narrow
 * scope does not mean reading many matches to drop them. Each query runs in a read-only transaction with
 * {@code jit = off} (compiling a plan costs more than running it) and {@code plan_cache_mode = force_custom_plan} (a
 * generic plan would not see the words, and so could not choose between scanning and the GIN index).
 */
class PostgresIndex implements SearchIndex {

    /** Matches counted exactly and ranked completely; beyond, see the class comment. */
    static final int EXACT_UP_TO = 500;
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

    /** Listed only when a quick look finds few enough matches (the heap holds the programs: reading 100,000 is slow). */
    @Override
    public Optional<Set<ProgramId>> programsMatching(Query query) {
        if (Folding.terms(query.text()).isEmpty()) {
            return Optional.of(Set.of());
        }
        Where where = where(query, null);
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

    /** Title matches, then text matches, at most cap + 1 in all, ranked; see the class comment. */
    @Override
    public SearchResults find(Query query, Scope scope, int offset, int limit) {
        List<String> terms = Folding.terms(query.text());
        if (terms.isEmpty()) {
            return SearchResults.none();
        }
        Where where = where(query, scope);
        Where filters = filters(query, scope);
        List<Object> args = new ArrayList<>();
        args.add(inTitle(terms));
        args.add(query.text());
        args.addAll(filters.args);
        args.add(exactUpTo + 1);
        args.addAll(where.args);
        args.add(exactUpTo + 1);
        args.add(query.text());
        args.add(limit);
        args.add(offset);
        return reading(() -> {
            long[] found = {-1};
            List<SearchHit> hits = jdbc.query("""
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
                        limit (select ? - count(*) from titled))
                    select kind, doc_id, title, body, doc_year, program_id, url, count(*) over () as found
                    from (select * from titled union all select * from texted) matches
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

    /** The words in the title or the text, then the filters. */
    private static Where where(Query query, Scope scope) {
        Where filters = filters(query, scope);
        List<Object> args = new ArrayList<>();
        args.add(query.text());
        args.addAll(filters.args);
        return new Where("vector @@ " + WORDS + filters.sql, args);
    }

    /** The filters alone, each as {@code " and …"}. */
    private static Where filters(Query query, Scope scope) {
        StringBuilder sql = new StringBuilder();
        List<Object> args = new ArrayList<>();
        if (!query.kinds().isEmpty()) {
            sql.append(" and kind = any(?)");
            args.add(new TextArray(query.kinds().toArray(String[]::new)));
        }
        if (query.year() != null) {
            sql.append(" and doc_year = ?");
            args.add(query.year());
        }
        if (query.organizationId() != null) {
            sql.append(" and organization_ids @> array[?]::bigint[]");
            args.add(query.organizationId().value());
        }
        if (scope != null && !scope.everything()) {
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
