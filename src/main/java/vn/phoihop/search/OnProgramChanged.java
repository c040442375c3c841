package vn.phoihop.search;

import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import vn.phoihop.programs.ProgramChanged;
import vn.phoihop.shared.NotFound;

/**
 * Re-indexes a program and its directions after the change commits.
 * <p>
 * After the commit, on another thread, recorded in the event publication registry (retried when it fails): a
 * Modulith application-module listener without its transaction, as each facade reads in its own — a 404 for a
 * vanished item must not doom the removal that follows.
 */
@Component
class OnProgramChanged {

    private final ProgramDocuments documents;
    private final SearchIndex index;
    private final IndexLocks locks;

    OnProgramChanged(ProgramDocuments documents, SearchIndex index, IndexLocks locks) {
        this.documents = documents;
        this.index = index;
        this.locks = locks;
    }

    @Async
    @TransactionalEventListener
    void on(ProgramChanged event) {
        long id = event.programId().value();
        locks.with(ProgramDocuments.PROGRAM + ":" + id, () -> {
            try {
                index.put(documents.program(event.programId()));
            } catch (NotFound e) {
                index.remove(ProgramDocuments.PROGRAM, id);
            }
            return null;
        });
    }
}
