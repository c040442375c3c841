package vn.phoihop.tasks;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import vn.phoihop.programs.TaskStamps;
import vn.phoihop.shared.OrganizationId;
import vn.phoihop.shared.ReadOnlyTransactionMemo;

/**
 * Every task of a program evaluated for a day ({@link TaskStatusRule} through {@code Tasks}), kept in memory for the
 * programs read most recently, and used again only while the program's {@link TaskStamps stamp} in the database is
 * the one read <em>before</em> the entry was computed. Every transaction that changes a program's tasks, progress
 * reports or deadlines raises the stamp ({@link #changed}), so an entry is never older than what has been committed,
 * on this node or any other. A transaction that has changed tasks itself neither reads nor fills the cache (it sees
 * its own uncommitted rows, which may still roll back).
 */
@Component
class EvaluatedPrograms {

    /**
     * The result of one program: the evaluated tasks in id order, the latest creation day among them and the bodies
     * they involve.
     */
    record Evaluated(List<TaskDetails> tasks, LocalDate lastCreatedOn, Set<OrganizationId> involved) {

        static final Evaluated NONE = new Evaluated(List.of(), null, Set.of());

        /**
         * The tasks put in id order, with every body one of them involves (lead, co-operating, advising): the body
         * filter of the program page, worked out once per program and stamp instead of once per page view.
         */
        static Evaluated inIdOrder(List<TaskDetails> tasks, LocalDate lastCreatedOn) {
            List<TaskDetails> sorted = new ArrayList<>(tasks);
            sorted.sort(Comparator.comparingLong(t -> t.id().value()));
            Set<OrganizationId> involved = new HashSet<>();
            sorted.forEach(t -> involved.addAll(t.bodies()));
            return new Evaluated(List.copyOf(sorted), lastCreatedOn, Set.copyOf(involved));
        }
    }

    /** The answers given in the current read-only transaction, by program and day. */
    private record Asked(long programId, LocalDate day) {
    }

    private record Entry(long stamp, LocalDate day, Evaluated evaluated) {
    }

    private static final Object CHANGED = new Object();
    private static final Object ANSWERED = new Object();

    private final TaskStamps stamps;
    private final Map<Long, Entry> entries;
    private long hits;
    private long misses;

    EvaluatedPrograms(TaskStamps stamps, @Value("${phoihop.tasks.evaluated-programs:200}") int capacity) {
        this.stamps = stamps;
        this.entries = new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Long, Entry> eldest) {
                return size() > capacity;
            }
        };
    }

    /**
     * The evaluated tasks of each program for {@code day}; {@code compute} evaluates the programs it is given (every
     * task of each, in one go) when the cache cannot answer.
     */
    Map<Long, Evaluated> of(List<Long> programIds, LocalDate day, Function<List<Long>, Map<Long, Evaluated>> compute) {
        if (changedInThisTransaction()) {
            return compute.apply(programIds);
        }
        // A read-only transaction asking again (the program page asks for the list, then for the bodies it involves)
        // gets the answer it had: no second stamp read, and one view of the program for the whole page.
        Map<Asked, Evaluated> answered = answeredInThisTransaction();
        Map<Long, Evaluated> result = new HashMap<>();
        List<Long> ask = new ArrayList<>();
        for (Long id : programIds) {
            Evaluated known = answered == null ? null : answered.get(new Asked(id, day));
            if (known != null) {
                result.put(id, known);
            } else {
                ask.add(id);
            }
        }
        if (ask.isEmpty()) {
            return result;
        }
        // The stamps first: rows read afterwards are at least as new as them.
        Map<Long, Long> current = stamps.of(ask);
        List<Long> missing = new ArrayList<>();
        synchronized (entries) {
            for (Long id : ask) {
                Entry e = entries.get(id);
                Long stamp = current.get(id);
                if (e != null && stamp != null && e.stamp() == stamp && e.day().equals(day)) {
                    result.put(id, e.evaluated());
                    hits++;
                } else {
                    missing.add(id);
                    misses++;
                }
            }
        }
        if (!missing.isEmpty()) {
            Map<Long, Evaluated> computed = compute.apply(missing);
            synchronized (entries) {
                for (Long id : missing) {
                    Evaluated ev = computed.getOrDefault(id, Evaluated.NONE);
                    result.put(id, ev);
                    Long stamp = current.get(id);
                    if (stamp != null) {
                        entries.put(id, new Entry(stamp, day, ev));
                    }
                }
            }
        }
        if (answered != null) {
            ask.forEach(id -> answered.put(new Asked(id, day), result.get(id)));
        }
        return result;
    }

    /** What this read-only transaction has been told so far; null outside one (a write may change the answer). */
    private static Map<Asked, Evaluated> answeredInThisTransaction() {
        return ReadOnlyTransactionMemo.of(ANSWERED);
    }

    /** Raises the program's stamp in the current transaction and keeps this transaction away from the cache. */
    void changed(long programId) {
        stamps.raise(programId);
        if (TransactionSynchronizationManager.isSynchronizationActive()
                && !TransactionSynchronizationManager.hasResource(CHANGED)) {
            TransactionSynchronizationManager.bindResource(CHANGED, Boolean.TRUE);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(CHANGED);
                }
            });
        }
    }

    private static boolean changedInThisTransaction() {
        return TransactionSynchronizationManager.hasResource(CHANGED);
    }

    /** Hits and misses since start (for the benchmark notes and tests). */
    long[] counts() {
        synchronized (entries) {
            return new long[] {hits, misses};
        }
    }
}
