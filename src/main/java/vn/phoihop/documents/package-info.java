/**
 * Official documents and exports: a document model rendered to DOCX and PDF in the Vietnamese official layout (State
 * bodies, Decree 30/2020/NĐ-CP; Party bodies, Guidance 36-HD/VPTW), the review and program documents built from the
 * other modules' public APIs, and XLSX registers through a small reusable {@link vn.phoihop.documents.Spreadsheet}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "web", "accounts", "organizations",
        "programs", "tasks", "reviews", "inforequests"})
package vn.phoihop.documents;
