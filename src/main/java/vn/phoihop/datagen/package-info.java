/**
 * Benchmark datasets: the {@code generate-data} command fills the configured database (H2 or PostgreSQL) with a
 * named profile through batched JDBC inserts ({@code redmine-equivalent}, {@code province-10y}).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
package vn.phoihop.datagen;
