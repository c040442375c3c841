package vn.phoihop.reviews;

/** A six-month review (sơ kết 6 tháng, a period of at most six months) or a year-end review (tổng kết năm). */
public enum ReviewKind {
    SIX_MONTH, YEAR_END
}
