package vn.phoihop.documents;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import vn.phoihop.organizations.OrganizationSummary;
import vn.phoihop.organizations.Organizations;
import vn.phoihop.programs.ProgramDetails;
import vn.phoihop.reviews.ReviewDetails;
import vn.phoihop.reviews.ReviewFigures;
import vn.phoihop.reviews.ReviewStatus;
import vn.phoihop.shared.OrganizationId;

/**
 * The report of a review (báo cáo sơ kết / tổng kết) as an official document: the figures exactly as the review
 * holds them (never recomputed here), the narrative, the directions. Issued by the installation's default issuer
 * when set, else by the program's keeper; dated the day of approval, or today for a draft.
 */
@Component
class ReviewDocument {

    static final List<String> STATUSES = List.of("DONE_ON_TIME", "DONE_LATE", "OVERDUE", "IN_PROGRESS",
            "NOT_STARTED", "CANCELLED");

    private final Documents documents;
    private final Organizations organizations;
    private final Texts texts;

    ReviewDocument(Documents documents, Organizations organizations, Texts texts) {
        this.documents = documents;
        this.organizations = organizations;
        this.texts = texts;
    }

    DocumentModel build(ReviewDetails review, ProgramDetails program, String number) {
        OrganizationId issuerId = documents.defaultIssuer();
        if (issuerId == null || organizations.find(issuerId).isEmpty()) {
            issuerId = program.keeperOrganizationId();
        }
        String summary = texts.get("documents.review.summary." + review.kind(), program.title(),
                review.periodEnd().getYear());
        DocumentModel draft = documents.draft(List.of(issuerId), number, "BC", texts.get("documents.review.type"),
                summary, review.status() == ReviewStatus.APPROVED ? review.approvedOn() : null);
        String issuerName = draft.issuers().get(0).name();
        List<DocumentModel.Block> body = new ArrayList<>();
        body.add(new DocumentModel.Note(texts.get("documents.review.period", Texts.date(review.periodStart()),
                Texts.date(review.periodEnd()))));
        if (review.status() != ReviewStatus.APPROVED) {
            body.add(new DocumentModel.Note(texts.get("documents.review.draft")));
        }
        body.add(new DocumentModel.Text(texts.get("documents.review.intro", program.title(), issuerName)));
        body.add(new DocumentModel.Section(texts.get("documents.review.results")));
        body.add(new DocumentModel.Section(texts.get("documents.review.figures")));
        body.addAll(figureTables(review, program));
        body.add(new DocumentModel.Section(texts.get("documents.review.assessment")));
        body.add(text(review.results()));
        body.add(new DocumentModel.Section(texts.get("documents.review.shortcomings")));
        body.add(text(review.shortcomings()));
        body.add(new DocumentModel.Section(texts.get("documents.review.lessons")));
        body.add(text(review.lessons()));
        body.add(new DocumentModel.Section(texts.get("documents.review.directions")));
        body.add(text(review.directions()));
        List<String> recipients = new ArrayList<>();
        for (ProgramDetails.PartyDetails party : program.parties()) {
            if (!party.organizationId().equals(issuerId)) {
                recipients.add(texts.get("documents.recipients.body", party.organizationName()));
            }
        }
        recipients.add(texts.get("documents.recipients.archive"));
        return draft.with(body, List.of(signature(program, issuerId)), recipients);
    }

    /** The issuer's signatory in the program when it is a party with one; otherwise left to sign by hand. */
    static DocumentModel.Signature signature(ProgramDetails program, OrganizationId issuer) {
        for (ProgramDetails.PartyDetails party : program.parties()) {
            if (party.organizationId().equals(issuer) && party.signatoryName() != null) {
                return new DocumentModel.Signature(null, DocumentModel.upper(party.signatoryTitle()),
                        party.signatoryName());
            }
        }
        return new DocumentModel.Signature(null, "", "");
    }

    private DocumentModel.Text text(String narrative) {
        return new DocumentModel.Text(narrative == null || narrative.isBlank() ? texts.get("documents.review.empty")
                : narrative);
    }

