package vn.phoihop.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;

import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.TableWidthType;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

import vn.phoihop.documents.DocumentModel.Layout;

/**
 * DOCX with POI: A4 portrait, margins top and bottom 20 mm, left 30 mm, right 15 mm (Decree 30/2020), Times New
 * Roman 14 for the body, a PAGE field centred in the header from page 2 (a different, empty first-page header).
 */
final class DocxRenderer {

    /** A4 in twentieths of a point. */
    static final int A4_WIDTH = 11906;
    static final int A4_HEIGHT = 16838;
    static final int TOP = twips(20);
    static final int BOTTOM = twips(20);
    static final int LEFT = twips(30);
    static final int RIGHT = twips(15);
    static final String FONT = "Times New Roman";
    private static final int TEXT_WIDTH = A4_WIDTH - LEFT - RIGHT;

    private DocxRenderer() {
    }

    static int twips(double mm) {
        return (int) Math.ceil(mm * 1440 / 25.4);
    }

    static byte[] render(DocumentModel m) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            boolean party = m.layout() == Layout.PARTY;
            defaults(doc);
            page(doc);
            doc.getProperties().getCoreProperties().setTitle(m.typeName() + " " + m.summary());
            doc.getProperties().getCoreProperties().setCreator("PhoiHop");
            heading(doc, m);
            XWPFParagraph type = paragraph(doc, ParagraphAlignment.CENTER);
            type.setSpacingBefore(360);
            run(type, m.typeName(), party ? 15 : 14, true, false);
            XWPFParagraph summary = paragraph(doc, ParagraphAlignment.CENTER);
            run(summary, m.summary(), 14, true, false);
            XWPFParagraph rule = paragraph(doc, ParagraphAlignment.CENTER);
            run(rule, "", 14, false, false);
            rule.setBorderTop(org.apache.poi.xwpf.usermodel.Borders.SINGLE);
            rule.setIndentationLeft(TEXT_WIDTH * 3 / 8);
            rule.setIndentationRight(TEXT_WIDTH * 3 / 8);
            for (DocumentModel.Block block : m.body()) {
                if (block instanceof DocumentModel.Section s) {
                    XWPFParagraph p = bodyParagraph(doc);
                    p.setKeepNext(true);
                    run(p, s.title(), 14, true, false);
                } else if (block instanceof DocumentModel.Text t) {
                    for (String line : PdfRenderer.lines(t.text())) {
                        run(bodyParagraph(doc), line, 14, false, false);
                    }
                } else if (block instanceof DocumentModel.Note n) {
                    run(paragraph(doc, ParagraphAlignment.CENTER), n.text(), 14, false, true);
                } else if (block instanceof DocumentModel.Table t) {
                    table(doc, t);
                }
            }
            signatures(doc, m);
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void defaults(XWPFDocument doc) {
        CTFonts fonts = CTFonts.Factory.newInstance();
        fonts.setAscii(FONT);
        fonts.setHAnsi(FONT);
        fonts.setCs(FONT);
        fonts.setEastAsia(FONT);
        doc.createStyles().setDefaultFonts(fonts);
    }

    private static void page(XWPFDocument doc) {
        CTSectPr sect = doc.getDocument().getBody().isSetSectPr() ? doc.getDocument().getBody().getSectPr()
                : doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = sect.isSetPgSz() ? sect.getPgSz() : sect.addNewPgSz();
        size.setW(BigInteger.valueOf(A4_WIDTH));
        size.setH(BigInteger.valueOf(A4_HEIGHT));
        size.setOrient(STPageOrientation.PORTRAIT);
        CTPageMar margins = sect.isSetPgMar() ? sect.getPgMar() : sect.addNewPgMar();
        margins.setTop(BigInteger.valueOf(TOP));
        margins.setBottom(BigInteger.valueOf(BOTTOM));
        margins.setLeft(BigInteger.valueOf(LEFT));
        margins.setRight(BigInteger.valueOf(RIGHT));
        margins.setHeader(BigInteger.valueOf(twips(10)));
        margins.setFooter(BigInteger.valueOf(twips(10)));
        margins.setGutter(BigInteger.ZERO);
        // Page numbers centred at the top from page 2: an empty first-page header (titlePg) and a PAGE field.
        doc.createHeader(HeaderFooterType.FIRST);
        XWPFHeader header = doc.createHeader(HeaderFooterType.DEFAULT);
        XWPFParagraph p = header.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        XWPFRun begin = p.createRun();
        style(begin, 13, false, false);
        begin.getCTR().addNewFldChar().setFldCharType(
                org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType.BEGIN);
        XWPFRun instr = p.createRun();
        style(instr, 13, false, false);
        instr.getCTR().addNewInstrText().setStringValue(" PAGE ");
        XWPFRun end = p.createRun();
        style(end, 13, false, false);
        end.getCTR().addNewFldChar().setFldCharType(
                org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType.END);
        if (!sect.isSetTitlePg()) {
            sect.addNewTitlePg();
        }
    }

