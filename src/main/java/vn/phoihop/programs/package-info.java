/**
 * Coordination programs (chương trình phối hợp): keeper body, period, parties and signatories, themes,
 * leaders' directions, and who may see and edit a program.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "web", "audit", "organizations", "accounts"})
package vn.phoihop.programs;
