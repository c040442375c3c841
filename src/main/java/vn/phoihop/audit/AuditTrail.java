package vn.phoihop.audit;

import java.util.List;
import java.util.function.Supplier;

import jakarta.persistence.EntityManager;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** The audit trail's facade: give a reason for the changes of the current transaction; read a history. */
@Service
public class AuditTrail {

    static final Object REASON_KEY = AuditTrail.class.getName() + ".reason";

    private final AuditEntries entries;
    private final EntityManager entityManager;

    AuditTrail(AuditEntries entries, EntityManager entityManager) {
        this.entries = entries;
        this.entityManager = entityManager;
    }

    /**
     * Runs one change and records the reason with every entry it writes, and with no other: the change is flushed
     * before the reason is dropped, so later changes in the same transaction are not explained by it.
     */
    public <T> T withReason(String reason, Supplier<T> change) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("a reason needs a transaction");
        }
        entityManager.flush();
        TransactionSynchronizationManager.bindResource(REASON_KEY, reason);
        try {
            T result = change.get();
            entityManager.flush();
            return result;
        } finally {
            TransactionSynchronizationManager.unbindResource(REASON_KEY);
        }
    }

    /** Entries about the resource itself and its children, oldest first. */
    @Transactional(readOnly = true)
    public List<AuditEntry> history(String entityType, long entityId) {
        return entries.history(entityType, entityId);
    }
}
