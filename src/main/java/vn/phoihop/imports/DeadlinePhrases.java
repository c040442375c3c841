package vn.phoihop.imports;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.phoihop.tasks.Recurrence;

/**
 * Deadlines as program documents and task lists write them, turned into a due date (the end of the period named)
 * or a recurrence: 'trước ngày 30/6/2016', 'Quý II/2016', 'tháng 9/2016', '6 tháng đầu năm', 'hằng năm',
 * 'thường xuyên'. A phrase without a year takes the program's year.
 */
final class DeadlinePhrases {

    /** What a phrase means: a due date, or a recurrence (then no due date), and the words it was read from. */
    record Deadline(LocalDate dueDate, Recurrence recurrence, boolean continuous, String phrase) {
    }

    private static final String YEAR = "(?:\\s*(?:/|-|năm)\\s*(\\d{4}))?";
    private static final Pattern DATE = Pattern.compile(
            "(?<![\\d/])(\\d{1,2})\\s*[/.\\-]\\s*(\\d{1,2})(?:\\s*[/.\\-]\\s*(\\d{4}|\\d{2}))?(?![\\d/])");
    private static final Pattern DATE_WORDS = Pattern.compile(
            "ngày\\s+(\\d{1,2})\\s+tháng\\s+(\\d{1,2})(?:\\s+năm\\s+(\\d{4}))?", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern QUARTER = Pattern.compile(
            "quý\\s+(IV|III|II|I|[1-4])(?![\\p{L}\\d])" + YEAR, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern MONTH = Pattern.compile(
            "tháng\\s+(\\d{1,2})(?!\\s*(?:tháng|năm đầu|\\d))" + YEAR, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern HALF = Pattern.compile(
            "(6|sáu|9|chín|3|ba)\\s+tháng\\s+(đầu|cuối)\\s+năm(?:\\s*(\\d{4}))?", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern YEAR_ONLY = Pattern.compile(
            "(?:trong\\s+|cả\\s+|cuối\\s+)?năm\\s+(\\d{4})", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern EVERY = Pattern.compile(
            "(hằng|hàng|mỗi)\\s+(năm|quý|tháng)|định\\s+kỳ\\s+(6|sáu)\\s+tháng|(6|sáu)\\s+tháng\\s+(?:một|1)\\s+lần",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern CONTINUOUS = Pattern.compile("thường\\s+xuyên|liên\\s+tục|cả\\s+năm|trong\\s+năm",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private DeadlinePhrases() {
    }

    /** The first deadline the text names, with {@code year} for phrases without one. */
    static Optional<Deadline> parse(String raw, int year) {
        if (raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        String text = Folding.nfc(raw);
        Matcher m = DATE_WORDS.matcher(text);
        if (m.find()) {
            Optional<LocalDate> d = date(m.group(1), m.group(2), m.group(3), year);
            if (d.isPresent()) {
                return Optional.of(new Deadline(d.get(), null, false, m.group()));
            }
        }
        m = HALF.matcher(text);
        if (m.find()) {
            int months = switch (m.group(1).toLowerCase()) {
                case "6", "sáu" -> 6;
                case "9", "chín" -> 9;
                default -> 3;
            };
            int y = m.group(3) != null ? Integer.parseInt(m.group(3)) : year;
            boolean first = m.group(2).equalsIgnoreCase("đầu");
            LocalDate end = first ? YearMonth.of(y, months).atEndOfMonth() : LocalDate.of(y, 12, 31);
            return Optional.of(new Deadline(end, null, false, m.group()));
        }
        m = QUARTER.matcher(text);
        if (m.find()) {
            int q = switch (m.group(1).toUpperCase()) {
                case "I", "1" -> 1;
                case "II", "2" -> 2;
                case "III", "3" -> 3;
                default -> 4;
            };
            int y = m.group(2) != null ? Integer.parseInt(m.group(2)) : year;
            return Optional.of(new Deadline(YearMonth.of(y, q * 3).atEndOfMonth(), null, false, m.group()));
        }
        m = DATE.matcher(text);
        while (m.find()) {
            Optional<LocalDate> d = date(m.group(1), m.group(2), m.group(3), year);
            if (d.isPresent()) {
                return Optional.of(new Deadline(d.get(), null, false, m.group()));
            }
        }
        m = MONTH.matcher(text);
        while (m.find()) {
            int month = Integer.parseInt(m.group(1));
            if (month >= 1 && month <= 12) {
                int y = m.group(2) != null ? Integer.parseInt(m.group(2)) : year;
                return Optional.of(new Deadline(YearMonth.of(y, month).atEndOfMonth(), null, false, m.group()));
            }
        }
        m = EVERY.matcher(text);
        if (m.find()) {
            Recurrence r;
            if (m.group(2) != null) {
                r = switch (m.group(2).toLowerCase()) {
                    case "năm" -> Recurrence.YEARLY;
                    case "quý" -> Recurrence.QUARTERLY;
                    default -> Recurrence.MONTHLY;
                };
            } else {
                r = Recurrence.SIX_MONTHLY;
            }
            return Optional.of(new Deadline(null, r, false, m.group()));
        }
        m = YEAR_ONLY.matcher(text);
        if (m.find()) {
            return Optional.of(new Deadline(LocalDate.of(Integer.parseInt(m.group(1)), 12, 31), null, false,
                    m.group()));
        }
        m = CONTINUOUS.matcher(text);
        if (m.find()) {
            // "Thường xuyên": carried on all year; due at the end of the program's year, never overdue before it.
            return Optional.of(new Deadline(LocalDate.of(year, 12, 31), null, true, m.group()));
        }
        return Optional.empty();
    }

    private static Optional<LocalDate> date(String day, String month, String rawYear, int year) {
        try {
            int y = rawYear == null ? year : rawYear.length() == 2 ? 2000 + Integer.parseInt(rawYear)
                    : Integer.parseInt(rawYear);
            return Optional.of(LocalDate.of(y, Integer.parseInt(month), Integer.parseInt(day)));
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }
}
