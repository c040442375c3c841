package vn.phoihop.web;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import vn.phoihop.shared.InvalidInput;

/**
 * Turns a facade's {@link InvalidInput} into the messages a form shows next to each field
 * ({@code fragments/forms :: field} reads the model attribute {@code errors}).
 */
@Component
public class FormErrors {

    private final MessageSource messages;

    FormErrors(MessageSource messages) {
        this.messages = messages;
    }

    /** Field → message in the current language; nested paths keep their JSON form ({@code parties[0].organizationId}). */
    public Map<String, String> of(InvalidInput e) {
        Locale locale = LocaleContextHolder.getLocale();
        Map<String, String> result = new LinkedHashMap<>();
        for (InvalidInput.FieldError f : e.errors()) {
            result.merge(f.field(), messages.getMessage(f.messageKey(), f.args(), f.messageKey(), locale),
                    (a, b) -> a + " " + b);
        }
        return result;
    }

    /** Puts the errors in the model for the form fragments. */
    public void addTo(Model model, InvalidInput e) {
        model.addAttribute("errors", of(e));
    }
}
