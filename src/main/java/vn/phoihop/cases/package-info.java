/**
 * Complaints, denunciations and petitions of citizens (khiếu nại, tố cáo, kiến nghị phản ánh) handled by a body:
 * stages, statutory deadlines computed from rules kept as data through the working-day calendar, extensions,
 * documents, supervision by other bodies with escalation (Law on Denunciation 2018 art. 38), the protection of a
 * denouncer's identity on every way out, retention of citizens' personal data, statistics, import and export.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "web", "audit", "organizations",
        "accounts", "programs", "tasks", "calendar", "reviews", "search", "inforequests", "notifications", "emulation"})
package vn.phoihop.cases;
