package vn.phoihop.calendar;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.phoihop.accounts.Accounts;
import vn.phoihop.shared.Forbidden;
import vn.phoihop.shared.InvalidInput;
import vn.phoihop.shared.NotFound;
import vn.phoihop.web.FormErrors;

/** The year's calendar for everyone; its edit page for administrators. */
@Controller
class CalendarPages {

    private final Calendar calendar;
    private final Accounts accounts;
    private final FormErrors formErrors;
    private final Clock clock;

    CalendarPages(Calendar calendar, Accounts accounts, FormErrors formErrors, Clock clock) {
        this.calendar = calendar;
        this.accounts = accounts;
        this.formErrors = formErrors;
        this.clock = clock;
    }

    @GetMapping("/calendar")
    String show(@RequestParam(required = false) Integer year, Model model) {
        LocalDate today = LocalDate.now(clock);
        int shown = year == null ? today.getYear() : year;
        requireKnown(shown);
        WorkingDayCalendar current = calendar.current();
        model.addAttribute("year", shown);
        model.addAttribute("source", current.sourceOf(shown));
        model.addAttribute("version", current.version());
        model.addAttribute("holidays", current.holidays(shown));
        model.addAttribute("months", MonthGrid.year(current, shown, today));
        model.addAttribute("weekdays", List.of(DayOfWeek.values()));
        model.addAttribute("previousYear", shown > WorkingDayCalendar.FIRST_YEAR ? shown - 1 : null);
        model.addAttribute("nextYear", shown < WorkingDayCalendar.LAST_YEAR ? shown + 1 : null);
        model.addAttribute("canEdit", calendar.canEdit(accounts.currentActor()));
        return "calendar/year";
    }

    @GetMapping("/calendar/years/{year}/edit")
    String editForm(@PathVariable int year, Model model) {
        requireEditor();
        requireKnown(year);
        CalendarYear current = calendar.year(year);
        List<Holiday> daysOff = new ArrayList<>();
        List<Holiday> workingDays = new ArrayList<>();
        current.holidays().forEach(h -> (h.isDayOff() ? daysOff : workingDays).add(h));
        return form(model, year, current.source(), DayLines.format(daysOff), DayLines.format(workingDays));
    }

    @PostMapping("/calendar/years/{year}")
    String update(@PathVariable int year, @RequestParam(defaultValue = "") String daysOff,
                  @RequestParam(defaultValue = "") String workingDays, Model model, RedirectAttributes redirect) {
        requireEditor();
        requireKnown(year);
        DayLines.Parsed off = DayLines.parse("daysOff", daysOff);
        DayLines.Parsed worked = DayLines.parse("workingDays", workingDays);
        List<InvalidInput.FieldError> lineErrors = new ArrayList<>(off.errors());
        lineErrors.addAll(worked.errors());
        try {
            if (!lineErrors.isEmpty()) {
                throw new InvalidInput(lineErrors);
            }
            calendar.edit(year, new YearForm(off.days(), worked.days()), accounts.currentActor());
        } catch (InvalidInput e) {
            formErrors.addTo(model, lineErrors.isEmpty() ? DayLines.onLines(e, off, worked) : e);
            return form(model, year, calendar.year(year).source(), daysOff, workingDays);
        }
        redirect.addFlashAttribute("flash", "calendar.flash.saved");
        return "redirect:/calendar?year=" + year;
    }

    @PostMapping("/calendar/years/{year}/reset")
    String reset(@PathVariable int year, RedirectAttributes redirect) {
        requireEditor();
        requireKnown(year);
        calendar.reset(year, accounts.currentActor());
        redirect.addFlashAttribute("flash", "calendar.flash.reset");
        return "redirect:/calendar?year=" + year;
    }

    private String form(Model model, int year, ArrangementSource source, String daysOff, String workingDays) {
        model.addAttribute("year", year);
        model.addAttribute("source", source);
        model.addAttribute("daysOff", daysOff);
        model.addAttribute("workingDays", workingDays);
        return "calendar/edit";
    }

    private void requireEditor() {
        if (!calendar.canEdit(accounts.currentActor())) {
            throw new Forbidden("calendar.edit.forbidden");
        }
    }

    private static void requireKnown(int year) {
        if (year < WorkingDayCalendar.FIRST_YEAR || year > WorkingDayCalendar.LAST_YEAR) {
            throw new NotFound("calendar year", year);
        }
    }
}
