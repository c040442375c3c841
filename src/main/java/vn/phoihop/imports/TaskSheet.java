package vn.phoihop.imports;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.apache.poi.EmptyFileException;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import vn.phoihop.tasks.Priority;
import vn.phoihop.tasks.Recurrence;
import vn.phoihop.tasks.TaskForm;

/**
 * The Excel task list of a program: the template (Vietnamese headers, pick-lists of the program's themes and of
 * active bodies), the export in the same columns, and the reading of an uploaded file into task forms with every bad
 * cell named by row, column and a message.
 */
final class TaskSheet {

    /** Files over this size are refused before they are opened. */
    static final int MAX_BYTES = 10 * 1024 * 1024;
    static final int TEMPLATE_ROWS = 10_000;
    static final String SHEET = "Nhiệm vụ";
    static final String LISTS = "Danh mục";

    /** The columns, in order: what the template shows and the import expects. */
    enum Column {
        THEME("Nội dung phối hợp"), TITLE("Tên nhiệm vụ"), DESCRIPTION("Mô tả"), LEAD("Cơ quan chủ trì"),
        COOPERATING("Cơ quan phối hợp"), ADVISING("Cơ quan tham mưu"), OUTPUT("Sản phẩm"), DUE("Thời hạn"),
        RECURRENCE("Lặp lại"), PRIORITY("Mức ưu tiên");

        final String header;

        Column(String header) {
            this.header = header;
        }

        String letter() {
            return CellReference.convertNumToColString(ordinal());
        }

        /** The JSON-style name used in API errors. */
        String field() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    static final Map<Recurrence, String> RECURRENCES = new LinkedHashMap<>();
    static final Map<Priority, String> PRIORITIES = new LinkedHashMap<>();

    static {
        RECURRENCES.put(Recurrence.MONTHLY, "Hằng tháng");
        RECURRENCES.put(Recurrence.QUARTERLY, "Hằng quý");
        RECURRENCES.put(Recurrence.SIX_MONTHLY, "6 tháng một lần");
        RECURRENCES.put(Recurrence.YEARLY, "Hằng năm");
        PRIORITIES.put(Priority.LOW, "Thấp");
        PRIORITIES.put(Priority.NORMAL, "Bình thường");
        PRIORITIES.put(Priority.HIGH, "Cao");
        // A file that inflates more than 100 times, or to an entry over 100 MB, is a zip bomb: refuse it.
        ZipSecureFile.setMinInflateRatio(0.01);
        ZipSecureFile.setMaxEntrySize(100L * 1024 * 1024);
    }

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d/M/yyyy");

    /** A bad cell (or a bad file: row 0): row as Excel numbers it, column letter and header, message key, args. */
    record Problem(int row, Column column, String messageKey, Object... args) {
    }

    /** The file has a problem that stops it being read at all. */
    static final class Unreadable extends RuntimeException {
        final String messageKey;

        Unreadable(String messageKey) {
            super(messageKey);
            this.messageKey = messageKey;
        }
    }

    /** One row read: its number in Excel and the task form it makes (null where the row has problems). */
    record Line(int row, TaskForm form) {
    }

    /** What a file holds: rows read, problems found. */
    record Reading(List<Line> lines, List<Problem> problems) {
        boolean valid() {
            return problems.isEmpty() && !lines.isEmpty();
        }

        List<TaskForm> forms() {
            return lines.stream().map(Line::form).toList();
        }
    }

    /** A theme and a body of the program's world, as the sheet names them. */
    record Named(long id, String name) {
    }

    private TaskSheet() {
    }

    // ---- writing

    static byte[] template(List<Named> themes, List<Named> bodies) {
        return write(themes, bodies, List.of());
    }

    /** A task as the export writes it. */
    record ExportRow(String theme, String title, String description, String lead, List<String> cooperating,
                     String advising, String output, LocalDate due, Recurrence recurrence, Priority priority) {
    }

