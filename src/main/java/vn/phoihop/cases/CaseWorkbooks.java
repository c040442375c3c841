package vn.phoihop.cases;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The module's own small XLSX exports (statistics, the case list, the import template). The list writes the citizen
 * exactly as the caller may see it: a denouncer's identity never reaches a file for anyone but the handlers, and a
 * list export never carries a denouncer's identity at all.
 */
@Component
class CaseWorkbooks {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** Import columns, in template order; the header row shows their labels. */
    static final List<String> IMPORT_COLUMNS = List.of("kind", "instance", "receivedOn", "channel", "fullName",
            "address", "idNumber", "phone", "subject", "content", "remoteArea", "complexity");

    private final MessageSource messages;

    CaseWorkbooks(MessageSource messages) {
        this.messages = messages;
    }

    byte[] statistics(CaseStatistics.Figures f, String bodyName, Locale locale) {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet sheet = wb.createSheet(text("cases.statistics", locale));
            CellStyle bold = bold(wb);
            Row title = sheet.createRow(0);
            cell(title, 0, text("cases.statistics", locale) + " " + f.from() + " – " + f.to()
                    + (bodyName == null ? "" : " · " + bodyName), bold);
            Row head = sheet.createRow(2);
            String[] columns = {"group", "received", "accepted", "resolvedOnTime", "resolvedLate", "overdue",
                    "withdrawn"};
            for (int i = 0; i < columns.length; i++) {
                cell(head, i, text("cases.statistics." + columns[i], locale), bold);
            }
            int r = 3;
            for (CaseStatistics.Row row : f.rows()) {
                Row x = sheet.createRow(r++);
                cell(x, 0, text("cases.statistics.group." + row.group(), locale), null);
                int[] v = {row.received(), row.accepted(), row.resolvedOnTime(), row.resolvedLate(), row.overdue(),
                        row.withdrawn()};
                for (int i = 0; i < v.length; i++) {
                    x.createCell(i + 1).setCellValue(v[i]);
                }
            }
            sheet.setColumnWidth(0, 30 * 256);
            return bytes(wb);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    byte[] list(List<CaseDetails> cases, Locale locale) {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet sheet = wb.createSheet("cases");
            CellStyle bold = bold(wb);
            String[] keys = {"cases.case", "cases.kind", "cases.instance", "cases.receivedOn", "cases.citizen",
                    "cases.subject", "cases.handlingBody", "cases.stage", "cases.deadline.acceptBy",
                    "cases.deadline.resolveBy", "cases.overdue"};
            Row head = sheet.createRow(0);
            for (int i = 0; i < keys.length; i++) {
                cell(head, i, i == 0 ? "#" : text(keys[i], locale), bold);
            }
            int r = 1;
            for (CaseDetails c : cases) {
                Row x = sheet.createRow(r++);
                x.createCell(0).setCellValue(c.id().value());
                cell(x, 1, text("cases.kind." + c.kind(), locale), null);
                cell(x, 2, c.kind() == CaseKind.COMPLAINT ? text("cases.instance." + c.instance(), locale) : "", null);
                cell(x, 3, date(c.receivedOn()), null);
                cell(x, 4, c.citizen().isMasked() ? text("cases.export.masked", locale)
                        : c.citizen().isErased() ? text("cases.export.erased", locale) : c.citizen().fullName(), null);
                cell(x, 5, c.subject(), null);
                cell(x, 6, c.handlingOrganizationName(), null);
                cell(x, 7, text("cases.stage." + c.stage(), locale), null);
                cell(x, 8, date(c.deadlines().get("acceptBy")), null);
                cell(x, 9, date(c.deadlines().get("resolveBy")), null);
                cell(x, 10, c.overdue() ? text("cases.overdue", locale) : "", null);
            }
            return bytes(wb);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    byte[] importTemplate(Locale locale) {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet sheet = wb.createSheet("cases");
            CellStyle bold = bold(wb);
            Row head = sheet.createRow(0);
            for (int i = 0; i < IMPORT_COLUMNS.size(); i++) {
                cell(head, i, importLabel(IMPORT_COLUMNS.get(i), locale), bold);
                sheet.setColumnWidth(i, 22 * 256);
            }
            Row example = sheet.createRow(1);
            String[] values = {"COMPLAINT", "FIRST", "2026-02-05", "DIRECT", "Nguyễn Văn A", "Phường Hồng Gai",
                    "022088001234", "0912345678", "Khiếu nại về bồi thường", "Nội dung đơn", "FALSE", "NORMAL"};
            for (int i = 0; i < values.length; i++) {
                cell(example, i, values[i], null);
            }
            return bytes(wb);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String importLabel(String column, Locale locale) {
        return switch (column) {
            case "fullName", "address", "idNumber", "phone" -> text("cases.citizen." + column, locale);
            default -> text("cases." + column, locale);
        };
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }

    private static String date(LocalDate d) {
        return d == null ? "" : d.toString();
    }

    private static void cell(Row row, int i, String value, CellStyle style) {
        Cell c = row.createCell(i);
        c.setCellValue(value == null ? "" : value);
        if (style != null) {
            c.setCellStyle(style);
        }
    }

    private static CellStyle bold(XSSFWorkbook wb) {
        CellStyle s = wb.createCellStyle();
        Font f = wb.createFont();
        f.setBold(true);
        s.setFont(f);
        return s;
    }

    private static byte[] bytes(XSSFWorkbook wb) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        wb.write(out);
        return out.toByteArray();
    }
}
