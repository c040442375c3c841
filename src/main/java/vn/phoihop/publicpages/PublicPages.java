package vn.phoihop.publicpages;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * {@code /public/programs/{id}} and its Atom feed, without login (GET only). Caching: a strong ETag computed from the
 * data shown (and the language), {@code Last-Modified} from the data, {@code Cache-Control: public, max-age=60}; a
 * matching {@code If-None-Match} answers 304. Nothing is kept per node, so every node answers the same for the same
 * data. ({@code If-Modified-Since} alone is not honoured: a title edit leaves no timestamp, the ETag catches it.)
 */
@Controller
class PublicPages {

    static final String CACHE = "public, max-age=60";
    static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");
    private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);

    private final PublicPrograms programs;
    private final MessageSource messages;
    private final Clock clock;

    PublicPages(PublicPrograms programs, MessageSource messages, Clock clock) {
        this.programs = programs;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/public/programs/{id}")
    String show(@PathVariable long id, HttpServletRequest request, HttpServletResponse response, Model model) {
        PublicProgram program = programs.get(id);
        Locale locale = LocaleContextHolder.getLocale();
        String etag = programs.etag(program, "html:" + locale.getLanguage());
        if (cache(request, response, etag, programs.lastModified(program))) {
            return null;
        }
        model.addAttribute("program", program);
        return "publicpages/program";
    }

    @GetMapping("/public/programs/{id}/feed.atom")
    ResponseEntity<String> feed(@PathVariable long id, HttpServletRequest request, HttpServletResponse response) {
        PublicProgram program = programs.get(id);
        String base = ServletUriComponentsBuilder.fromContextPath(request).build().toUriString();
        String etag = programs.etag(program, "atom:" + base);
        Instant modified = programs.lastModified(program);
        if (cache(request, response, etag, modified)) {
            return null;
        }
        return ResponseEntity.ok().contentType(ATOM)
                .body(AtomFeed.write(program, base, modified, messages, clock.getZone()));
    }

    /** Writes the caching headers; true (and 304) when the client's copy is current. */
    private static boolean cache(HttpServletRequest request, HttpServletResponse response, String etag,
                                 Instant lastModified) {
        response.setHeader(HttpHeaders.ETAG, etag);
        response.setHeader(HttpHeaders.CACHE_CONTROL, CACHE);
        response.setHeader(HttpHeaders.LAST_MODIFIED, HTTP_DATE.format(lastModified));
        response.setHeader(HttpHeaders.VARY, "Accept-Language");
        String match = request.getHeader(HttpHeaders.IF_NONE_MATCH);
        if (match != null && matches(match, etag)) {
            response.setStatus(HttpStatus.NOT_MODIFIED.value());
            return true;
        }
        return false;
    }

    private static boolean matches(String header, String etag) {
        for (String candidate : header.split(",")) {
            String c = candidate.strip();
            if (c.startsWith("W/")) {
                c = c.substring(2);
            }
            if (c.equals("*") || c.equals(etag)) {
                return true;
            }
        }
        return false;
    }
}
