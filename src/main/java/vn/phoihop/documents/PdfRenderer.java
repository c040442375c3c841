package vn.phoihop.documents;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;
import com.lowagie.text.pdf.draw.LineSeparator;

import vn.phoihop.documents.DocumentModel.Layout;

/**
 * PDF in the JVM with OpenPDF: A4, the decree's margins, Liberation Serif (metric-compatible with Times New Roman,
 * every Vietnamese letter) embedded as a subset, page numbers centred at the top from page 2.
 */
final class PdfRenderer {

    static final float MM = 72f / 25.4f;
    static final float TOP = 20 * MM;
    static final float BOTTOM = 20 * MM;
    static final float LEFT = 30 * MM;
    static final float RIGHT = 15 * MM;
    private static final float JUSTIFY_SLACK = 2;

    private static final class Fonts {
        static final BaseFont REGULAR = load("LiberationSerif-Regular.ttf");
        static final BaseFont BOLD = load("LiberationSerif-Bold.ttf");
        static final BaseFont ITALIC = load("LiberationSerif-Italic.ttf");
        static final BaseFont BOLD_ITALIC = load("LiberationSerif-BoldItalic.ttf");

        private static BaseFont load(String file) {
            try (InputStream in = PdfRenderer.class.getResourceAsStream("/liberation/" + file)) {
                if (in == null) {
                    throw new IllegalStateException("font missing from the classpath: " + file);
                }
                return BaseFont.createFont(file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(),
                        null);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private PdfRenderer() {
    }

    static byte[] render(DocumentModel m) {
        boolean party = m.layout() == Layout.PARTY;
        float bodySize = 14;
        Document doc = new Document(PageSize.A4, LEFT, RIGHT, TOP, BOTTOM);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfWriter writer = PdfWriter.getInstance(doc, out);
        writer.setPageEvent(new PageNumbers());
        // Justify by widening the spaces only, as word processors do, never the letters.
        writer.setSpaceCharRatio(PdfWriter.NO_SPACE_CHAR_RATIO);
        doc.addTitle(m.typeName() + " " + m.summary());
        doc.addCreator("PhoiHop");
        doc.open();
        doc.add(heading(m));
        Paragraph type = paragraph(m.typeName(), font(Fonts.BOLD, party ? 15 : 14), Element.ALIGN_CENTER);
        type.setSpacingBefore(18);
        doc.add(type);
        Paragraph summary = paragraph(m.summary(), font(Fonts.BOLD, 14), Element.ALIGN_CENTER);
        doc.add(summary);
        Paragraph rule = new Paragraph(new Chunk(new LineSeparator(0.5f, 25, Color.BLACK, Element.ALIGN_CENTER, 0)));
        rule.setSpacingAfter(6);
        doc.add(rule);
        for (DocumentModel.Block block : m.body()) {
            if (block instanceof DocumentModel.Section s) {
                Paragraph p = paragraph(s.title(), font(Fonts.BOLD, bodySize), Element.ALIGN_JUSTIFIED);
                p.setSpacingBefore(6);
                p.setFirstLineIndent(10 * MM);
                p.setKeepTogether(true);
                doc.add(p);
            } else if (block instanceof DocumentModel.Text t) {
                for (String line : lines(t.text())) {
                    Paragraph p = paragraph(line, font(Fonts.REGULAR, bodySize), Element.ALIGN_JUSTIFIED);
                    p.setFirstLineIndent(10 * MM);
                    p.setSpacingBefore(6);
                    // OpenPDF's justified lines may end up to ~1 pt past the right edge: keep them in the margin.
                    p.setIndentationRight(JUSTIFY_SLACK);
                    doc.add(p);
                }
            } else if (block instanceof DocumentModel.Note n) {
                Paragraph p = paragraph(n.text(), font(Fonts.ITALIC, bodySize), Element.ALIGN_CENTER);
                p.setSpacingBefore(3);
                doc.add(p);
            } else if (block instanceof DocumentModel.Table t) {
                doc.add(table(t));
            }
        }
        doc.add(signatures(m));
        doc.close();
        return out.toByteArray();
    }

    private static PdfPTable heading(DocumentModel m) {
        boolean party = m.layout() == Layout.PARTY;
        PdfPTable table = new PdfPTable(new float[] {42, 58});
        table.setWidthPercentage(100);
        PdfPCell left = cell();
        PdfPCell right = cell();
        float issuerSize = party ? 14 : 13;
        List<DocumentModel.Issuer> issuers = m.issuers();
        for (DocumentModel.Issuer issuer : issuers) {
            if (issuers.size() == 1 && issuer.superior() != null && !issuer.superior().isBlank()) {
                left.addElement(paragraph(DocumentModel.upper(issuer.superior()), font(Fonts.REGULAR, issuerSize),
                        Element.ALIGN_CENTER));
            }
            left.addElement(paragraph(DocumentModel.upper(issuer.name()), font(Fonts.BOLD, issuerSize),
                    Element.ALIGN_CENTER));
        }
        if (party) {
            left.addElement(paragraph("*", font(Fonts.REGULAR, 14), Element.ALIGN_CENTER));
        } else {
            left.addElement(new Paragraph(new Chunk(new LineSeparator(0.5f, 35, Color.BLACK, Element.ALIGN_CENTER, 2))));
        }
        Paragraph number = paragraph(m.numberLine(), font(Fonts.REGULAR, party ? 14 : 13), Element.ALIGN_CENTER);
        number.setSpacingBefore(party ? 0 : 4);
        left.addElement(number);
        Font italic = font(Fonts.ITALIC, 14);
        if (party) {
            Font partyFont = font(Fonts.BOLD, 15);
            partyFont.setStyle(Font.UNDERLINE);
            right.addElement(paragraph("ĐẢNG CỘNG SẢN VIỆT NAM", partyFont, Element.ALIGN_RIGHT));
            Paragraph date = paragraph(m.dateLine(), italic, Element.ALIGN_RIGHT);
            date.setSpacingBefore(issuerSize * (issuers.size() + 1));
            right.addElement(date);
        } else {
            right.addElement(paragraph("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", font(Fonts.BOLD, 12), Element.ALIGN_CENTER));
            Font motto = font(Fonts.BOLD, 13);
            motto.setStyle(Font.UNDERLINE);
            right.addElement(paragraph("Độc lập - Tự do - Hạnh phúc", motto, Element.ALIGN_CENTER));
            Paragraph date = paragraph(m.dateLine(), italic, Element.ALIGN_CENTER);
            date.setSpacingBefore(10);
            right.addElement(date);
        }
        table.addCell(left);
        table.addCell(right);
        return table;
    }

    private static PdfPTable table(DocumentModel.Table t) {
        PdfPTable table = new PdfPTable(t.relativeWidths());
        table.setWidthPercentage(100);
        table.setSpacingBefore(6);
        table.setSpacingAfter(6);
        table.setHeaderRows(t.caption() == null ? 1 : 2);
        if (t.caption() != null) {
            PdfPCell caption = new PdfPCell(paragraph(t.caption(), font(Fonts.BOLD_ITALIC, 13), Element.ALIGN_LEFT));
            caption.setColspan(t.headers().size());
            caption.setBorder(PdfPCell.NO_BORDER);
            caption.setPaddingBottom(4);
            table.addCell(caption);
        }
        Font head = font(Fonts.BOLD, 12);
        for (String h : t.headers()) {
            PdfPCell c = new PdfPCell(new Phrase(h, head));
            c.setHorizontalAlignment(Element.ALIGN_CENTER);
            c.setVerticalAlignment(Element.ALIGN_MIDDLE);
            c.setPadding(4);
            table.addCell(c);
        }
        Font plain = font(Fonts.REGULAR, 12);
        for (List<String> row : t.rows()) {
            for (int i = 0; i < t.headers().size(); i++) {
                String v = i < row.size() && row.get(i) != null ? row.get(i) : "";
                PdfPCell c = new PdfPCell(new Phrase(v, plain));
                c.setHorizontalAlignment(numeric(v) ? Element.ALIGN_CENTER : Element.ALIGN_LEFT);
                c.setPadding(4);
                table.addCell(c);
            }
        }
        return table;
    }

    private static PdfPTable signatures(DocumentModel m) {
        List<DocumentModel.Signature> signatures = m.signatures();
        PdfPTable outer;
        if (signatures.size() <= 1) {
            outer = new PdfPTable(new float[] {50, 50});
            outer.setWidthPercentage(100);
            outer.addCell(recipients(m));
            outer.addCell(signatures.isEmpty() ? cell() : signature(signatures.get(0)));
        } else {
            int columns = Math.min(3, signatures.size());
            outer = new PdfPTable(columns);
            outer.setWidthPercentage(100);
            for (DocumentModel.Signature s : signatures) {
                outer.addCell(signature(s));
            }
            outer.completeRow();
            PdfPCell r = recipients(m);
            r.setColspan(columns);
            r.setPaddingTop(12);
            outer.addCell(r);
        }
        outer.setSpacingBefore(12);
        outer.setKeepTogether(true);
        return outer;
    }

    private static PdfPCell recipients(DocumentModel m) {
        PdfPCell c = cell();
        if (m.recipients().isEmpty()) {
            return c;
        }
        c.addElement(paragraph("Nơi nhận:", font(Fonts.BOLD_ITALIC, 12), Element.ALIGN_LEFT));
        for (String r : m.recipients()) {
            c.addElement(paragraph(r, font(Fonts.REGULAR, 11), Element.ALIGN_LEFT));
        }
        return c;
    }

    private static PdfPCell signature(DocumentModel.Signature s) {
        PdfPCell c = cell();
        Font bold = font(Fonts.BOLD, 14);
        if (s.authority() != null && !s.authority().isBlank()) {
            c.addElement(paragraph(s.authority(), bold, Element.ALIGN_CENTER));
        }
        c.addElement(paragraph(s.position() == null ? "" : s.position(), bold, Element.ALIGN_CENTER));
        Paragraph name = paragraph(s.name() == null || s.name().isBlank() ? " " : s.name(), bold, Element.ALIGN_CENTER);
        name.setSpacingBefore(64);
        c.addElement(name);
        return c;
    }

    private static PdfPCell cell() {
        PdfPCell c = new PdfPCell();
        c.setBorder(PdfPCell.NO_BORDER);
        c.setPadding(0);
        c.setPaddingRight(4);
        return c;
    }

    private static Paragraph paragraph(String text, Font font, int alignment) {
        Paragraph p = new Paragraph(font.getSize() * 1.25f, text == null ? "" : text, font);
        p.setAlignment(alignment);
        return p;
    }

    private static Font font(BaseFont base, float size) {
        return new Font(base, size);
    }

    static boolean numeric(String v) {
        return v.matches("[0-9]+([.,][0-9]+)?%?");
    }

    static List<String> lines(String text) {
        return text == null ? List.of() : text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    /** The page number centred in the top margin, from page 2 (Decree 30/2020, appendix I). */
    private static final class PageNumbers extends PdfPageEventHelper {
        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            int page = writer.getPageNumber();
            if (page > 1) {
                ColumnText.showTextAligned(writer.getDirectContent(), Element.ALIGN_CENTER,
                        new Phrase(String.valueOf(page), new Font(Fonts.REGULAR, 13)),
                        (document.left() + document.right()) / 2, document.top() + 8 * MM, 0);
            }
        }
    }
}
