/**
 * The tamper-evident audit trail: every create, update and delete of an audited entity in any module is recorded
 * (who, when, which entity, what changed, why) by one Hibernate listener, masked values never reach it; other
 * modules record events (sign-ins, refusals, reveals, exports) through {@link vn.phoihop.audit.AuditTrail}. Entries
 * are chained by SHA-256 hashes, checked by {@code /audit/verify}, the API and the {@code audit-verify} command.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "web"})
package vn.phoihop.audit;
