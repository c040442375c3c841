package vn.phoihop.calendar;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The Government's announced civil-service arrangements, read from {@code calendar/announced.csv}
 * (its header comment describes the columns): each listed year's complete holiday list.
 */
final class AnnouncedArrangements {

    static final String RESOURCE = "/calendar/announced.csv";
    private static final String HEADER = "date,kind,name";

    private AnnouncedArrangements() {
    }

    /** The arrangements shipped with PhoiHop, by year. */
    static Map<Integer, List<Holiday>> shipped() {
        try (InputStream in = AnnouncedArrangements.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            }
            return read(new InputStreamReader(in, StandardCharsets.UTF_8), RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
    }

    /**
     * Each year's holidays, sorted by date.
     *
     * @throws IllegalArgumentException naming the line of a malformed row or of a date listed twice
     */
    static Map<Integer, List<Holiday>> read(Reader source, String sourceName) throws IOException {
        Map<Integer, List<Holiday>> years = new TreeMap<>();
        Set<LocalDate> seen = new HashSet<>();
        BufferedReader lines = new BufferedReader(source);
        boolean headerSeen = false;
        int lineNumber = 0;
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            lineNumber++;
            String row = line.replace("\uFEFF", "").strip();
            if (row.isEmpty() || row.startsWith("#")) {
                continue;
            }
            if (!headerSeen) {
                if (!row.equals(HEADER)) {
                    throw malformed(sourceName, lineNumber, "expected the header '" + HEADER + "'");
                }
                headerSeen = true;
                continue;
            }
            Holiday holiday = parse(row, sourceName, lineNumber);
            if (!seen.add(holiday.date())) {
                throw malformed(sourceName, lineNumber, holiday.date() + " is listed twice");
            }
            years.computeIfAbsent(holiday.date().getYear(), year -> new ArrayList<>()).add(holiday);
        }
        Map<Integer, List<Holiday>> sorted = new TreeMap<>();
        years.forEach((year, holidays) -> sorted.put(year,
                holidays.stream().sorted(Comparator.comparing(Holiday::date)).toList()));
        return sorted;
    }

    private static Holiday parse(String row, String sourceName, int lineNumber) {
        String[] columns = row.split(",", 3);
        if (columns.length < 3) {
            throw malformed(sourceName, lineNumber, "expected date,kind,name");
        }
        try {
            return new Holiday(LocalDate.parse(columns[0].strip()), columns[2],
                    HolidayKind.valueOf(columns[1].strip()));
        } catch (DateTimeParseException | IllegalArgumentException e) {
            throw malformed(sourceName, lineNumber, e.getMessage());
        }
    }

    private static IllegalArgumentException malformed(String sourceName, int lineNumber, String problem) {
        return new IllegalArgumentException(sourceName + " line " + lineNumber + ": " + problem);
    }
}
