package vn.phoihop.emulation;

import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

import vn.phoihop.documents.DocumentModel;
import vn.phoihop.documents.Documents;
import vn.phoihop.programs.ProgramDetails;
import vn.phoihop.programs.Programs;
import vn.phoihop.shared.Actor;
import vn.phoihop.shared.ProgramId;

/**
 * The approved commendation list as an official document (Decree 30/2020 or Guidance 36 heading of the keeping body,
 * by its kind): "DANH SÁCH" with the program in the summary, a section per form numbered I, II … with a table of its
 * rows, the keeping body's signatory when the program names one (else signed by hand), and the recipients.
 */
@Component
class CommendationDocument {

    static final String TYPE_NAME = "DANH SÁCH";
    static final String TYPE_CODE = "DS";
    static final List<String> HEADINGS = List.of("STT", "Cơ quan, đơn vị", "Cá nhân", "Thành tích", "Điểm thi đua",
            "Xếp hạng");
    static final MediaType DOCX = MediaType.parseMediaType(
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    private static final String[] ROMAN = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"};
    private static final Locale VI = Locale.forLanguageTag("vi");

    private final Emulation emulation;
    private final Programs programs;
    private final Documents documents;

    CommendationDocument(Emulation emulation, Programs programs, Documents documents) {
        this.emulation = emulation;
        this.programs = programs;
        this.documents = documents;
    }

    /** The summary (trích yếu) of the list of a program. */
    static String summary(String programTitle) {
        return "Khen thưởng tập thể, cá nhân có thành tích xuất sắc trong thực hiện " + programTitle;
    }

    DocumentModel model(ProgramId program, Actor actor) {
        CommendationList list = emulation.approvedList(program, actor);
        ProgramDetails details = programs.get(program, actor);
        DocumentModel draft = documents.draft(List.of(details.keeperOrganizationId()), null, TYPE_CODE, TYPE_NAME,
                summary(list.programTitle()), null);
        List<DocumentModel.Block> body = new ArrayList<>();
        body.add(new DocumentModel.Note("(Kèm theo kết quả thi đua của " + list.programTitle()
                + (list.programCode() == null ? "" : ", số " + list.programCode()) + ")"));
        if (list.groups().isEmpty()) {
            body.add(new DocumentModel.Text("Chưa có đề nghị khen thưởng nào được phê duyệt."));
        }
        int i = 0;
        for (CommendationList.Group g : list.groups()) {
            String numeral = i < ROMAN.length ? ROMAN[i] : String.valueOf(i + 1);
            i++;
            body.add(new DocumentModel.Section(numeral + ". "
                    + CommendationWorkbook.formName(g.form()).toUpperCase(VI)));
            List<List<String>> rows = new ArrayList<>();
            for (CommendationList.Row r : g.rows()) {
                rows.add(java.util.Arrays.asList(String.valueOf(r.number()), nz(r.organizationName()),
                        nz(r.personName()), nz(r.reason()),
                        r.score() == null ? "" : r.score().setScale(2, RoundingMode.HALF_UP).toPlainString()
                                .replace('.', ','),
                        r.rank() == null ? "" : String.valueOf(r.rank())));
            }
            body.add(new DocumentModel.Table(null, HEADINGS, rows, List.of(4, 10, 7, 12, 5, 5)));
        }
        DocumentModel.Signature signature = new DocumentModel.Signature(null, "", "");
        for (ProgramDetails.PartyDetails party : details.parties()) {
            if (party.organizationId().equals(details.keeperOrganizationId()) && party.signatoryName() != null) {
                signature = new DocumentModel.Signature(null, DocumentModel.upper(party.signatoryTitle()),
                        party.signatoryName());
            }
        }
        List<String> recipients = new ArrayList<>();
        for (CommendationList.Group g : list.groups()) {
            for (CommendationList.Row r : g.rows()) {
                String line = "- " + r.organizationName() + ";";
                if (r.organizationName() != null && !recipients.contains(line)) {
                    recipients.add(line);
                }
            }
        }
        recipients.add("- Lưu: VT.");
        return draft.with(body, List.of(signature), recipients);
    }

    ResponseEntity<byte[]> docx(ProgramId program, Actor actor) {
        return file(documents.docx(model(program, actor)), DOCX, "khen-thuong-" + program.value() + ".docx");
    }

    ResponseEntity<byte[]> pdf(ProgramId program, Actor actor) {
        return file(documents.pdf(model(program, actor)), MediaType.APPLICATION_PDF,
                "khen-thuong-" + program.value() + ".pdf");
    }

    private static ResponseEntity<byte[]> file(byte[] content, MediaType type, String name) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build()
                        .toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(content);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
