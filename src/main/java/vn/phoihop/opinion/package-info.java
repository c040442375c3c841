/**
 * Public-opinion notes (thông tin dư luận xã hội) of a program: topic, source, locality, tone, related task, date;
 * the summary of a period by topic and tone, contributed to reviews (section {@code opinion}) and searchable (kind
 * {@code OPINION_NOTE}).
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"shared", "web", "audit", "organizations", "accounts", "programs", "tasks", "reviews",
                "search"})
package vn.phoihop.opinion;