    /** The tables of figures: by status, by lead body, by theme, and the sections other modules contribute. */
    List<DocumentModel.Block> figureTables(ReviewDetails review, ProgramDetails program) {
        ReviewFigures f = review.figures();
        List<DocumentModel.Block> tables = new ArrayList<>();
        List<String> statusHeaders = new ArrayList<>();
        statusHeaders.add(texts.get("documents.column.total"));
        STATUSES.forEach(s -> statusHeaders.add(texts.get("tasks.status." + s)));
        statusHeaders.add(texts.get("documents.column.onTimeRate"));
        tables.add(new DocumentModel.Table(texts.get("documents.review.table.byStatus", Texts.date(review.periodEnd())),
                statusHeaders, List.of(List.of(n(f.tasksTotal()), n(f.doneOnTime()), n(f.doneLate()), n(f.overdue()),
                n(f.inProgress()), n(f.notStarted()), n(f.cancelled()), f.onTimeRate() + "%")), List.of()));

        Map<OrganizationId, OrganizationSummary> bodies = organizations.byIds(f.byOrganization().stream()
                .map(c -> new OrganizationId(c.organizationId())).toList());
        List<String> headers = new ArrayList<>(List.of(texts.get("documents.column.no"),
                texts.get("documents.column.leadBody"), texts.get("documents.column.total")));
        STATUSES.forEach(s -> headers.add(texts.get("tasks.status." + s)));
        List<Integer> widths = List.of(7, 23, 9, 11, 11, 9, 11, 11, 8);
        List<List<String>> rows = new ArrayList<>();
        int i = 1;
        for (ReviewFigures.OrganizationCounts c : f.byOrganization()) {
            OrganizationSummary b = bodies.get(new OrganizationId(c.organizationId()));
            rows.add(List.of(n(i++), b == null ? "" : b.name(), n(c.tasksTotal()), n(c.doneOnTime()),
                    n(c.doneLate()), n(c.overdue()), n(c.inProgress()), n(c.notStarted()), n(c.cancelled())));
        }
        tables.add(new DocumentModel.Table(texts.get("documents.review.table.byOrganization"), headers, rows, widths));

        Map<Long, String> themes = new LinkedHashMap<>();
        program.themes().forEach(t -> themes.put(t.id().value(), t.title()));
        List<String> themeHeaders = new ArrayList<>(headers);
        themeHeaders.set(1, texts.get("documents.column.theme"));
        rows = new ArrayList<>();
        i = 1;
        for (ReviewFigures.ThemeCounts c : f.byTheme()) {
            String title = c.themeId() == null ? texts.get("documents.noTheme")
                    : themes.getOrDefault(c.themeId(), "");
            rows.add(List.of(n(i++), title, n(c.tasksTotal()), n(c.doneOnTime()), n(c.doneLate()), n(c.overdue()),
                    n(c.inProgress()), n(c.notStarted()), n(c.cancelled())));
        }
        tables.add(new DocumentModel.Table(texts.get("documents.review.table.byTheme"), themeHeaders, rows, widths));

        int number = 4;
        for (Map.Entry<String, List<String[]>> section : sections(f).entrySet()) {
            List<List<String>> lines = section.getValue().stream().map(l -> List.of(l[0], l[1])).toList();
            tables.add(new DocumentModel.Table(texts.orElse("documents.review.table." + section.getKey(),
                    "Bảng {0}. " + section.getKey()).replace("{0}", String.valueOf(number++)),
                    List.of(texts.get("documents.column.item"), texts.get("documents.column.count")), lines,
                    List.of(3, 1)));
        }
        return tables;
    }

    /** Each contributed section as lines of (label, value), in the order the review holds them. */
    Map<String, List<String[]>> sections(ReviewFigures f) {
        Map<String, List<String[]>> result = new LinkedHashMap<>();
        f.sections().forEach((key, values) -> {
            List<String[]> lines = new ArrayList<>();
            values.forEach((name, value) -> {
                if (value instanceof Number || value instanceof String) {
                    lines.add(new String[] {texts.orElse("documents.section." + name, name), String.valueOf(value)});
                }
            });
            if (!lines.isEmpty()) {
                result.put(key, lines);
            }
        });
        return result;
    }

    private static String n(int value) {
        return String.valueOf(value);
    }
}
