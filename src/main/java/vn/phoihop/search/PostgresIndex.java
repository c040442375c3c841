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
 * with the title weighted A and the text B, under a GIN index; ranked by {@code ts_rank} normalised by length. Every
 * node sees every change as soon as it commits.
 */
class PostgresIndex implements SearchIndex {

    /** Matches ranked and counted exactly; beyond, see {@link #find}. */
    static final int EXACT_UP_TO = 5_000;
    private static final int BATCH = 500;
    private static final String UPSERT = """
            insert into search_document (kind, doc_id, title, body, doc_year, program_id, organization_ids, url,
                generation)
            values (?, ?, ?, ?, ?, ?, ?, ?, (extract(epoch from clock_timestamp()) * 1000)::bigint)
            on conflict (kind, doc_id) do update set title = excluded.title, body = excluded.body,
                doc_year = excluded.doc_year, program_id = excluded.program_id,
                organization_ids = excluded.organization_ids, url = excluded.url, generation = excluded.generation""";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final int exactUpTo;

    PostgresIndex(DataSource dataSource, PlatformTransactionManager transactions) {
        this(dataSource, transactions, EXACT_UP_TO);
    }

    PostgresIndex(DataSource dataSource, PlatformTransactionManager transactions, int exactUpTo) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.transaction = new TransactionTemplate(transactions);
        this.exactUpTo = exactUpTo;
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
        jdbc.query("select program_id from search_document where " + where.sql + " limit ?", ps -> bind(ps, args),
                rs -> {
                    rows[0]++;
                    long program = rs.getLong(1);
                    if (!rs.wasNull()) {
                        result.add(new ProgramId(program));
                    }
                });
        return rows[0] > exactUpTo ? Optional.empty() : Optional.of(result);
    }

    /**
     * Ranks the matches with {@code ts_rank}, which reads each match's vector from the table: for a query matching
     * more than the cap (common words), only the first {@code exactUpTo} matches found are ranked and counted — the
     * price of a shared index without a ranking-aware index (RUM) at p95 ≤ 50 ms; more words narrow it.
     */
    @Override
    public SearchResults find(Query query, Scope scope, int offset, int limit) {
        List<String> terms = Folding.terms(query.text());
        if (terms.isEmpty()) {
            return SearchResults.none();
        }
        Where where = where(query, scope);
        List<Object> args = new ArrayList<>(where.args);
        args.add(exactUpTo + 1);
        args.add(query.text());
        args.add(limit);
        args.add(offset);
        long[] total = {-1};
        List<SearchHit> hits = jdbc.query("""
                with candidates as materialized (
                    select kind, doc_id, title, body, doc_year, program_id, url, vector
                    from search_document
                    where\s""" + where.sql + """

                    limit ?)
                select kind, doc_id, title, body, doc_year, program_id, url,
                       (select count(*) from candidates) as total
                from candidates
                order by ts_rank(vector, plainto_tsquery('simple', search_fold(?)), 1) desc, kind, doc_id
                limit ? offset ?""", ps -> bind(ps, args), (rs, n) -> {
                    total[0] = rs.getLong("total");
                    long program = rs.getLong("program_id");
                    ProgramId programId = rs.wasNull() ? null : new ProgramId(program);
                    int year = rs.getInt("doc_year");
                    Integer y = rs.wasNull() ? null : year;
                    String title = rs.getString("title");
                    return new SearchHit(rs.getString("kind"), rs.getLong("doc_id"), title,
                            Snippets.of(title, rs.getString("body"), terms), y, programId, rs.getString("url"));
                });
        if (total[0] < 0) {
            List<Object> countArgs = new ArrayList<>(where.args);
            countArgs.add(exactUpTo + 1);
            Long count = jdbc.query("select count(*) from (select 1 from search_document where " + where.sql
                    + " limit ?) x", ps -> bind(ps, countArgs), rs -> rs.next() ? rs.getLong(1) : 0L);
            total[0] = count == null ? 0 : count;
        }
        boolean exact = total[0] <= exactUpTo;
        return new SearchResults(hits, exact ? total[0] : exactUpTo, exact);
    }

    private record Where(String sql, List<Object> args) {
    }

    private static Where where(Query query, Scope scope) {
        StringBuilder sql = new StringBuilder("vector @@ plainto_tsquery('simple', search_fold(?))");
        List<Object> args = new ArrayList<>();
        args.add(query.text());
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
