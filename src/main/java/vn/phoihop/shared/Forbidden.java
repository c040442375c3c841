package vn.phoihop.shared;

/** The caller may see the resource but not do this (403). The message key explains why. */
public class Forbidden extends RuntimeException {

    private final String messageKey;

    public Forbidden(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
