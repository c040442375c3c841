package vn.phoihop.cases;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import vn.phoihop.shared.Actor;
import vn.phoihop.shared.Forbidden;
import vn.phoihop.shared.InvalidInput;
import vn.phoihop.shared.Role;

/**
 * Imports cases from the XLSX register bodies keep today (columns of {@link CaseWorkbooks#IMPORT_COLUMNS}, one case
 * per row after the header) into the caller's body: every row is validated exactly as a case registered by hand, and
 * either all rows are imported or none (errors name the spreadsheet row and column: {@code rows[3].receivedOn}).
 */
@Service
public class CaseImport {

    static final int MAX_ROWS = 2000;
    private static final DateTimeFormatter VIETNAMESE = DateTimeFormatter.ofPattern("d/M/uuuu");

    private final Cases cases;
    private final TransactionTemplate tx;

    CaseImport(Cases cases, TransactionTemplate tx) {
        this.cases = cases;
        this.tx = tx;
    }

    /** Imports all rows or none; returns the ids created. 403 unless a CASE_HANDLER of a body. */
    public List<Long> importCases(byte[] xlsx, Actor actor) {
        if (!actor.has(Role.CASE_HANDLER) || actor.organizationId() == null) {
            throw new Forbidden("cases.create.forbidden");
        }
        List<CaseForm> forms = new ArrayList<>();
        List<Integer> rowNumbers = new ArrayList<>();
        InvalidInput.Collector parseErrors = new InvalidInput.Collector();
        try (Workbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = wb.getSheetAt(0);
            DataFormatter format = new DataFormatter();
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row == null || blank(row, format)) {
                    continue;
                }
                if (forms.size() == MAX_ROWS) {
                    throw InvalidInput.of("file", "cases.import.tooMany", MAX_ROWS);
                }
                int excelRow = r + 1;
                LocalDate received = date(row.getCell(2), format, "rows[" + excelRow + "].receivedOn", parseErrors);
                String remote = string(row, 10, format);
                forms.add(new CaseForm(string(row, 0, format), string(row, 1, format), received, string(row, 3, format),
                        remote != null && List.of("TRUE", "X", "1", "CÓ", "YES").contains(remote.toUpperCase()),
                        false, string(row, 11, format), actor.organizationId().value(), null, string(row, 8, format),
                        string(row, 9, format), new CaseForm.CitizenForm(string(row, 4, format), string(row, 5, format),
                        string(row, 6, format), string(row, 7, format)), null));
                rowNumbers.add(excelRow);
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof InvalidInput invalid) {
                throw invalid;
            }
            throw InvalidInput.of("file", "cases.import.invalidFile");
        }
        if (forms.isEmpty()) {
            throw InvalidInput.of("file", "cases.import.empty");
        }
        List<InvalidInput.FieldError> errors = new ArrayList<>(parseErrors.isEmpty() ? List.of()
                : errorsOf(parseErrors));
        List<Long> ids = tx.execute(status -> {
            List<Long> created = new ArrayList<>();
            for (int i = 0; i < forms.size(); i++) {
                try {
                    created.add(cases.create(forms.get(i), actor).id().value());
                } catch (InvalidInput e) {
                    for (InvalidInput.FieldError f : e.errors()) {
                        String field = "rows[" + rowNumbers.get(i) + "]." + column(f.field());
                        if (errors.stream().noneMatch(x -> x.field().equals(field))) {
                            errors.add(new InvalidInput.FieldError(field, f.messageKey(), f.args()));
                        }
                    }
                }
            }
            if (!errors.isEmpty()) {
                status.setRollbackOnly();
            }
            return created;
        });
        if (!errors.isEmpty()) {
            errors.sort(java.util.Comparator.comparing(InvalidInput.FieldError::field));
            throw new InvalidInput(errors);
        }
        return ids;
    }

    private static List<InvalidInput.FieldError> errorsOf(InvalidInput.Collector c) {
        try {
            c.throwIfAny();
            return List.of();
        } catch (InvalidInput e) {
            return e.errors();
        }
    }

    /** The import column a case field comes from. */
    static String column(String field) {
        return field.startsWith("citizen.") ? field.substring("citizen.".length()) : field;
    }

    private static boolean blank(Row row, DataFormatter format) {
        for (int i = 0; i < CaseWorkbooks.IMPORT_COLUMNS.size(); i++) {
            if (string(row, i, format) != null) {
                return false;
            }
        }
        return true;
    }

    private static String string(Row row, int i, DataFormatter format) {
        Cell c = row.getCell(i);
        if (c == null) {
            return null;
        }
        String s = format.formatCellValue(c).strip();
        return s.isEmpty() ? null : s;
    }

    private static LocalDate date(Cell c, DataFormatter format, String field, InvalidInput.Collector errors) {
        if (c == null) {
            return null;
        }
        if (c.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(c)) {
            return c.getLocalDateTimeCellValue().toLocalDate();
        }
        String s = format.formatCellValue(c).strip();
        if (s.isEmpty()) {
            return null;
        }
        try {
            return s.contains("/") ? LocalDate.parse(s, VIETNAMESE) : LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            errors.add(field, "cases.import.date");
            return LocalDate.of(1900, 1, 1);
        }
    }
}
