package vn.phoihop.cases;

/** A very complex complaint has the complex limits; for denunciations complexity decides the extensions allowed. */
public enum Complexity {
    NORMAL, COMPLEX, VERY_COMPLEX
}
