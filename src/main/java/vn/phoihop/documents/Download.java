package vn.phoihop.documents;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A generated file to send: its Vietnamese name, content type and bytes. */
record Download(String fileName, String contentType, byte[] content) {

    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    static final String PDF = "application/pdf";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /**
     * The file as an attachment. {@code Content-Disposition} carries an ASCII name (accents dropped, đ → d) for old
     * clients and the exact Vietnamese name in RFC 5987 form ({@code filename*=UTF-8''…}) for the others.
     */
    ResponseEntity<byte[]> response() {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(contentType))
                .header(HttpHeaders.CONTENT_DISPOSITION, contentDisposition(fileName))
                .cacheControl(CacheControl.noStore())
                .body(content);
    }

    static String contentDisposition(String fileName) {
        return "attachment; filename=\"" + ascii(fileName) + "\"; filename*=UTF-8''" + rfc5987(fileName);
    }

    /** Letters without accents, digits, dot, hyphen and underscore; anything else becomes a hyphen. */
    static String ascii(String name) {
        String plain = Normalizer.normalize(name.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
        String safe = plain.replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("-{2,}", "-").replaceAll("^-|-(?=\\.)", "");
        return safe.isEmpty() ? "file" : safe;
    }

    static String rfc5987(String name) {
        // URLEncoder is for forms: a space becomes "+", which RFC 5987 does not allow; the attr-chars it keeps as
        // they are are a subset of RFC 5987's (ALPHA DIGIT . - * _), except "*", encoded here for safety.
        return URLEncoder.encode(Normalizer.normalize(name, Normalizer.Form.NFC), StandardCharsets.UTF_8)
                .replace("+", "%20").replace("*", "%2A");
    }
}