    static byte[] write(List<Named> themes, List<Named> bodies, List<ExportRow> rows) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet(SHEET);
            Sheet lists = wb.createSheet(LISTS);
            CellStyle header = wb.createCellStyle();
            Font bold = wb.createFont();
            bold.setBold(true);
            header.setFont(bold);
            header.setWrapText(true);
            Row h = sheet.createRow(0);
            for (Column c : Column.values()) {
                Cell cell = h.createCell(c.ordinal());
                cell.setCellValue(c.header);
                cell.setCellStyle(header);
                sheet.setColumnWidth(c.ordinal(), (c == Column.TITLE || c == Column.DESCRIPTION ? 50 : 24) * 256);
            }
            sheet.createFreezePane(0, 1);
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat("dd/mm/yyyy"));
            sheet.setDefaultColumnStyle(Column.DUE.ordinal(), date);
            int r = 1;
            for (ExportRow e : rows) {
                Row row = sheet.createRow(r++);
                set(row, Column.THEME, e.theme());
                set(row, Column.TITLE, e.title());
                set(row, Column.DESCRIPTION, e.description());
                set(row, Column.LEAD, e.lead());
                set(row, Column.COOPERATING, e.cooperating().isEmpty() ? null : String.join("; ", e.cooperating()));
                set(row, Column.ADVISING, e.advising());
                set(row, Column.OUTPUT, e.output());
                if (e.due() != null) {
                    Cell c = row.createCell(Column.DUE.ordinal());
                    c.setCellValue(e.due());
                    c.setCellStyle(date);
                }
                set(row, Column.RECURRENCE, e.recurrence() == null ? null : RECURRENCES.get(e.recurrence()));
                set(row, Column.PRIORITY, e.priority() == null || e.priority() == Priority.NORMAL ? null
                        : PRIORITIES.get(e.priority()));
            }
            // Pick-lists live on a hidden sheet: an explicit list is limited to 255 characters.
            List<List<String>> columns = List.of(themes.stream().map(Named::name).toList(),
                    bodies.stream().map(Named::name).toList(), List.copyOf(RECURRENCES.values()),
                    List.copyOf(PRIORITIES.values()));
            String[] titles = {"Nội dung phối hợp", "Cơ quan", "Lặp lại", "Mức ưu tiên"};
            int longest = columns.stream().mapToInt(List::size).max().orElse(0);
            for (int i = 0; i <= longest; i++) {
                Row row = lists.createRow(i);
                for (int c = 0; c < columns.size(); c++) {
                    if (i == 0) {
                        row.createCell(c).setCellValue(titles[c]);
                    } else if (i - 1 < columns.get(c).size()) {
                        row.createCell(c).setCellValue(columns.get(c).get(i - 1));
                    }
                }
            }
            wb.setSheetHidden(wb.getSheetIndex(lists), true);
            int last = Math.max(TEMPLATE_ROWS, rows.size() + 1000);
            DataValidationHelper dv = sheet.getDataValidationHelper();
            validation(sheet, dv, Column.THEME, "A", columns.get(0).size(), last, true);
            validation(sheet, dv, Column.LEAD, "B", columns.get(1).size(), last, true);
            validation(sheet, dv, Column.ADVISING, "B", columns.get(1).size(), last, true);
            validation(sheet, dv, Column.RECURRENCE, "C", columns.get(2).size(), last, true);
            validation(sheet, dv, Column.PRIORITY, "D", columns.get(3).size(), last, true);
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void set(Row row, Column c, String value) {
        if (value != null) {
            row.createCell(c.ordinal()).setCellValue(value);
        }
    }

    private static void validation(Sheet sheet, DataValidationHelper dv, Column column, String listColumn, int size,
                                   int lastRow, boolean strict) {
        if (size == 0) {
            return;
        }
        String ref = "'" + LISTS + "'!$" + listColumn + "$2:$" + listColumn + "$" + (size + 1);
        DataValidationConstraint constraint = dv.createFormulaListConstraint(ref);
        DataValidation v = dv.createValidation(constraint,
                new CellRangeAddressList(1, lastRow, column.ordinal(), column.ordinal()));
        v.setShowErrorBox(strict);
        v.setErrorStyle(DataValidation.ErrorStyle.STOP);
        v.createErrorBox(column.header, "Chọn một giá trị trong danh sách.");
        v.setSuppressDropDownArrow(true);
        sheet.addValidationData(v);
    }

    // ---- reading

