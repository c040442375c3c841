/**
 * Working days of Vietnamese public bodies: statutory holidays, the Government's announced
 * arrangements and administrators' versioned edits, and the Vietnamese lunar calendar they rest on.
 */
@ApplicationModule(displayName = "Calendar", allowedDependencies = {"shared", "web", "audit", "accounts"})
package vn.phoihop.calendar;

import org.springframework.modulith.ApplicationModule;
