/**
 * The audit trail: every create, update and delete of an audited entity in any module is recorded
 * (who, when, which entity, what changed, why) by one Hibernate listener; masked values never reach it.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "shared")
package vn.phoihop.audit;
