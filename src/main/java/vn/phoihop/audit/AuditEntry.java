package vn.phoihop.audit;

import java.time.Instant;
import java.util.List;

/**
 * One recorded change or event. A change of an audited entity carries its field changes; an event (a sign-in, a
 * refused request, an export) carries its kind as {@code action} and free {@code details}; its entity id may be null.
 */
public record AuditEntry(long id, Instant at, String actor, String entityType, Long entityId, String action,
                         List<FieldChange> changes, String reason, String details) {

    /** A field's value before and after (null before on create, null after on delete). */
    public record FieldChange(String field, Object before, Object after) {
    }
}
