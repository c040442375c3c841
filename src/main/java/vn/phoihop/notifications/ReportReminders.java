package vn.phoihop.notifications;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import vn.phoihop.periodicreports.PeriodicReportSlot;
import vn.phoihop.periodicreports.PeriodicReportStatus;
import vn.phoihop.periodicreports.PeriodicReports;
import vn.phoihop.programs.ProgramDetails;

/** The periodic reports each party of a program in force still owes: not yet due, or missing. */
@Component
@Order(2)
class ReportReminders implements ReminderSource {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final PeriodicReports reports;
    private final InForcePrograms programs;

    ReportReminders(PeriodicReports reports, InForcePrograms programs) {
        this.reports = reports;
        this.programs = programs;
    }

    @Override
    public String category() {
        return "REPORT";
    }

    @Override
    public List<Reminder> reminders(LocalDate day) {
        List<Reminder> result = new ArrayList<>();
        for (ProgramDetails p : programs.list()) {
            for (PeriodicReportSlot s : reports.asOf(p.id(), day)) {
                if (s.status() != PeriodicReportStatus.NOT_DUE && s.status() != PeriodicReportStatus.MISSING) {
                    continue;
                }
                String title = p.title() + " (" + DATE.format(s.periodStart()) + "–" + DATE.format(s.periodEnd()) + ")";
                result.add(new Reminder(category(), "report-" + p.id().value() + "-" + s.organizationId().value() + "-"
                        + s.periodStart(), title, s.dueDate(), s.status() == PeriodicReportStatus.MISSING,
                        Set.of(s.organizationId()), Set.of(), "/programs/" + p.id().value() + "/periodic-reports",
                        false));
            }
        }
        return result;
    }
}
