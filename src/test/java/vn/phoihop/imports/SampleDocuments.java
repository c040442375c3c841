package vn.phoihop.imports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * Program documents in three styles as provinces write them, generated with POI. {@code s} is appended to every
 * body's name (full or short) so that integration tests can use bodies with unique names.
 */
final class SampleDocuments {

    private SampleDocuments() {
    }

    /** Roman sections for themes, numbered tasks with their bodies and deadline in parentheses. */
    static byte[] inline(String s) {
        return document(d -> {
            p(d, "BAN CÁN SỰ ĐẢNG UBND TỈNH - BAN TỔ CHỨC TỈNH ỦY", true);
            p(d, "Số: 01/CTr-BCSĐ-BTCTU", false);
            p(d, "CHƯƠNG TRÌNH", true);
            p(d, "Phối hợp công tác giữa Ủy ban nhân dân tỉnh" + s + " và Ban Tổ chức Tỉnh ủy" + s + " năm 2016", true);
            p(d, "Thực hiện Nghị quyết số 18-NQ/TU, hai bên thống nhất chương trình phối hợp như sau:", false);
            p(d, "I. CÔNG TÁC TỔ CHỨC, CÁN BỘ", true);
            p(d, "1. Rà soát, bổ sung quy hoạch cán bộ lãnh đạo, quản lý các sở, ngành (Ban Tổ chức Tỉnh ủy" + s
                    + " chủ trì, phối hợp với Sở Nội vụ" + s + "; hoàn thành trước ngày 30/6/2016).", false);
            p(d, "2. Triển khai đề án sắp xếp tổ chức bộ máy các cơ quan (BTC Tỉnh ủy" + s + " chủ trì, phối hợp với "
                    + "Sở Nội vụ" + s + ", Thanh tra tỉnh" + s + "; thời gian: Quý III/2016).", false);
            p(d, "II. CÔNG TÁC THANH TRA, GIẢI QUYẾT KHIẾU NẠI, TỐ CÁO", true);
            p(d, "1. Kiểm tra việc giải quyết khiếu nại, tố cáo tại các sở, ngành (Thanh tra tỉnh" + s
                    + " chủ trì, phối hợp với Ban Nội chính Tỉnh ủy" + s + "; thường xuyên).", false);
            p(d, "2. Báo cáo kết quả phối hợp với Thường trực Tỉnh ủy (Sở Nội vụ" + s + " chủ trì; hằng năm).", false);
            p(d, "3. Tổng kết công tác dân vận chính quyền (Ban Dân vận Huyện ủy Tiên Yên chủ trì; tháng 9/2016).",
                    false);
            p(d, "III. TỔ CHỨC THỰC HIỆN", true);
            p(d, "Văn phòng UBND tỉnh là cơ quan thường trực, theo dõi việc thực hiện chương trình.", false);
        });
    }

