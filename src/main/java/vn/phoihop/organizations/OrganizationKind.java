package vn.phoihop.organizations;

/** The small fixed classification of bodies that rules depend on (e.g. the document heading). */
public enum OrganizationKind {
    PARTY_COMMITTEE, PARTY_BOARD, PEOPLES_COMMITTEE, SPECIALIST_AGENCY, LOCALITY, OTHER;

    /** Party bodies use the Party document layout (Guidance 36-HD/VPTW); the others the State one. */
    public boolean isParty() {
        return this == PARTY_COMMITTEE || this == PARTY_BOARD;
    }
}