    private static void heading(XWPFDocument doc, DocumentModel m) {
        boolean party = m.layout() == Layout.PARTY;
        XWPFTable table = borderless(doc, 2, new int[] {42, 58});
        XWPFTableCell left = table.getRow(0).getCell(0);
        XWPFTableCell right = table.getRow(0).getCell(1);
        int issuerSize = party ? 14 : 13;
        boolean first = true;
        for (DocumentModel.Issuer issuer : m.issuers()) {
            if (m.issuers().size() == 1 && issuer.superior() != null && !issuer.superior().isBlank()) {
                run(cellParagraph(left, first, ParagraphAlignment.CENTER), DocumentModel.upper(issuer.superior()),
                        issuerSize, false, false);
                first = false;
            }
            run(cellParagraph(left, first, ParagraphAlignment.CENTER), DocumentModel.upper(issuer.name()), issuerSize,
                    true, false);
            first = false;
        }
        if (party) {
            run(cellParagraph(left, false, ParagraphAlignment.CENTER), "*", 14, false, false);
        } else {
            XWPFParagraph line = cellParagraph(left, false, ParagraphAlignment.CENTER);
            line.setBorderTop(org.apache.poi.xwpf.usermodel.Borders.SINGLE);
            line.setIndentationLeft(900);
            line.setIndentationRight(900);
            run(line, "", 6, false, false);
        }
        run(cellParagraph(left, false, ParagraphAlignment.CENTER), m.numberLine(), party ? 14 : 13, false, false);
        if (party) {
            XWPFParagraph p = cellParagraph(right, true, ParagraphAlignment.RIGHT);
            XWPFRun r = run(p, "ĐẢNG CỘNG SẢN VIỆT NAM", 15, true, false);
            r.setUnderline(UnderlinePatterns.SINGLE);
            XWPFParagraph date = cellParagraph(right, false, ParagraphAlignment.RIGHT);
            date.setSpacingBefore(240 * m.issuers().size());
            run(date, m.dateLine(), 14, false, true);
        } else {
            run(cellParagraph(right, true, ParagraphAlignment.CENTER), "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 12, true,
                    false);
            XWPFRun motto = run(cellParagraph(right, false, ParagraphAlignment.CENTER), "Độc lập - Tự do - Hạnh phúc",
                    13, true, false);
            motto.setUnderline(UnderlinePatterns.SINGLE);
            XWPFParagraph date = cellParagraph(right, false, ParagraphAlignment.CENTER);
            date.setSpacingBefore(200);
            run(date, m.dateLine(), 14, false, true);
        }
    }

    private static void table(XWPFDocument doc, DocumentModel.Table t) {
        if (t.caption() != null) {
            XWPFParagraph caption = paragraph(doc, ParagraphAlignment.LEFT);
            caption.setSpacingBefore(120);
            caption.setKeepNext(true);
            run(caption, t.caption(), 13, true, true);
        }
        int columns = t.headers().size();
        XWPFTable table = doc.createTable(1 + t.rows().size(), columns);
        widths(table, t.relativeWidths());
        XWPFTableRow head = table.getRow(0);
        head.setRepeatHeader(true);
        for (int i = 0; i < columns; i++) {
            run(cellParagraph(head.getCell(i), true, ParagraphAlignment.CENTER), t.headers().get(i), 12, true, false);
        }
        for (int r = 0; r < t.rows().size(); r++) {
            List<String> row = t.rows().get(r);
            for (int i = 0; i < columns; i++) {
                String v = i < row.size() && row.get(i) != null ? row.get(i) : "";
                run(cellParagraph(table.getRow(r + 1).getCell(i), true,
                        PdfRenderer.numeric(v) ? ParagraphAlignment.CENTER : ParagraphAlignment.LEFT), v, 12, false,
                        false);
            }
        }
        paragraph(doc, ParagraphAlignment.LEFT);
    }

