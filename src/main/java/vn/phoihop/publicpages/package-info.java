/**
 * The public accountability page (trang công khai) of programs marked public and in force or closed, with its Atom
 * feed: themes and tasks with lead bodies, status, percent and last report date, the texts of PUBLIC progress reports
 * and the figures of approved reviews — never internal texts, attachments, personal data or case handling. No login;
 * HTTP caching with an ETag computed from the data, so any node (or a shared cache) answers alike.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"shared", "web", "organizations", "programs", "tasks", "reviews"})
package vn.phoihop.publicpages;
