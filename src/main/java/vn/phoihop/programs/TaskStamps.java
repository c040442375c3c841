package vn.phoihop.programs;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A counter per program, kept in the program's row, that every transaction changing the program's tasks raises
 * before it commits; a reader that reads the counter before the tasks knows that what it read is at least as new as
 * the counter. The tasks module uses it to keep evaluated task statuses in memory across requests and nodes: an entry
 * is used only while the counter in the database is the one read before the entry was computed.
 */
@Component
public class TaskStamps {

    private final NamedParameterJdbcTemplate jdbc;

    TaskStamps(DataSource dataSource) {
        this.jdbc = new NamedParameterJdbcTemplate(dataSource);
    }

    /** Raises the program's counter in the caller's transaction (it holds the program row's lock until it ends). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void raise(long programId) {
        jdbc.update("update program set tasks_stamp = tasks_stamp + 1 where id = :id", Map.of("id", programId));
    }

    /** The counters of the programs (a program that does not exist is left out). */
    public Map<Long, Long> of(Collection<Long> programIds) {
        Map<Long, Long> result = new HashMap<>();
        if (programIds.isEmpty()) {
            return result;
        }
        List<Long> ids = List.copyOf(programIds);
        for (int i = 0; i < ids.size(); i += 1000) {
            jdbc.query("select id, tasks_stamp from program where id in (:ids)",
                    Map.of("ids", ids.subList(i, Math.min(ids.size(), i + 1000))),
                    rs -> {
                        result.put(rs.getLong(1), rs.getLong(2));
                    });
        }
        return result;
    }
}
