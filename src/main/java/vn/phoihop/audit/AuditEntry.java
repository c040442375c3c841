package vn.phoihop.audit;

import java.time.Instant;
import java.util.List;

/** One recorded change. */
public record AuditEntry(long id, Instant at, String actor, String entityType, long entityId, String action,
                         List<FieldChange> changes, String reason) {

    /** A field's value before and after (null before on create, null after on delete). */
    public record FieldChange(String field, Object before, Object after) {
    }
}
