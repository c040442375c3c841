package vn.phoihop.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A small builder of XLSX registers: one or more sheets, each a header row (bold, frozen, with an auto filter) and
 * rows of text, whole numbers and dates (real Excel dates shown dd/mm/yyyy). Not thread-safe; one per export.
 *
 * <pre>{@code
 * byte[] xlsx = new Spreadsheet()
 *         .sheet("Nhiệm vụ", List.of(Spreadsheet.Column.text("Nhiệm vụ", 50), Spreadsheet.Column.date("Thời hạn")))
 *         .row("Tuyên truyền Nghị quyết", LocalDate.of(2026, 3, 31))
 *         .toBytes();
 * }</pre>
 */
public final class Spreadsheet {

    /** What a column holds. */
    public enum Kind {
        TEXT, NUMBER, DATE
    }

    /** A column: its header, kind and width in characters. */
    public record Column(String header, Kind kind, int width) {
        public static Column text(String header, int width) {
            return new Column(header, Kind.TEXT, width);
        }

        public static Column number(String header) {
            return new Column(header, Kind.NUMBER, Math.max(10, header.length() + 2));
        }

        public static Column date(String header) {
            return new Column(header, Kind.DATE, Math.max(12, header.length() + 2));
        }
    }

    private final XSSFWorkbook workbook = new XSSFWorkbook();
    private final CellStyle headerStyle;
    private final CellStyle textStyle;
    private final CellStyle numberStyle;
    private final CellStyle dateStyle;
    private Sheet sheet;
    private List<Column> columns = List.of();
    private final List<Runnable> finishers = new ArrayList<>();

    public Spreadsheet() {
        Font bold = workbook.createFont();
        bold.setBold(true);
        bold.setFontName("Times New Roman");
        bold.setFontHeightInPoints((short) 12);
        Font plain = workbook.createFont();
        plain.setFontName("Times New Roman");
        plain.setFontHeightInPoints((short) 12);
        headerStyle = bordered(workbook.createCellStyle());
        headerStyle.setFont(bold);
        headerStyle.setWrapText(true);
        headerStyle.setAlignment(org.apache.poi.ss.usermodel.HorizontalAlignment.CENTER);
        headerStyle.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        headerStyle.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        textStyle = bordered(workbook.createCellStyle());
        textStyle.setFont(plain);
        textStyle.setWrapText(true);
        numberStyle = bordered(workbook.createCellStyle());
        numberStyle.setFont(plain);
        dateStyle = bordered(workbook.createCellStyle());
        dateStyle.setFont(plain);
        dateStyle.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
    }

    private static CellStyle bordered(CellStyle style) {
        style.setBorderTop(BorderStyle.THIN);
        style.setBorderBottom(BorderStyle.THIN);
        style.setBorderLeft(BorderStyle.THIN);
        style.setBorderRight(BorderStyle.THIN);
        style.setVerticalAlignment(VerticalAlignment.TOP);
        return style;
    }

    /**
     * Starts a sheet with its header row; the name is made valid for Excel (at most 31 characters, none of the
     * characters Excel forbids).
     */
    public Spreadsheet sheet(String name, List<Column> columns) {
        this.sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(name));
        this.columns = List.copyOf(columns);
        Row header = sheet.createRow(0);
        for (int i = 0; i < columns.size(); i++) {
            Cell c = header.createCell(i);
            c.setCellValue(columns.get(i).header());
            c.setCellStyle(headerStyle);
            sheet.setColumnWidth(i, Math.min(255, Math.max(6, columns.get(i).width())) * 256);
        }
        sheet.createFreezePane(0, 1);
        Sheet current = sheet;
        int width = columns.size();
        finishers.add(() -> current.setAutoFilter(
                new CellRangeAddress(0, Math.max(0, current.getLastRowNum()), 0, Math.max(0, width - 1))));
        return this;
    }

    /**
     * Adds a row to the current sheet: values in column order; null leaves a cell empty; a number in a NUMBER column
     * is numeric, a {@link LocalDate} in a DATE column is an Excel date.
     */
    public Spreadsheet row(Object... values) {
        if (sheet == null) {
            throw new IllegalStateException("start a sheet first");
        }
        Row row = sheet.createRow(sheet.getLastRowNum() + 1);
        for (int i = 0; i < columns.size(); i++) {
            Object v = i < values.length ? values[i] : null;
            Cell c = row.createCell(i);
            switch (columns.get(i).kind()) {
                case DATE -> {
                    c.setCellStyle(dateStyle);
                    if (v instanceof LocalDate d) {
                        c.setCellValue(d);
                    } else if (v != null) {
                        c.setCellValue(String.valueOf(v));
                    }
                }
                case NUMBER -> {
                    c.setCellStyle(numberStyle);
                    if (v instanceof Number n) {
                        c.setCellValue(n.doubleValue());
                    } else if (v != null) {
                        c.setCellValue(String.valueOf(v));
                    }
                }
                default -> {
                    c.setCellStyle(textStyle);
                    if (v != null) {
                        c.setCellValue(String.valueOf(v));
                    }
                }
            }
        }
        return this;
    }

    /** Adds every row. */
    public Spreadsheet rows(List<Object[]> rows) {
        rows.forEach(this::row);
        return this;
    }

    /** The workbook as an XLSX file. */
    public byte[] toBytes() {
        if (workbook.getNumberOfSheets() == 0) {
            sheet("Sheet1", List.of());
        }
        finishers.forEach(Runnable::run);
        finishers.clear();
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.write(out);
            workbook.close();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
