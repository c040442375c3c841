package vn.phoihop.cases;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads the deadline rules kept in {@code case_deadline_rule}: a handful of rows, kept for at most five seconds so a
 * list of cases reads them once and an edit on another node counts within seconds.
 */
@Component
class DeadlineRules {

    private static final long TTL_NANOS = 5_000_000_000L;

    private final JdbcClient jdbc;
    private volatile List<DeadlineRule> cached;
    private volatile long readAt;

    DeadlineRules(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<DeadlineRule> all() {
        List<DeadlineRule> c = cached;
        if (c == null || System.nanoTime() - readAt > TTL_NANOS) {
            c = read();
            cached = c;
            readAt = System.nanoTime();
        }
        return c;
    }

    Optional<DeadlineRule> byCode(String code) {
        return all().stream().filter(r -> r.code().equals(code)).findFirst();
    }

    private List<DeadlineRule> read() {
        return jdbc.sql("select * from case_deadline_rule order by kind, instance, code").query((rs, n) -> new DeadlineRule(
                rs.getString("code"), rs.getString("deadline_code"), CaseKind.valueOf(rs.getString("kind")),
                rs.getString("instance") == null ? null : CaseInstance.valueOf(rs.getString("instance")),
                rs.getString("starts_from"), integer(rs, "limit_days"), DayUnit.valueOf(rs.getString("unit")),
                integer(rs, "remote_days"), integer(rs, "complex_days"), integer(rs, "remote_complex_days"),
                integer(rs, "several_places_days"), integer(rs, "internal_target_days"), rs.getInt("extensions_complex"),
                rs.getInt("extensions_very_complex"), rs.getInt("extension_max_days"), rs.getString("legal_basis"),
                rs.getBoolean("computed"))).list();
    }

    Optional<DeadlineRule> find(CaseKind kind, CaseInstance instance, String deadlineCode) {
        return all().stream().filter(r -> r.appliesTo(kind, instance) && r.deadlineCode().equals(deadlineCode))
                .findFirst();
    }

    /** Changes a rule's limits, unit and legal basis (administrators); deadlines already computed keep theirs. */
    int update(DeadlineRule r) {
        cached = null;
        return jdbc.sql("update case_deadline_rule set limit_days = ?, unit = ?, remote_days = ?, complex_days = ?,"
                        + " remote_complex_days = ?, several_places_days = ?, internal_target_days = ?,"
                        + " legal_basis = ? where code = ?")
                .params(r.limitDays(), r.unit().name(), r.remoteDays(), r.complexDays(), r.remoteComplexDays(),
                        r.severalPlacesDays(), r.internalTargetDays(), r.legalBasis(), r.code()).update();
    }

    private static Integer integer(java.sql.ResultSet rs, String column) throws java.sql.SQLException {
        int v = rs.getInt(column);
        return rs.wasNull() ? null : v;
    }
}
