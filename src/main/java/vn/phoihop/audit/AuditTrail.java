package vn.phoihop.audit;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** The audit trail's facade: give a reason for the changes of the current transaction; read a history. */
@Service
public class AuditTrail {

    static final Object REASON_KEY = AuditTrail.class.getName() + ".reason";

    private final AuditEntries entries;

    AuditTrail(AuditEntries entries) {
        this.entries = entries;
    }

    /** The reason recorded with every change flushed in the current transaction from now on. */
    public void because(String reason) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            throw new IllegalStateException("a reason needs a transaction");
        }
        if (TransactionSynchronizationManager.hasResource(REASON_KEY)) {
            TransactionSynchronizationManager.unbindResource(REASON_KEY);
        }
        if (reason != null) {
            TransactionSynchronizationManager.bindResource(REASON_KEY, reason);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    if (TransactionSynchronizationManager.hasResource(REASON_KEY)) {
                        TransactionSynchronizationManager.unbindResource(REASON_KEY);
                    }
                }
            });
        }
    }

    /** Entries about the resource itself and its children, oldest first. */
    @Transactional(readOnly = true)
    public List<AuditEntry> history(String entityType, long entityId) {
        return entries.history(entityType, entityId);
    }
}
