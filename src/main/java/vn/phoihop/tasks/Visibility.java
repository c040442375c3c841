package vn.phoihop.tasks;

/** Who may read a progress report: the bodies of the program only, or also the public page. */
public enum Visibility {
    INTERNAL, PUBLIC
}
