package vn.phoihop.search;

import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import vn.phoihop.shared.NotFound;
import vn.phoihop.shared.TaskId;
import vn.phoihop.tasks.ProgressReported;
import vn.phoihop.tasks.TaskChanged;
import vn.phoihop.tasks.TaskCreated;
import vn.phoihop.tasks.TasksCreated;

/**
 * Re-indexes a task with its sub-tasks, progress reports and directions after a change commits; a new progress
 * report adds only its own item.
 * <p>
 * After the commit, on another thread, recorded in the event publication registry (retried when it fails): a
 * Modulith application-module listener without its transaction, as each facade reads in its own — a 404 for a
 * vanished item must not doom the removal that follows.
 */
@Component
class OnTaskChanged {

    private final ProgramDocuments documents;
    private final SearchIndex index;
    private final IndexLocks locks;

    OnTaskChanged(ProgramDocuments documents, SearchIndex index, IndexLocks locks) {
        this.documents = documents;
        this.index = index;
        this.locks = locks;
    }

    @Async
    @TransactionalEventListener
    void on(TaskCreated event) {
        reindex(event.taskId());
    }

    /** An import: every task of it re-indexed on one thread, one after the other. */
    @Async
    @TransactionalEventListener
    void on(TasksCreated event) {
        event.taskIds().forEach(this::reindex);
    }

    @Async
    @TransactionalEventListener
    void on(TaskChanged event) {
        reindex(event.taskId());
    }

    /** A new progress report: only its own item (publications stored before reports carried their id: the task). */
    @Async
    @TransactionalEventListener
    void on(ProgressReported event) {
        if (event.reportId() == null) {
            reindex(event.taskId());
            return;
        }
        locks.with(ProgramDocuments.PROGRESS + ":" + event.reportId(), () -> {
            try {
                index.put(documents.progress(event.taskId(), event.reportId()));
            } catch (NotFound e) {
                index.remove(ProgramDocuments.PROGRESS, event.reportId());
            }
            return null;
        });
    }

    private void reindex(TaskId id) {
        locks.with(ProgramDocuments.TASK + ":" + id.value(), () -> {
            try {
                index.put(documents.task(id));
            } catch (NotFound e) {
                index.remove(ProgramDocuments.TASK, id.value());
            }
            return null;
        });
    }
}
