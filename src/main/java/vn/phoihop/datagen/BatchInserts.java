package vn.phoihop.datagen;

import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

/** The generator's writes: rows with ids chosen up front, inserted in JDBC batches of a thousand. */
final class BatchInserts {

    static final int BATCH = 1000;

    private final JdbcTemplate jdbc;

    BatchInserts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The first free id of a table. */
    long next(String table) {
        Long max = jdbc.queryForObject("select max(id) from " + table, Long.class);
        return max == null ? 1 : max + 1;
    }

    /** Inserts the rows in batches and empties the list. */
    void insert(String sql, List<Object[]> rows) {
        for (int from = 0; from < rows.size(); from += BATCH) {
            jdbc.batchUpdate(sql, rows.subList(from, Math.min(rows.size(), from + BATCH)));
        }
        rows.clear();
    }

    /** Inserts the rows in batches with their column types (nulls need no look-up of the type) and empties the list. */
    void insert(String sql, List<Object[]> rows, int[] types) {
        for (int from = 0; from < rows.size(); from += BATCH) {
            jdbc.batchUpdate(sql, rows.subList(from, Math.min(rows.size(), from + BATCH)), types);
        }
        rows.clear();
    }

    /** Moves the identities past the ids written, so the application's next rows do not collide with them. */
    void restartIds(List<String> tables) {
        for (String table : tables) {
            jdbc.execute("alter table " + table + " alter column id restart with " + next(table));
        }
    }
}
