package vn.phoihop.reviews;

/** A draft is edited and its figures follow the data; an approved review is frozen. */
public enum ReviewStatus {
    DRAFT, APPROVED
}
