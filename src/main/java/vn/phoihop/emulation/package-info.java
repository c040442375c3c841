/**
 * Emulation and commendation (thi đua, khen thưởng): movements of a program with criteria and weights, scores of
 * every body computed from the data (tasks, periodic reports, information requests, and cases through
 * {@link vn.phoihop.emulation.CaseOutcomes}) and leaders' ratings, the ranking with its explanation, and commendation
 * proposals approved by leaders and exported.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"shared", "web", "audit", "organizations", "accounts", "programs", "tasks",
                "periodicreports", "inforequests", "documents"})
package vn.phoihop.emulation;
