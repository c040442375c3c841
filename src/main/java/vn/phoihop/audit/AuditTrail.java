package vn.phoihop.audit;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import jakarta.persistence.EntityManager;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import vn.phoihop.shared.InvalidInput;
import vn.phoihop.shared.Page;
import vn.phoihop.shared.Text;

/** The audit trail's facade: give a reason for the changes of the current transaction; read a history. */
@Service
public class AuditTrail {

    static final Object REASON_KEY = AuditTrail.class.getName() + ".reason";

    private final AuditEntries entries;
    private final AuditChain chain;
    private final EntityManager entityManager;

    AuditTrail(AuditEntries entries, AuditChain chain, EntityManager entityManager) {
        this.entries = entries;
        this.chain = chain;
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

    /**
     * Records an event that changes no audited entity: a sign-in (success or failure), a refused request, the reveal
     * of a protected identity, an export. It joins the caller's transaction when there is one (so it commits or rolls
     * back with it) and is chained like every other entry.
     *
     * @param kind       what happened, upper case ({@code LOGIN_SUCCESS}, {@code LOGIN_FAILURE}, {@code ACCESS_DENIED},
     *                   {@code REVEAL_IDENTITY}, {@code EXPORT})
     * @param actor      the username acting (or attempting to)
     * @param entityType the lower-case singular resource it concerns ({@code login}, {@code request}, {@code case})
     * @param entityId   the resource's id, or null
     * @param details    free text: the address, the path, what was exported; never a protected value
     */
    @Transactional
    public void recordEvent(String kind, String actor, String entityType, Long entityId, String details) {
        entries.event(kind, actor == null ? "system" : actor, entityType, entityId, details);
    }

    /** The entries the filter selects, newest first, one page at a time ({@code size} 1 to 500). */
    @Transactional(readOnly = true)
    public Page<AuditEntry> search(AuditFilter filter, Integer page, Integer size) {
        Page.Request asked = Page.Request.of(page, size);
        int p = asked.page();
        int s = asked.size();
        String type = Text.clean(filter.entityType());
        AuditFilter clean = new AuditFilter(type == null ? null : type.toLowerCase(Locale.ROOT), filter.entityId(),
                Text.clean(filter.actor()), filter.from(), filter.to());
        if (clean.from() != null && clean.to() != null && clean.to().isBefore(clean.from())) {
            throw InvalidInput.of("to", "security.audit.toBeforeFrom");
        }
        AuditEntries.Page found = entries.search(clean, (long) p * s, s);
        return new Page<>(found.items(), found.total());
    }

    /**
     * An entry of the past to append to the trail: as {@link AuditEntry}, plus the parent resource of a child's
     * change ({@code parentType}, {@code parentId}); {@code changes} null for an event.
     */
    public record PastEntry(Instant at, String actor, String entityType, Long entityId, String action,
                            List<AuditEntry.FieldChange> changes, String reason, String parentType, Long parentId,
                            String details) {
    }

    /**
     * Appends entries of the past at the end of the chain, in the order given, already linked, in one transaction:
     * what is pending is linked first, then each entry gets the next id and position and its hash exactly as the
     * linker would give them. For writing years of history in bulk (the dataset generator) while nothing else
     * writes; the application's own changes and events are recorded by the listener and {@link #recordEvent}.
     *
     * @return how many entries were appended
     */
    public int appendPast(List<PastEntry> past) {
        return chain.append(past.stream().map(entries::past).toList());
    }

    /** Links the entries written since the last link, at once rather than within the next second. */
    public int link() {
        return chain.link();
    }

    /** Links what is pending, then checks the whole chain and names the first broken entry. */
    public AuditVerification verify() {
        return chain.verify();
    }
}
