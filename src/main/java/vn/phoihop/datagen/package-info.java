/**
 * Benchmark datasets: the {@code generate-data} command fills the configured database (H2 or PostgreSQL) with a
 * named profile through batched JDBC inserts ({@code redmine-equivalent}, {@code province-10y}); case deadlines come
 * from the cases module's rules and the audit trail is appended to the hash chain by the audit module.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"audit", "calendar", "cases"})
package vn.phoihop.datagen;
