package vn.phoihop.documents;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;

import vn.phoihop.organizations.OrganizationSummary;
import vn.phoihop.organizations.Organizations;
import vn.phoihop.shared.OrganizationId;

/**
 * Renders official documents: {@link #docx} and {@link #pdf} of a {@link DocumentModel}, and {@link #draft} to start
 * a model whose heading follows the issuing bodies (their kind decides the layout) and the installation's place.
 * Other modules (emulation's commendation lists, for one) build their documents with it.
 */
@Service
public class Documents {

    private final Organizations organizations;
    private final DocumentsProperties properties;
    private final Clock clock;

    Documents(Organizations organizations, DocumentsProperties properties, Clock clock) {
        this.organizations = organizations;
        this.properties = properties;
        this.clock = clock;
    }

    /** The DOCX file (Office Open XML) of the document. */
    public byte[] docx(DocumentModel model) {
        return DocxRenderer.render(model);
    }

    /** The PDF file of the document, fonts embedded. */
    public byte[] pdf(DocumentModel model) {
        return PdfRenderer.render(model);
    }

    /**
     * A document without body, signatures or recipients yet: the issuers' heading (the first issuer's kind decides
     * the layout; a body's parent is its superior body), the installation's place and the date (today when null).
     */
    public DocumentModel draft(List<OrganizationId> issuerIds, String number, String typeCode, String typeName,
                               String summary, LocalDate date) {
        Map<OrganizationId, OrganizationSummary> bodies = organizations.byIds(issuerIds);
        List<DocumentModel.Issuer> issuers = new ArrayList<>();
        DocumentModel.Layout layout = null;
        for (OrganizationId id : issuerIds) {
            OrganizationSummary body = bodies.get(id);
            if (body == null) {
                continue;
            }
            if (layout == null) {
                layout = DocumentModel.Layout.of(body.kind());
            }
            issuers.add(issuer(body, body.name()));
        }
        return new DocumentModel(layout == null ? DocumentModel.Layout.STATE : layout, issuers, number, null, typeCode,
                typeName, summary, place(), date == null ? today() : date, List.of(), List.of(), List.of());
    }

    /** The body as an issuer, named as given (e.g. as it was named when a program was signed). */
    DocumentModel.Issuer issuer(OrganizationSummary body, String name) {
        String superior = body.parentId() == null ? null
                : organizations.find(body.parentId()).map(OrganizationSummary::name).orElse(null);
        String abbreviation = DocumentModel.Issuer.abbreviate(body.shortName() != null ? body.shortName() : name);
        return new DocumentModel.Issuer(superior, name, abbreviation);
    }

    /** The place of the date line ({@code phoihop.documents.place}). */
    public String place() {
        return properties.place();
    }

    /** The body that issues review reports when set ({@code phoihop.documents.default-issuer-id}), else null. */
    public OrganizationId defaultIssuer() {
        return OrganizationId.ofNullable(properties.defaultIssuerId());
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }
}
