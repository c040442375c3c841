package vn.phoihop.calendar;

/** Where a year's holiday list comes from, in increasing order of precedence. */
public enum ArrangementSource {

    /** Computed from the Labour Code 2019, art. 112: nobody has entered the year. */
    DEFAULT_RULE,

    /** The civil-service arrangement announced by the Government, shipped with PhoiHop. */
    ANNOUNCED,

    /** Entered by an administrator; replaces everything else for the year. */
    ADMINISTRATOR
}
