package vn.phoihop.shared;

/** The roles of API.md; a user may hold several. */
public enum Role {
    ADMIN, SECRETARIAT, FOCAL_POINT, LEADER, CASE_HANDLER, SUPERVISOR
}
