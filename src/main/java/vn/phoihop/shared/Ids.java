package vn.phoihop.shared;

/** Reads an id given as a JSON number or a JSON string of digits. */
final class Ids {

    private Ids() {
    }

    static long parse(Object raw) {
        if (raw instanceof Number n) {
            return n.longValue();
        }
        if (raw instanceof String s) {
            try {
                return Long.parseLong(s.strip());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("not an id: " + s);
            }
        }
        throw new IllegalArgumentException("not an id: " + raw);
    }
}
