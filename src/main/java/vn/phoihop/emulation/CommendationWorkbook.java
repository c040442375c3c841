package vn.phoihop.emulation;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The approved commendation list as an XLSX workbook (Vietnamese headings, as offices file it): one sheet, the
 * program in the title rows, then a block per form with its rows numbered.
 */
final class CommendationWorkbook {

    static final List<String> HEADINGS = List.of("STT", "Cơ quan, đơn vị", "Cá nhân", "Lý do", "Điểm thi đua",
            "Xếp hạng", "Kỳ đánh giá", "Người duyệt", "Ngày duyệt");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private CommendationWorkbook() {
    }

    static String formName(CommendationForm form) {
        return switch (form) {
            case CO_THI_DUA_UBND_TINH -> "Cờ thi đua của UBND tỉnh";
            case TAP_THE_LAO_DONG_XUAT_SAC -> "Tập thể lao động xuất sắc";
            case CHIEN_SI_THI_DUA_CAP_TINH -> "Chiến sĩ thi đua cấp tỉnh";
            case BANG_KHEN_CHU_TICH_UBND_TINH -> "Bằng khen của Chủ tịch UBND tỉnh";
            case GIAY_KHEN -> "Giấy khen";
        };
    }

    static byte[] write(CommendationList list) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet("Khen thưởng");
            Font bold = wb.createFont();
            bold.setBold(true);
            CellStyle strong = wb.createCellStyle();
            strong.setFont(bold);
            int r = 0;
            cell(sheet.createRow(r++), 0, "DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG ĐÃ ĐƯỢC PHÊ DUYỆT", strong);
            cell(sheet.createRow(r++), 0, list.programTitle() + (list.programCode() == null ? ""
                    : " (" + list.programCode() + ")"), null);
            r++;
            Row head = sheet.createRow(r++);
            for (int i = 0; i < HEADINGS.size(); i++) {
                cell(head, i, HEADINGS.get(i), strong);
            }
            for (CommendationList.Group g : list.groups()) {
                cell(sheet.createRow(r++), 0, formName(g.form()), strong);
                for (CommendationList.Row row : g.rows()) {
                    Row x = sheet.createRow(r++);
                    x.createCell(0).setCellValue(row.number());
                    cell(x, 1, row.organizationName(), null);
                    cell(x, 2, row.personName(), null);
                    cell(x, 3, row.reason(), null);
                    if (row.score() != null) {
                        x.createCell(4).setCellValue(row.score().doubleValue());
                    }
                    if (row.rank() != null) {
                        x.createCell(5).setCellValue(row.rank());
                    }
                    cell(x, 6, DATE.format(row.periodStart()) + " – " + DATE.format(row.periodEnd()), null);
                    cell(x, 7, row.approvedBy(), null);
                    cell(x, 8, row.approvedOn() == null ? null : DATE.format(row.approvedOn()), null);
                }
            }
            for (int i = 0; i < HEADINGS.size(); i++) {
                sheet.setColumnWidth(i, i == 3 ? 60 * 256 : 20 * 256);
            }
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void cell(Row row, int column, String value, CellStyle style) {
        if (value == null) {
            return;
        }
        Cell c = row.createCell(column);
        c.setCellValue(value);
        if (style != null) {
            c.setCellStyle(style);
        }
    }
}
