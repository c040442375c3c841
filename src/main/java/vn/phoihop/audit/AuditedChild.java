package vn.phoihop.audit;

/**
 * An audited entity that belongs to another resource (a progress report to its task): its entries also
 * appear in the parent's history.
 */
public interface AuditedChild {

    String auditParentType();

    Long auditParentId();
}
