package vn.phoihop.shared;

import java.util.ArrayList;
import java.util.List;

/**
 * The request is invalid (400). Each error names the field as sent (a JSON path such as
 * {@code parties[0].organizationId}) and a message key with its arguments.
 */
public class InvalidInput extends RuntimeException {

    public record FieldError(String field, String messageKey, Object... args) {
    }

    private final List<FieldError> errors;

    public InvalidInput(List<FieldError> errors) {
        super(errors.toString());
        this.errors = List.copyOf(errors);
    }

    public static InvalidInput of(String field, String messageKey, Object... args) {
        return new InvalidInput(List.of(new FieldError(field, messageKey, args)));
    }

    public List<FieldError> errors() {
        return errors;
    }

    /** Collects field errors and throws them together. */
    public static final class Collector {
        private final List<FieldError> errors = new ArrayList<>();

        public Collector add(String field, String messageKey, Object... args) {
            errors.add(new FieldError(field, messageKey, args));
            return this;
        }

        public boolean isEmpty() {
            return errors.isEmpty();
        }

        public void throwIfAny() {
            if (!errors.isEmpty()) {
                throw new InvalidInput(errors);
            }
        }
    }
}
