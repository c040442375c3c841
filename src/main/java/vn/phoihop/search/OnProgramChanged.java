package vn.phoihop.search;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import vn.phoihop.programs.ProgramChanged;
import vn.phoihop.shared.NotFound;

/** Re-indexes a program and its directions after the change commits. */
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

    @ApplicationModuleListener
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
