package vn.phoihop.emulation;

/** BUILT_IN criteria are measured from the data (their code says which); MANUAL ones are rated by leaders. */
public enum CriterionKind {
    BUILT_IN, MANUAL
}
