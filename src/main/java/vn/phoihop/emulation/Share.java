package vn.phoihop.emulation;

/** {@code onTime} out of {@code total} (0 ≤ onTime ≤ total). */
public record Share(int onTime, int total) {

    public Share {
        if (onTime < 0 || total < 0 || onTime > total) {
            throw new IllegalArgumentException("a share needs 0 ≤ onTime ≤ total: " + onTime + "/" + total);
        }
    }
}
