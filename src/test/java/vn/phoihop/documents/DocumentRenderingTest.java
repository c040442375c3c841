package vn.phoihop.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

import vn.phoihop.documents.DocumentModel.Issuer;
import vn.phoihop.documents.DocumentModel.Layout;

/**
 * The renderers without Spring: the text a reader extracts from the PDF (PDFBox) and the DOCX (POI) is the exact
 * Vietnamese of the official layout, and the page is A4 with the decree's margins.
 */
class DocumentRenderingTest {

    static final LocalDate FEB_5 = LocalDate.of(2026, 2, 5);

    static DocumentModel model(Layout layout, String number, int paragraphs) {
        Issuer issuer = layout == Layout.STATE
                ? new Issuer("UBND tỉnh Quảng Ninh", "Sở Nội vụ", "SNV")
                : new Issuer("Tỉnh ủy Quảng Ninh", "Ban Tổ chức", "BTCTU");
        List<DocumentModel.Block> body = new ArrayList<>();
        body.add(new DocumentModel.Section("I. KẾT QUẢ ĐẠT ĐƯỢC"));
        body.add(new DocumentModel.Table("Bảng 1. Nhiệm vụ theo tình trạng", List.of("Tổng số", "Hoàn thành đúng hạn",
                "Quá hạn"), List.of(List.of("12", "9", "3")), List.of()));
        for (int i = 0; i < paragraphs; i++) {
            body.add(new DocumentModel.Text("Đoạn " + (i + 1) + ": tiếp tục đổi mới, nâng cao hiệu quả công tác "
                    + "phối hợp giữa các cơ quan tham mưu, giúp việc; kịp thời nắm bắt dư luận xã hội, "
                    + "bảo đảm đúng tiến độ, chất lượng những nhiệm vụ trọng tâm đã đề ra."));
        }
        return new DocumentModel(layout, List.of(issuer), number, null, "BC", "BÁO CÁO",
                "Sơ kết 6 tháng thực hiện Chương trình phối hợp", "Quảng Ninh", FEB_5, body,
                List.of(new DocumentModel.Signature(null, "GIÁM ĐỐC", "Nguyễn Văn Ánh")),
                List.of("- Ban Tổ chức Tỉnh ủy;", "- Lưu: VT."));
    }

