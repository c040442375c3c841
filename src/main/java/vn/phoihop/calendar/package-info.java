/**
 * Working days of Vietnamese public bodies: statutory holidays, the Government's announced
 * arrangements and administrators' edits, and the Vietnamese lunar calendar they rest on.
 */
@ApplicationModule(displayName = "Calendar", allowedDependencies = {})
package vn.phoihop.calendar;

import org.springframework.modulith.ApplicationModule;
