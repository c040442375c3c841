/**
 * Reviews of programs (sơ kết 6 tháng, tổng kết năm): figures computed from the data as of the period's end (tasks by
 * status, by lead body and by theme, and the sections other modules contribute through
 * {@link vn.phoihop.reviews.ReviewFigureContributor}), the narrative sections, approval that freezes a review,
 * revisions, and the six-month rule for the next review.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"shared", "web", "audit", "organizations", "accounts", "programs", "tasks"})
package vn.phoihop.reviews;
