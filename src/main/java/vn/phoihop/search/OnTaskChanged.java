package vn.phoihop.search;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import vn.phoihop.shared.NotFound;
import vn.phoihop.shared.TaskId;
import vn.phoihop.tasks.ProgressReported;
import vn.phoihop.tasks.TaskChanged;
import vn.phoihop.tasks.TaskCreated;

/** Re-indexes a task with its sub-tasks, progress reports and directions after a change commits. */
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

    @ApplicationModuleListener
    void on(TaskCreated event) {
        reindex(event.taskId());
    }

    @ApplicationModuleListener
    void on(TaskChanged event) {
        reindex(event.taskId());
    }

    @ApplicationModuleListener
    void on(ProgressReported event) {
        reindex(event.taskId());
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
