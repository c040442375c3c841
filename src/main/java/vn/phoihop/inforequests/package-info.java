/**
 * Information requests (đề nghị cung cấp thông tin) between bodies, tied to a program (later also to a case):
 * the due date from the regulation's limit in working days, the answer, and the one rule that computes a
 * request's status.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"shared", "web", "audit", "organizations", "accounts", "programs", "calendar", "reviews"})
package vn.phoihop.inforequests;