    private static void signatures(XWPFDocument doc, DocumentModel m) {
        List<DocumentModel.Signature> signatures = m.signatures();
        XWPFParagraph gap = paragraph(doc, ParagraphAlignment.LEFT);
        gap.setSpacingBefore(120);
        if (signatures.size() <= 1) {
            XWPFTable table = borderless(doc, 2, new int[] {50, 50});
            recipients(table.getRow(0).getCell(0), m);
            if (!signatures.isEmpty()) {
                signature(table.getRow(0).getCell(1), signatures.get(0));
            }
        } else {
            int columns = Math.min(3, signatures.size());
            int rows = (signatures.size() + columns - 1) / columns;
            int[] w = new int[columns];
            java.util.Arrays.fill(w, 1);
            XWPFTable table = borderless(doc, columns, w);
            for (int r = 1; r < rows; r++) {
                table.createRow();
            }
            for (int i = 0; i < signatures.size(); i++) {
                signature(table.getRow(i / columns).getCell(i % columns), signatures.get(i));
            }
            XWPFParagraph after = paragraph(doc, ParagraphAlignment.LEFT);
            after.setSpacingBefore(240);
            XWPFTable rec = borderless(doc, 1, new int[] {1});
            recipients(rec.getRow(0).getCell(0), m);
        }
    }

    private static void recipients(XWPFTableCell cell, DocumentModel m) {
        if (m.recipients().isEmpty()) {
            return;
        }
        run(cellParagraph(cell, true, ParagraphAlignment.LEFT), "Nơi nhận:", 12, true, true);
        for (String r : m.recipients()) {
            run(cellParagraph(cell, false, ParagraphAlignment.LEFT), r, 11, false, false);
        }
    }

    private static void signature(XWPFTableCell cell, DocumentModel.Signature s) {
        boolean first = true;
        if (s.authority() != null && !s.authority().isBlank()) {
            run(cellParagraph(cell, true, ParagraphAlignment.CENTER), s.authority(), 14, true, false);
            first = false;
        }
        run(cellParagraph(cell, first, ParagraphAlignment.CENTER), s.position() == null ? "" : s.position(), 14, true,
                false);
        XWPFParagraph name = cellParagraph(cell, false, ParagraphAlignment.CENTER);
        name.setSpacingBefore(1400);
        run(name, s.name() == null ? "" : s.name(), 14, true, false);
    }

    private static XWPFTable borderless(XWPFDocument doc, int columns, int[] relative) {
        XWPFTable table = doc.createTable(1, columns);
        table.removeBorders();
        table.setTableAlignment(TableRowAlign.CENTER);
        float[] w = new float[relative.length];
        for (int i = 0; i < w.length; i++) {
            w[i] = relative[i];
        }
        widths(table, w);
        return table;
    }

    private static void widths(XWPFTable table, float[] relative) {
        table.setWidthType(TableWidthType.DXA);
        CTTblWidth tw = table.getCTTbl().getTblPr().isSetTblW() ? table.getCTTbl().getTblPr().getTblW()
                : table.getCTTbl().getTblPr().addNewTblW();
        tw.setType(STTblWidth.DXA);
        tw.setW(BigInteger.valueOf(TEXT_WIDTH));
        float sum = 0;
        for (float f : relative) {
            sum += f;
        }
        for (XWPFTableRow row : table.getRows()) {
            for (int i = 0; i < relative.length && i < row.getTableCells().size(); i++) {
                row.getCell(i).setWidth(String.valueOf(Math.round(TEXT_WIDTH * relative[i] / sum)));
                row.getCell(i).setWidthType(TableWidthType.DXA);
            }
        }
    }

    private static XWPFParagraph cellParagraph(XWPFTableCell cell, boolean first, ParagraphAlignment alignment) {
        XWPFParagraph p = first && !cell.getParagraphs().isEmpty() ? cell.getParagraphs().get(0) : cell.addParagraph();
        p.setAlignment(alignment);
        p.setSpacingAfter(0);
        p.setSpacingBefore(0);
        return p;
    }

    private static XWPFParagraph paragraph(XWPFDocument doc, ParagraphAlignment alignment) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(alignment);
        p.setSpacingAfter(0);
        return p;
    }

    /** A paragraph of the body: justified, first line indented 1 cm, 6 pt before, single line spacing. */
    private static XWPFParagraph bodyParagraph(XWPFDocument doc) {
        XWPFParagraph p = paragraph(doc, ParagraphAlignment.BOTH);
        p.setIndentationFirstLine(twips(10));
        p.setSpacingBefore(120);
        p.setSpacingBetween(1.1, LineSpacingRule.AUTO);
        return p;
    }

    private static XWPFRun run(XWPFParagraph p, String text, int size, boolean bold, boolean italic) {
        XWPFRun r = p.createRun();
        style(r, size, bold, italic);
        r.setText(text == null ? "" : text);
        return r;
    }

    private static void style(XWPFRun r, int size, boolean bold, boolean italic) {
        r.setFontFamily(FONT);
        r.setFontSize(size);
        r.setBold(bold);
        r.setItalic(italic);
    }
}
