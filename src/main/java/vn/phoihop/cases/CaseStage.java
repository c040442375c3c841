package vn.phoihop.cases;

import java.util.EnumSet;
import java.util.Set;

/**
 * received → accepted, refused or transferred → verifying → decided → closed; a complaint may be withdrawn at any
 * time before it is closed, which closes it as withdrawn.
 */
public enum CaseStage {
    RECEIVED, ACCEPTED, REFUSED, TRANSFERRED, VERIFYING, DECIDED, CLOSED, WITHDRAWN;

    /** Stages in which the handling body still owes a decision: deadlines run. */
    public static final Set<CaseStage> OPEN = EnumSet.of(RECEIVED, ACCEPTED, VERIFYING);

    public boolean isOpen() {
        return OPEN.contains(this);
    }
}