    /** Contents under "II.", numbered themes, lettered tasks with their attributes on dashed lines. */
    static byte[] attributeLines(String s) {
        return document(d -> {
            p(d, "ĐẢNG BỘ TỈNH LÀO CAI", true);
            p(d, "CHƯƠNG TRÌNH PHỐI HỢP CÔNG TÁC GIỮA BAN CÁN SỰ ĐẢNG UBND TỈNH VÀ CÁC BAN XÂY DỰNG ĐẢNG NĂM 2017", true);
            p(d, "I. MỤC ĐÍCH, YÊU CẦU", true);
            p(d, "1. Nâng cao hiệu quả phối hợp giữa các cơ quan.", false);
            p(d, "2. Bảo đảm chặt chẽ, đúng quy định.", false);
            p(d, "II. NỘI DUNG PHỐI HỢP", true);
            p(d, "1. Công tác tuyên truyền, nắm bắt dư luận xã hội", true);
            p(d, "a) Tuyên truyền kết quả thực hiện các nghị quyết của Tỉnh ủy", false);
            p(d, "- Cơ quan chủ trì: Ban Tuyên giáo Tỉnh ủy" + s, false);
            p(d, "- Cơ quan phối hợp: Sở Thông tin và Truyền thông" + s + ", Sở Nội vụ" + s, false);
            p(d, "- Thời gian thực hiện: 6 tháng đầu năm", false);
            p(d, "b) Nắm bắt, tổng hợp dư luận xã hội về các vấn đề nhân dân quan tâm", false);
            p(d, "- Chủ trì: Ban Tuyên giáo Tỉnh ủy" + s, false);
            p(d, "- Phối hợp: Sở Nội vụ" + s, false);
            p(d, "- Thời gian: hằng quý", false);
            p(d, "2. Công tác tổ chức, cán bộ", true);
            p(d, "a) Đánh giá, xếp loại chất lượng cán bộ, công chức năm 2017", false);
            p(d, "- Cơ quan chủ trì: Sở Nội vụ" + s, false);
            p(d, "- Cơ quan phối hợp: BTC Tỉnh ủy" + s, false);
            p(d, "- Sản phẩm: Báo cáo kết quả đánh giá", false);
            p(d, "- Thời hạn: tháng 12/2017", false);
            p(d, "III. TỔ CHỨC THỰC HIỆN", true);
            p(d, "Ít nhất 6 tháng các bên sơ kết một lần.", false);
        });
    }

    /** Tasks in a table: number, content, lead, co-operating bodies, deadline; theme rows under Roman numerals. */
    static byte[] table(String s) {
        return document(d -> {
            p(d, "CHƯƠNG TRÌNH", true);
            p(d, "phối hợp công tác giữa Ủy ban nhân dân tỉnh" + s + " với Ban Nội chính Tỉnh ủy" + s + " năm 2018",
                    true);
            p(d, "Các nhiệm vụ cụ thể:", false);
            XWPFTable t = d.createTable();
            row(t, true, "STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành");
            row(t, false, "I", "Phòng, chống tham nhũng", "", "", "");
            row(t, false, "1", "Rà soát các vụ việc tham nhũng tồn đọng", "Ban Nội chính Tỉnh ủy" + s,
                    "Thanh tra tỉnh" + s, "Quý II/2018");
            row(t, false, "2", "Tổng hợp kiến nghị của cử tri về tiêu cực", "Thanh tra tỉnh" + s,
                    "Sở Nội vụ" + s + "; Sở Y tế Hà Giang", "tháng 9/2018");
            row(t, false, "II", "Cải cách hành chính", "", "", "");
            row(t, false, "1", "Kiểm tra công vụ tại các sở", "Sở Nội vụ" + s, "", "6 tháng cuối năm");
        });
    }

    private interface Body {
        void write(XWPFDocument d);
    }

    private static byte[] document(Body body) {
        try (XWPFDocument d = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            body.write(d);
            d.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void p(XWPFDocument d, String text, boolean bold) {
        XWPFParagraph p = d.createParagraph();
        if (bold && text.equals(text.toUpperCase())) {
            p.setAlignment(ParagraphAlignment.CENTER);
        }
        XWPFRun r = p.createRun();
        r.setBold(bold);
        r.setFontFamily("Times New Roman");
        r.setText(text);
    }

    private static void row(XWPFTable t, boolean header, String... cells) {
        XWPFTableRow r = header ? t.getRow(0) : t.createRow();
        for (int i = 0; i < cells.length; i++) {
            if (r.getCell(i) == null) {
                r.addNewTableCell();
            }
            r.getCell(i).setText(cells[i]);
        }
    }

    static List<String> bodyNames() {
        return List.of("Ủy ban nhân dân tỉnh", "Ban Tổ chức Tỉnh ủy", "Sở Nội vụ", "Thanh tra tỉnh",
                "Ban Nội chính Tỉnh ủy", "Ban Tuyên giáo Tỉnh ủy", "Sở Thông tin và Truyền thông");
    }
}
