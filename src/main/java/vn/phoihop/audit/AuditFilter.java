package vn.phoihop.audit;

import java.time.LocalDate;

/**
 * What the audit viewer asks for; every part is optional. {@code entityType} is the lower-case singular resource
 * name ({@code program}, {@code task}); with an {@code entityId} the resource's children are included. Dates are
 * inclusive days in Vietnamese time.
 */
public record AuditFilter(String entityType, Long entityId, String actor, LocalDate from, LocalDate to) {

    public static AuditFilter none() {
        return new AuditFilter(null, null, null, null, null);
    }
}