    static String pdfText(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return Normalizer.normalize(new PDFTextStripper().getText(doc), Normalizer.Form.NFC);
        }
    }

    static String docxText(byte[] docx) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
             XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
            return Normalizer.normalize(extractor.getText(), Normalizer.Form.NFC);
        }
    }

    @Test
    void stateLayoutHasTheNationalHeadingMottoNumberAndDateLine() throws IOException {
        DocumentModel m = model(Layout.STATE, "5", 1);
        for (String text : List.of(pdfText(PdfRenderer.render(m)), docxText(DocxRenderer.render(m)))) {
            assertThat(text).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                    "Số: 05/BC-SNV", "Quảng Ninh, ngày 05 tháng 02 năm 2026", "UBND TỈNH QUẢNG NINH",
                    "SỞ NỘI VỤ", "BÁO CÁO", "Sơ kết 6 tháng thực hiện Chương trình phối hợp", "I. KẾT QUẢ ĐẠT ĐƯỢC",
                    "Nơi nhận:", "- Lưu: VT.", "GIÁM ĐỐC", "Nguyễn Văn Ánh", "Bảng 1. Nhiệm vụ theo tình trạng",
                    "Hoàn thành đúng hạn")
                    .doesNotContain("ĐẢNG CỘNG SẢN VIỆT NAM");
        }
    }

    @Test
    void partyLayoutHasThePartyHeadingAndItsNumberFormat() throws IOException {
        DocumentModel m = model(Layout.PARTY, "18", 1);
        for (String text : List.of(pdfText(PdfRenderer.render(m)), docxText(DocxRenderer.render(m)))) {
            assertThat(text).contains("ĐẢNG CỘNG SẢN VIỆT NAM", "TỈNH ỦY QUẢNG NINH", "BAN TỔ CHỨC", "*",
                    "Số 18-BC/BTCTU", "Quảng Ninh, ngày 05 tháng 02 năm 2026")
                    .doesNotContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM").doesNotContain("Số:");
        }
    }

    @Test
    void aFiguresTableReadsBackCellByCellFromTheDocx() throws IOException {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(
                DocxRenderer.render(model(Layout.STATE, null, 1))))) {
            XWPFTable figures = doc.getTables().stream()
                    .filter(t -> t.getRow(0).getCell(0).getText().equals("Tổng số")).findFirst().orElseThrow();
            assertThat(figures.getRow(0).getTableCells()).extracting(c -> c.getText())
                    .containsExactly("Tổng số", "Hoàn thành đúng hạn", "Quá hạn");
            assertThat(figures.getRow(1).getTableCells()).extracting(c -> c.getText()).containsExactly("12", "9", "3");
            assertThat(docxText(DocxRenderer.render(model(Layout.STATE, null, 1)))).contains("Số:     /BC-SNV");
        }
    }

    @Test
    void docxIsA4WithTheDecreesMarginsTimesNewRomanAndPageNumbersFromPageTwo() throws IOException {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(
                DocxRenderer.render(model(Layout.STATE, "5", 1))))) {
            CTSectPr sect = doc.getDocument().getBody().getSectPr();
            CTPageSz size = sect.getPgSz();
            assertThat(size.getW()).isEqualTo(BigInteger.valueOf(11906));
            assertThat(size.getH()).isEqualTo(BigInteger.valueOf(16838));
            CTPageMar mar = sect.getPgMar();
            assertThat(mm(mar.getTop())).isBetween(20.0, 25.0);
            assertThat(mm(mar.getBottom())).isBetween(20.0, 25.0);
            assertThat(mm(mar.getLeft())).isBetween(30.0, 35.0);
            assertThat(mm(mar.getRight())).isBetween(15.0, 20.0);
            // An empty first-page header, and the PAGE field in the others.
            assertThat(sect.isSetTitlePg()).isTrue();
            assertThat(doc.getHeaderFooterPolicy().getFirstPageHeader().getText()).isBlank();
            assertThat(doc.getHeaderFooterPolicy().getDefaultHeader().getParagraphs().get(0).getCTP().xmlText()).contains("PAGE");
            for (XWPFParagraph p : doc.getParagraphs()) {
                for (XWPFRun r : p.getRuns()) {
                    if (!r.text().isEmpty()) {
                        assertThat(r.getFontFamily()).isEqualTo("Times New Roman");
                    }
                }
            }
            XWPFRun body = doc.getParagraphs().stream().filter(p -> p.getText().startsWith("Đoạn 1"))
                    .findFirst().orElseThrow().getRuns().get(0);
            assertThat(body.getFontSizeAsDouble()).isBetween(13.0, 14.0);
        }
    }

    static double mm(Object twips) {
        return new BigInteger(twips.toString()).doubleValue() * 25.4 / 1440;
    }

    /** Where the text of each page lies, in PDF points from the bottom-left corner. */
    static final class Extent extends PDFTextStripper {
        float minX = Float.MAX_VALUE, maxX, minTop = Float.MAX_VALUE, maxBottom;
        final List<PDFont> fonts = new ArrayList<>();

        @Override
        protected void writeString(String text, List<TextPosition> positions) {
            for (TextPosition p : positions) {
                if (p.getUnicode().isBlank()) {
                    continue;
                }
                minX = Math.min(minX, p.getXDirAdj());
                maxX = Math.max(maxX, p.getXDirAdj() + p.getWidthDirAdj());
                minTop = Math.min(minTop, p.getYDirAdj() - p.getHeightDir());
                maxBottom = Math.max(maxBottom, p.getYDirAdj());
                if (!fonts.contains(p.getFont())) {
                    fonts.add(p.getFont());
                }
            }
        }
    }

    @Test
    void pdfIsA4TextStaysWithinTheMarginsFontsAreEmbeddedAndPagesFromTwoAreNumbered() throws IOException {
        byte[] pdf = PdfRenderer.render(model(Layout.STATE, "5", 40));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).isGreaterThan(1);
            for (PDPage page : doc.getPages()) {
                assertThat(page.getMediaBox().getWidth()).isCloseTo(PDRectangle.A4.getWidth(), within(0.5f));
                assertThat(page.getMediaBox().getHeight()).isCloseTo(PDRectangle.A4.getHeight(), within(0.5f));
            }
            float mm = 72f / 25.4f;
            float width = PDRectangle.A4.getWidth();
            float height = PDRectangle.A4.getHeight();
            Extent first = new Extent();
            first.setStartPage(1);
            first.setEndPage(1);
            first.getText(doc);
            assertThat(first.minX).as("left margin").isGreaterThanOrEqualTo(30 * mm - 0.5f).isLessThan(35 * mm);
            assertThat(width - first.maxX).as("right margin").isGreaterThanOrEqualTo(15 * mm - 0.5f);
            assertThat(first.minTop).as("top margin").isGreaterThanOrEqualTo(20 * mm - 0.5f).isLessThan(25 * mm);
            assertThat(height - first.maxBottom).as("bottom margin").isGreaterThanOrEqualTo(20 * mm - 0.5f);
            for (PDFont font : first.fonts) {
                assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                assertThat(font.getName()).contains("LiberationSerif");
            }
            PDFTextStripper page1 = new PDFTextStripper();
            page1.setSortByPosition(true);
            page1.setStartPage(1);
            page1.setEndPage(1);
            assertThat(page1.getText(doc).lines().findFirst().orElse("")).doesNotContain("1");
            PDFTextStripper page2 = new PDFTextStripper();
            page2.setSortByPosition(true);
            page2.setStartPage(2);
            page2.setEndPage(2);
            assertThat(page2.getText(doc).lines().findFirst().orElse("").strip()).isEqualTo("2");
        }
    }
}
