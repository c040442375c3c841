package vn.phoihop.accounts;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

/** API messages follow Accept-Language: English when asked for first, Vietnamese otherwise. */
final class ApiLocale {

    static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private ApiLocale() {
    }

    static Locale of(HttpServletRequest request) {
        String header = request.getHeader("Accept-Language");
        if (header == null || header.isBlank()) {
            return VIETNAMESE;
        }
        try {
            for (Locale.LanguageRange range : Locale.LanguageRange.parse(header)) {
                String lang = range.getRange().split("-")[0].toLowerCase(Locale.ROOT);
                if (lang.equals("en")) {
                    return Locale.ENGLISH;
                }
                if (lang.equals("vi")) {
                    return VIETNAMESE;
                }
            }
        } catch (IllegalArgumentException e) {
            return VIETNAMESE;
        }
        return VIETNAMESE;
    }
}
