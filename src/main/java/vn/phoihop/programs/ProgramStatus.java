package vn.phoihop.programs;

/** DRAFT → IN_FORCE (signed) → CLOSED. */
public enum ProgramStatus {
    DRAFT, IN_FORCE, CLOSED
}
