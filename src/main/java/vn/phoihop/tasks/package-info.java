/**
 * Tasks of a program (nhiệm vụ): lead, co-operating and advising bodies, occurrences of recurring tasks,
 * progress reports, deadline changes, cancellation, directions, history, and the one rule that computes a
 * task's status.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"shared", "web", "audit", "organizations", "accounts", "programs"})
package vn.phoihop.tasks;
