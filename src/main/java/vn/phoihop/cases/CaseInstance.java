package vn.phoihop.cases;

/** Lần đầu / lần hai: only complaints have a second instance. */
public enum CaseInstance {
    FIRST, SECOND
}
