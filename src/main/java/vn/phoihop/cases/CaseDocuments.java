package vn.phoihop.cases;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.phoihop.shared.Actor;
import vn.phoihop.shared.InvalidInput;
import vn.phoihop.shared.NotFound;
import vn.phoihop.shared.Text;

/**
 * Documents of a case, attached to the stage it is in (the handlers only), at most 10 MB, of the kinds a case file
 * holds: PDF, Word, Excel, OpenDocument, plain text and images. The declared type must be one of those and the
 * bytes must look like it (a PDF starts with {@code %PDF}, Office files are ZIP, images carry their signature).
 */
@Service
@Transactional(readOnly = true)
public class CaseDocuments {

    static final Set<String> ALLOWED = Set.of("application/pdf", "application/msword",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.ms-excel", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "application/vnd.oasis.opendocument.text", "text/plain", "image/jpeg", "image/png");

    private final Cases cases;
    private final CaseDocumentRepository documents;
    private final Clock clock;

    CaseDocuments(Cases cases, CaseDocumentRepository documents, Clock clock) {
        this.cases = cases;
        this.documents = documents;
        this.clock = clock;
    }

    /** A document's name, type and bytes, for download. */
    public record DocumentFile(String name, String contentType, byte[] content) {
    }

    @Transactional
    public CaseDetails.Document add(CaseId id, String rawName, String rawContentType, InputStream content, Actor actor) {
        CitizenCase c = cases.handled(id, actor);
        InvalidInput.Collector errors = new InvalidInput.Collector();
        String name = Text.clean(rawName == null ? null : rawName.substring(Math.max(rawName.lastIndexOf('/'),
                rawName.lastIndexOf('\\')) + 1));
        if (name == null) {
            errors.add("name", "validation.required");
        } else if (name.length() > 300) {
            errors.add("name", "validation.tooLong", 300);
        }
        byte[] bytes;
        try {
            bytes = content == null ? new byte[0] : content.readNBytes(CaseDocument.MAX_BYTES + 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String type = rawContentType == null ? null
                : rawContentType.split(";")[0].strip().toLowerCase(Locale.ROOT);
        if (bytes.length == 0) {
            errors.add("file", "cases.document.empty");
        } else if (bytes.length > CaseDocument.MAX_BYTES) {
            errors.add("file", "cases.document.tooLarge", CaseDocument.MAX_BYTES / (1024 * 1024));
        } else if (type == null || !ALLOWED.contains(type) || !looksLike(type, bytes)) {
            errors.add("file", "cases.document.type");
        }
        errors.throwIfAny();
        CaseDocument saved = documents.saveAndFlush(new CaseDocument(c.id(), c.stage(), name, type, bytes,
                sha256(bytes), actor.username(), clock.instant()));
        return documents.describe(c.id()).stream().filter(d -> d.id().equals(saved.id())).findFirst().orElseThrow();
    }

    public DocumentFile get(CaseId id, long documentId, Actor actor) {
        CitizenCase c = cases.visible(id, actor);
        CaseDocument d = documents.findById(documentId).filter(x -> x.caseId().equals(c.id()))
                .orElseThrow(() -> new NotFound("document", documentId));
        return new DocumentFile(d.name(), d.contentType(), d.content());
    }

    /** The bytes agree with the declared type (magic numbers), so an executable cannot pass as a PDF. */
    static boolean looksLike(String type, byte[] b) {
        return switch (type) {
            case "application/pdf" -> starts(b, '%', 'P', 'D', 'F');
            case "image/png" -> starts(b, 0x89, 'P', 'N', 'G');
            case "image/jpeg" -> starts(b, 0xFF, 0xD8, 0xFF);
            case "application/msword", "application/vnd.ms-excel" -> starts(b, 0xD0, 0xCF, 0x11, 0xE0);
            case "text/plain" -> !starts(b, 'M', 'Z') && !starts(b, 0x7F, 'E', 'L', 'F');
            default -> starts(b, 'P', 'K', 3, 4);
        };
    }

    private static boolean starts(byte[] b, int... prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
