package vn.phoihop.shared;

/** The resource does not exist or the caller may not see it (both answer 404, so nothing leaks). */
public class NotFound extends RuntimeException {

    public NotFound(String what, Object id) {
        super(what + " " + id + " not found");
    }
}
