/**
 * Operations: the {@code backup FILE} and {@code restore FILE} commands (a database-independent ZIP of one JSON-lines
 * file per table in dependency order plus a manifest with the Flyway schema version and row counts), and what the
 * guide {@code docs/operations.md} describes for running one or several nodes.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
package vn.phoihop.operations;
