package vn.phoihop.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;

/** Program documents in three styles read into draft programs. */
class ProgramDocumentReaderTest {

    static final List<String> NAMES = SampleDocuments.bodyNames();
    static final BodyMatcher BODIES;

    static {
        List<BodyMatcher.Body> all = new ArrayList<>();
        for (int i = 0; i < NAMES.size(); i++) {
            all.add(new BodyMatcher.Body(i + 1, NAMES.get(i), List.of(NAMES.get(i))));
        }
        BODIES = new BodyMatcher(all);
    }

    static long id(String name) {
        return NAMES.indexOf(name) + 1;
    }

    static ProgramDraft read(byte[] docx) throws IOException {
        List<ProgramDocumentReader.Block> blocks = new ArrayList<>();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            for (IBodyElement e : doc.getBodyElements()) {
                if (e instanceof XWPFParagraph p) {
                    blocks.add(ProgramDocumentReader.Block.paragraph(p.getText(), null));
                } else if (e instanceof XWPFTable t) {
                    for (XWPFTableRow r : t.getRows()) {
                        blocks.add(ProgramDocumentReader.Block.row(r.getTableCells().stream()
                                .map(XWPFTableCell::getText).toList()));
                    }
                }
            }
        }
        return ProgramDocumentReader.read(blocks, BODIES, 2030);
    }

    @Test
    void readsRomanThemesAndNumberedTasksWithAttributesInParentheses() throws IOException {
        ProgramDraft d = read(SampleDocuments.inline(""));
        assertThat(d.title()).isEqualTo("Chương trình phối hợp công tác giữa Ủy ban nhân dân tỉnh và Ban Tổ chức "
                + "Tỉnh ủy năm 2016");
        assertThat(d.year()).isEqualTo(2016);
        assertThat(d.code()).isEqualTo("01/CTr-BCSĐ-BTCTU");
        assertThat(d.parties()).extracting(ProgramDraft.Party::organizationId)
                .containsExactly(id("Ủy ban nhân dân tỉnh"), id("Ban Tổ chức Tỉnh ủy"));
        assertThat(d.themes()).extracting(ProgramDraft.ThemeDraft::title).containsExactly(
                "Công tác tổ chức, cán bộ", "Công tác thanh tra, giải quyết khiếu nại, tố cáo");
        List<ProgramDraft.TaskDraft> first = d.themes().get(0).tasks();
        assertThat(first).hasSize(2);
        assertThat(first.get(0).title()).isEqualTo("Rà soát, bổ sung quy hoạch cán bộ lãnh đạo, quản lý các sở, ngành");
        assertThat(first.get(0).leadOrganizationId()).isEqualTo(id("Ban Tổ chức Tỉnh ủy"));
        assertThat(first.get(0).cooperatingOrganizationIds()).containsExactly(id("Sở Nội vụ"));
        assertThat(first.get(0).dueDate()).isEqualTo(LocalDate.of(2016, 6, 30));
        assertThat(first.get(0).evidence().get("title")).contains("hoàn thành trước ngày 30/6/2016");
        assertThat(first.get(1).leadOrganizationId()).as("BTC Tỉnh ủy").isEqualTo(id("Ban Tổ chức Tỉnh ủy"));
        assertThat(first.get(1).cooperatingOrganizationIds()).containsExactly(id("Sở Nội vụ"), id("Thanh tra tỉnh"));
        assertThat(first.get(1).dueDate()).isEqualTo(LocalDate.of(2016, 9, 30));
        List<ProgramDraft.TaskDraft> second = d.themes().get(1).tasks();
        assertThat(second).hasSize(3);
        assertThat(second.get(0).dueDate()).as("thường xuyên: all year").isEqualTo(LocalDate.of(2016, 12, 31));
        assertThat(second.get(1).recurrence()).isEqualTo("YEARLY");
        assertThat(second.get(1).dueDate()).isNull();
        assertThat(second.get(2).leadOrganizationId()).isNull();
        assertThat(second.get(2).unknownBodies()).containsExactly("Ban Dân vận Huyện ủy Tiên Yên");
        assertThat(second.get(2).flagged()).isTrue();
        assertThat(d.source().get(second.get(2).source())).startsWith("3. Tổng kết công tác dân vận");
    }

    @Test
    void readsLetteredTasksWithAttributeLinesUnderNumberedThemes() throws IOException {
        ProgramDraft d = read(SampleDocuments.attributeLines(""));
        assertThat(d.year()).isEqualTo(2017);
        assertThat(d.title()).startsWith("Chương trình phối hợp công tác giữa Ban cán sự Đảng UBND tỉnh");
        assertThat(d.themes()).extracting(ProgramDraft.ThemeDraft::title).containsExactly(
                "Công tác tuyên truyền, nắm bắt dư luận xã hội", "Công tác tổ chức, cán bộ");
        ProgramDraft.TaskDraft a = d.themes().get(0).tasks().get(0);
        assertThat(a.title()).isEqualTo("Tuyên truyền kết quả thực hiện các nghị quyết của Tỉnh ủy");
        assertThat(a.leadOrganizationId()).isEqualTo(id("Ban Tuyên giáo Tỉnh ủy"));
        assertThat(a.cooperatingOrganizationIds()).containsExactly(id("Sở Thông tin và Truyền thông"), id("Sở Nội vụ"));
        assertThat(a.dueDate()).isEqualTo(LocalDate.of(2017, 6, 30));
        assertThat(a.evidence().get("deadline")).isEqualTo("6 tháng đầu năm");
        ProgramDraft.TaskDraft b = d.themes().get(0).tasks().get(1);
        assertThat(b.recurrence()).isEqualTo("QUARTERLY");
        ProgramDraft.TaskDraft c = d.themes().get(1).tasks().get(0);
        assertThat(c.leadOrganizationId()).isEqualTo(id("Sở Nội vụ"));
        assertThat(c.cooperatingOrganizationIds()).containsExactly(id("Ban Tổ chức Tỉnh ủy"));
        assertThat(c.output()).isEqualTo("Báo cáo kết quả đánh giá");
        assertThat(c.dueDate()).isEqualTo(LocalDate.of(2017, 12, 31));
    }

    @Test
    void readsATableOfTasksWithThemeRows() throws IOException {
        ProgramDraft d = read(SampleDocuments.table(""));
        assertThat(d.year()).isEqualTo(2018);
        assertThat(d.parties()).extracting(ProgramDraft.Party::organizationId)
                .containsExactly(id("Ủy ban nhân dân tỉnh"), id("Ban Nội chính Tỉnh ủy"));
        assertThat(d.themes()).extracting(ProgramDraft.ThemeDraft::title)
                .containsExactly("Phòng, chống tham nhũng", "Cải cách hành chính");
        ProgramDraft.TaskDraft first = d.themes().get(0).tasks().get(0);
        assertThat(first.title()).isEqualTo("Rà soát các vụ việc tham nhũng tồn đọng");
        assertThat(first.leadOrganizationId()).isEqualTo(id("Ban Nội chính Tỉnh ủy"));
        assertThat(first.cooperatingOrganizationIds()).containsExactly(id("Thanh tra tỉnh"));
        assertThat(first.dueDate()).isEqualTo(LocalDate.of(2018, 6, 30));
        ProgramDraft.TaskDraft second = d.themes().get(0).tasks().get(1);
        assertThat(second.unknownBodies()).containsExactly("Sở Y tế Hà Giang");
        assertThat(second.dueDate()).isEqualTo(LocalDate.of(2018, 9, 30));
        assertThat(d.themes().get(1).tasks().get(0).dueDate()).isEqualTo(LocalDate.of(2018, 12, 31));
    }
}
