package vn.phoihop.shared;

/** A stale version or a state that forbids the action (409). */
public class Conflict extends RuntimeException {

    private final String messageKey;
    private final Object[] args;

    public Conflict(String messageKey, Object... args) {
        super(messageKey);
        this.messageKey = messageKey;
        this.args = args;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args;
    }
}
