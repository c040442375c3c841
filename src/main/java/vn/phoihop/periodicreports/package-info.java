/**
 * Periodic reports (báo cáo định kỳ) under a program's regulation: the slots every party owes, computed from
 * the cadence and due day for each period of the program; the submissions; and the one rule that says whether
 * a slot is not yet due, on time, late or missing.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"shared", "web", "audit", "organizations", "accounts", "programs", "reviews"})
package vn.phoihop.periodicreports;
