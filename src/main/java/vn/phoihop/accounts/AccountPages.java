package vn.phoihop.accounts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The sign-in page and the language switch (kept on the user). */
@Controller
class AccountPages {

    /** A configured OpenID Connect provider, offered as a button on the sign-in page. */
    record Provider(String id, String name) {
    }

    private final Accounts accounts;
    private final UserLocaleResolver locales;
    private final OidcProviders oidc;

    AccountPages(Accounts accounts, UserLocaleResolver locales, OidcProviders oidc) {
        this.accounts = accounts;
        this.locales = locales;
        this.oidc = oidc;
    }

    @ModelAttribute("oidcProviders")
    List<Provider> oidcProviders() {
        List<Provider> providers = new ArrayList<>();
        for (ClientRegistration registration : oidc) {
            providers.add(new Provider(registration.getRegistrationId(), registration.getClientName()));
        }
        return providers;
    }

    @GetMapping("/login")
    String login() {
        return "login";
    }

    /** The sign-in page again, answered with 429 when the client address failed too often (see SignInLimits). */
    @RequestMapping(SignInLimits.THROTTLED_PAGE)
    String throttled(Model model) {
        model.addAttribute("throttled", true);
        return "login";
    }

    @PostMapping("/account/language")
    String language(@RequestParam String lang, @RequestHeader(value = "Referer", required = false) String referer,
                    HttpServletRequest request, HttpServletResponse response) {
        String chosen = Accounts.LOCALES.contains(lang) ? lang : "vi";
        locales.setLocale(request, response, Locale.forLanguageTag(chosen));
        accounts.findCurrentActor().ifPresent(a -> accounts.changeLocale(a.id(), chosen));
        return "redirect:" + (referer != null && referer.startsWith(request.getScheme() + "://" + request.getServerName())
                ? referer : "/");
    }
}
