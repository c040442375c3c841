package vn.phoihop.cases;

/** Khiếu nại, tố cáo, kiến nghị/phản ánh. */
public enum CaseKind {
    COMPLAINT, DENUNCIATION, PETITION
}
