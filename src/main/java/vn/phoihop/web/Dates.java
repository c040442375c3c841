package vn.phoihop.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.springframework.stereotype.Component;

/** Dates as Vietnamese offices write them (dd/MM/yyyy), instants in Vietnamese time; used by templates as {@code @dates}. */
@Component("dates")
public class Dates {

    private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    public String date(LocalDate d) {
        return d == null ? "" : DATE.format(d);
    }

    public String dateTime(Instant i) {
        return i == null ? "" : DATE_TIME.format(i.atZone(ZONE));
    }
}
