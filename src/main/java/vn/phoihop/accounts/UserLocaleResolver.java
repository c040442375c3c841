package vn.phoihop.accounts;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Vietnamese by default whatever the operating system says. The API follows Accept-Language; pages follow
 * the language the user chose (kept on the user, and in the session for the sign-in page).
 */
@Component("localeResolver")
class UserLocaleResolver implements LocaleResolver {

    static final String SESSION_KEY = UserLocaleResolver.class.getName() + ".locale";

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            return ApiLocale.of(request);
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SESSION_KEY) instanceof Locale chosen) {
            return chosen;
        }
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof SignedInUser user && user.locale() != null) {
            return Locale.forLanguageTag(user.locale());
        }
        return ApiLocale.VIETNAMESE;
    }

    @Override
    public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        request.getSession(true).setAttribute(SESSION_KEY, locale);
    }
}
