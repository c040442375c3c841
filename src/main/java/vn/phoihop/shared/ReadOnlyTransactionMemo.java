package vn.phoihop.shared;

import java.util.HashMap;
import java.util.Map;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Answers kept for the rest of the current read-only transaction: what such a transaction has read once it may use
 * again (a page asks the same question for each part it shows), since nothing it does can change the answer. Outside
 * a read-only transaction there is no memo: a write may change the answer.
 */
public final class ReadOnlyTransactionMemo {

    private ReadOnlyTransactionMemo() {
    }

    /**
     * The map kept under {@code key} for the current read-only transaction, made empty on first use and dropped when
     * the transaction ends; null outside a read-only transaction.
     */
    @SuppressWarnings("unchecked")
    public static <K, V> Map<K, V> of(Object key) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()
                || !TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            return null;
        }
        Map<K, V> known = (Map<K, V>) TransactionSynchronizationManager.getResource(key);
        if (known == null) {
            Map<K, V> fresh = new HashMap<>();
            TransactionSynchronizationManager.bindResource(key, fresh);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(key);
                }
            });
            known = fresh;
        }
        return known;
    }
}
