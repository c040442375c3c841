package vn.phoihop.organizations;

/** How a body that ended relates to the body that took over its work. */
public enum SuccessorRelation {
    RENAMED, MERGED_INTO, SPLIT_INTO
}
