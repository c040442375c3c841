/**
 * Imports (nhập dữ liệu): task lists from Excel (template, preview with every bad row, all-or-nothing import as a
 * background job, export in the same columns), program documents from Word (themes, tasks, bodies and deadlines
 * recognised into a draft the secretariat reviews), and meeting reports from pasted text (minutes, newspaper
 * reports, announcements of conclusions) into a draft meeting record. Everything is written through the
 * programs, tasks and meetings facades.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "web", "organizations", "accounts",
        "programs", "tasks", "meetings"})
package vn.phoihop.imports;
