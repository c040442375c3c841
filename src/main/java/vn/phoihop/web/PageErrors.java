package vn.phoihop.web;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

import vn.phoihop.shared.Conflict;
import vn.phoihop.shared.Forbidden;
import vn.phoihop.shared.NotFound;
import vn.phoihop.shared.RuleViolation;

/** Errors on pages: a Vietnamese error page with the layout, never a stack trace. */
@ControllerAdvice(annotations = Controller.class)
class PageErrors {

    @ExceptionHandler(NotFound.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound(Model model) {
        model.addAttribute("status", 404);
        model.addAttribute("messageKey", "problem.notFound");
        return "error";
    }

    @ExceptionHandler(Forbidden.class)
    @ResponseStatus(HttpStatus.FORBIDDEN)
    String forbidden(Forbidden e, Model model) {
        model.addAttribute("status", 403);
        model.addAttribute("messageKey", e.messageKey());
        return "error";
    }

    @ExceptionHandler(Conflict.class)
    @ResponseStatus(HttpStatus.CONFLICT)
    String conflict(Conflict e, Model model) {
        model.addAttribute("status", 409);
        model.addAttribute("messageKey", e.messageKey());
        return "error";
    }

    @ExceptionHandler(RuleViolation.class)
    @ResponseStatus(HttpStatus.UNPROCESSABLE_CONTENT)
    String rule(RuleViolation e, Model model) {
        model.addAttribute("status", 422);
        model.addAttribute("messageKey", e.messageKey());
        return "error";
    }
}
