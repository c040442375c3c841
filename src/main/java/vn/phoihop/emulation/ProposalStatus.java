package vn.phoihop.emulation;

/** PROPOSED → APPROVED or REJECTED by a leader. */
public enum ProposalStatus {
    PROPOSED, APPROVED, REJECTED
}
