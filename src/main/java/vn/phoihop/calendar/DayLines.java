package vn.phoihop.calendar;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.context.support.DefaultMessageSourceResolvable;

import vn.phoihop.shared.InvalidInput;

/**
 * The edit page's text form of a list of days, one per line: {@code dd/mm/yyyy Tên ngày}. Blank lines are
 * skipped; errors name the textarea and the line, counted from 1 as an editor shows them.
 */
final class DayLines {

    private static final Pattern LINE = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})(?:\\s+(.*))?");
    private static final Pattern ITEM_ERROR = Pattern.compile("(daysOff|workingDays)\\[(\\d+)\\](?:\\..*)?");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu");

    /** The days read from a textarea, with the line each came from. */
    record Parsed(String field, List<YearForm.Day> days, List<Integer> lineNumbers,
                  List<InvalidInput.FieldError> errors) {
    }

    private DayLines() {
    }

    static Parsed parse(String field, String text) {
        List<YearForm.Day> days = new ArrayList<>();
        List<Integer> lineNumbers = new ArrayList<>();
        List<InvalidInput.FieldError> errors = new ArrayList<>();
        String[] lines = text == null ? new String[0] : text.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            Matcher m = LINE.matcher(line);
            if (!m.matches()) {
                errors.add(lineError(field, i + 1, "calendar.form.badLine"));
                continue;
            }
            LocalDate date;
            try {
                date = LocalDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(1)));
            } catch (DateTimeException e) {
                errors.add(lineError(field, i + 1, "calendar.form.badDate"));
                continue;
            }
            if (m.group(4) == null || m.group(4).isBlank()) {
                errors.add(lineError(field, i + 1, "calendar.form.noName"));
                continue;
            }
            days.add(new YearForm.Day(date, m.group(4)));
            lineNumbers.add(i + 1);
        }
        return new Parsed(field, days, lineNumbers, errors);
    }

    /** The lines of the days, in order. */
    static String format(List<Holiday> days) {
        StringBuilder text = new StringBuilder();
        for (Holiday day : days) {
            text.append(DATE.format(day.date())).append(' ').append(day.name()).append('\n');
        }
        return text.toString();
    }

    /**
     * The facade's errors on {@code daysOff[2].date} and the like, moved to the textarea and the line the
     * item came from; other errors stay as they are.
     */
    static InvalidInput onLines(InvalidInput e, Parsed daysOff, Parsed workingDays) {
        List<InvalidInput.FieldError> moved = new ArrayList<>();
        for (InvalidInput.FieldError error : e.errors()) {
            Matcher m = ITEM_ERROR.matcher(error.field());
            if (!m.matches()) {
                moved.add(error);
                continue;
            }
            Parsed parsed = m.group(1).equals(daysOff.field()) ? daysOff : workingDays;
            int line = parsed.lineNumbers().get(Integer.parseInt(m.group(2)));
            moved.add(new InvalidInput.FieldError(parsed.field(), "calendar.form.line", line,
                    new DefaultMessageSourceResolvable(new String[] {error.messageKey()}, error.args())));
        }
        return new InvalidInput(moved);
    }

    private static InvalidInput.FieldError lineError(String field, int line, String key) {
        return new InvalidInput.FieldError(field, "calendar.form.line", line, new DefaultMessageSourceResolvable(key));
    }
}