    /**
     * Reads a file: refuses (as {@link Unreadable}) what is not an XLSX, too large, a zip bomb, or without the
     * template's columns; otherwise every row, with a problem for each bad cell. {@code progress} hears rows read.
     */
    static Reading read(byte[] file, List<Named> themes, BodyMatcher bodies, int year,
                        java.util.function.IntConsumer progress) {
        if (file == null || file.length == 0) {
            throw new Unreadable("imports.file.empty");
        }
        if (file.length > MAX_BYTES) {
            throw new Unreadable("imports.file.tooLarge");
        }
        if (file.length < 4 || file[0] != 'P' || file[1] != 'K') {
            throw new Unreadable("imports.file.notXlsx");
        }
        Workbook wb;
        try {
            wb = new XSSFWorkbook(new ByteArrayInputStream(file));
        } catch (EmptyFileException e) {
            throw new Unreadable("imports.file.empty");
        } catch (IOException | RuntimeException e) {
            throw new Unreadable(bomb(e) ? "imports.file.zipBomb" : "imports.file.notXlsx");
        }
        try (wb) {
            Sheet sheet = wb.getSheet(SHEET) != null ? wb.getSheet(SHEET) : wb.getSheetAt(0);
            Row header = sheet.getRow(sheet.getFirstRowNum());
            DataFormatter fmt = new DataFormatter(Locale.ROOT);
            if (header == null) {
                throw new Unreadable("imports.file.empty");
            }
            for (Column c : Column.values()) {
                String got = fmt.formatCellValue(header.getCell(c.ordinal()));
                if (!Folding.key(got).equals(Folding.key(c.header))) {
                    throw new Unreadable("imports.file.columns");
                }
            }
            Map<String, Named> themeByKey = new HashMap<>();
            themes.forEach(t -> themeByKey.putIfAbsent(Folding.key(t.name()), t));
            Map<String, Recurrence> recurrences = new HashMap<>();
            RECURRENCES.forEach((k, v) -> recurrences.put(Folding.key(v), k));
            Arrays.stream(Recurrence.values()).forEach(r -> recurrences.put(Folding.key(r.name()), r));
            Map<String, Priority> priorities = new HashMap<>();
            PRIORITIES.forEach((k, v) -> priorities.put(Folding.key(v), k));
            Arrays.stream(Priority.values()).forEach(p -> priorities.put(Folding.key(p.name()), p));

            List<Line> lines = new ArrayList<>();
            List<Problem> problems = new ArrayList<>();
            int lastRow = sheet.getLastRowNum();
            for (int r = sheet.getFirstRowNum() + 1; r <= lastRow; r++) {
                Row row = sheet.getRow(r);
                if (row == null || blank(row, fmt)) {
                    continue;
                }
                int excelRow = r + 1;
                List<Problem> here = new ArrayList<>();
                String themeText = text(row, Column.THEME, fmt);
                Long themeId = null;
                if (themeText != null) {
                    Named t = themeByKey.get(Folding.key(themeText));
                    if (t == null) {
                        here.add(new Problem(excelRow, Column.THEME, "imports.row.themeUnknown", themeText));
                    } else {
                        themeId = t.id();
                    }
                }
                String title = text(row, Column.TITLE, fmt);
                if (title == null) {
                    here.add(new Problem(excelRow, Column.TITLE, "imports.row.required"));
                } else if (title.length() > 1000) {
                    here.add(new Problem(excelRow, Column.TITLE, "imports.row.tooLong", 1000));
                }
                Long lead = body(row, Column.LEAD, fmt, bodies, true, here, excelRow);
                Long advising = body(row, Column.ADVISING, fmt, bodies, false, here, excelRow);
                List<Long> cooperating = new ArrayList<>();
                String coop = text(row, Column.COOPERATING, fmt);
                if (coop != null) {
                    BodyMatcher.Listed listed = bodies.list(coop);
                    listed.found().forEach(m -> cooperating.add(m.id()));
                    if (!listed.unknown().isEmpty()) {
                        here.add(new Problem(excelRow, Column.COOPERATING, "imports.row.bodyUnknown",
                                String.join("; ", listed.unknown())));
                    }
                    if (lead != null && cooperating.contains(lead)) {
                        here.add(new Problem(excelRow, Column.COOPERATING, "imports.row.cooperatingIsLead"));
                    }
                }
                Recurrence recurrence = null;
                String rec = text(row, Column.RECURRENCE, fmt);
                if (rec != null) {
                    recurrence = recurrences.get(Folding.key(rec));
                    if (recurrence == null) {
                        here.add(new Problem(excelRow, Column.RECURRENCE, "imports.row.notInList", rec));
                    }
                }
                LocalDate due = null;
                Cell dueCell = row.getCell(Column.DUE.ordinal());
                if (dueCell != null && dueCell.getCellType() == CellType.NUMERIC && (DateUtil.isCellDateFormatted(dueCell)
                        || dueCell.getNumericCellValue() > 20_000 && dueCell.getNumericCellValue() < 80_000)) {
                    // A date, or a day number Excel shows as a plain number when the cell lost its date format.
                    due = DateUtil.getLocalDateTime(dueCell.getNumericCellValue()).toLocalDate();
                } else {
                    String dueText = text(row, Column.DUE, fmt);
                    if (dueText != null) {
                        Optional<DeadlinePhrases.Deadline> d = DeadlinePhrases.parse(dueText, year);
                        if (d.isEmpty()) {
                            here.add(new Problem(excelRow, Column.DUE, "imports.row.dueUnreadable", dueText));
                        } else if (d.get().recurrence() != null) {
                            if (recurrence != null && recurrence != d.get().recurrence()) {
                                here.add(new Problem(excelRow, Column.DUE, "imports.row.dueAndRecurrence"));
                            }
                            recurrence = d.get().recurrence();
                        } else {
                            due = d.get().dueDate();
                        }
                    }
                }
                if (due != null && recurrence != null) {
                    here.add(new Problem(excelRow, Column.DUE, "imports.row.dueAndRecurrence"));
                }
                Priority priority = null;
                String pri = text(row, Column.PRIORITY, fmt);
                if (pri != null) {
                    priority = priorities.get(Folding.key(pri));
                    if (priority == null) {
                        here.add(new Problem(excelRow, Column.PRIORITY, "imports.row.notInList", pri));
                    }
                }
                if (here.isEmpty()) {
                    lines.add(new Line(excelRow, new TaskForm(title, text(row, Column.DESCRIPTION, fmt), themeId, null,
                            lead, cooperating, advising, text(row, Column.OUTPUT, fmt), due,
                            recurrence == null ? null : recurrence.name(), priority == null ? null : priority.name(),
                            null)));
                } else {
                    lines.add(new Line(excelRow, null));
                    problems.addAll(here);
                }
                progress.accept(lines.size());
            }
            if (lines.isEmpty()) {
                throw new Unreadable("imports.file.noRows");
            }
            return new Reading(lines, problems);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean bomb(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = t.getMessage();
            if (m != null && (m.contains("Zip bomb") || m.contains("zip bomb") || m.contains("exceeds the max"))) {
                return true;
            }
        }
        return false;
    }

    private static boolean blank(Row row, DataFormatter fmt) {
        for (Column c : Column.values()) {
            if (text(row, c, fmt) != null) {
                return false;
            }
        }
        return true;
    }

    private static String text(Row row, Column c, DataFormatter fmt) {
        Cell cell = row.getCell(c.ordinal());
        if (cell == null) {
            return null;
        }
        String s = cell.getCellType() == CellType.FORMULA ? fmt.formatCellValue(cell) : fmt.formatCellValue(cell);
        return vn.phoihop.shared.Text.clean(s);
    }

    private static Long body(Row row, Column c, DataFormatter fmt, BodyMatcher bodies, boolean required,
                             List<Problem> here, int excelRow) {
        String t = text(row, c, fmt);
        if (t == null) {
            if (required) {
                here.add(new Problem(excelRow, c, "imports.row.required"));
            }
            return null;
        }
        Optional<BodyMatcher.Match> m = bodies.whole(t);
        if (m.isEmpty()) {
            here.add(new Problem(excelRow, c, "imports.row.bodyUnknown", t));
            return null;
        }
        return m.get().id();
    }

    static String day(LocalDate d) {
        return d == null ? "" : DAY.format(d);
    }

    static String columnsList() {
        return Arrays.stream(Column.values()).map(c -> c.header).collect(Collectors.joining(", "));
    }
}
