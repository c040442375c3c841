package vn.phoihop.shared;

/** A rule of the law or of the regulation forbids the action (422). */
public class RuleViolation extends RuntimeException {

    private final String messageKey;
    private final Object[] args;

    public RuleViolation(String messageKey, Object... args) {
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
