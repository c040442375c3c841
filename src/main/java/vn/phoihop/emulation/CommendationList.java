package vn.phoihop.emulation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The approved commendations of a program, grouped by form in the order of {@link CommendationForm}: what the XLSX
 * export writes, and what a document in the official layout (a decision or a proposal list, Decree 30/2020) would
 * render — bodies in the heading, rows numbered within each form.
 */
public record CommendationList(long programId, String programTitle, String programCode, int year,
                               String keeperName, List<Group> groups) {

    public record Group(CommendationForm form, List<Row> rows) {
    }

    /** One commendation: a body, or a person with their body. */
    public record Row(int number, String organizationName, String personName, String reason, BigDecimal score,
                      Integer rank, LocalDate periodStart, LocalDate periodEnd, String approvedBy,
                      LocalDate approvedOn) {
    }

    public int size() {
        return groups.stream().mapToInt(g -> g.rows().size()).sum();
    }
}
