package vn.phoihop.calendar;

import java.time.LocalDate;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import vn.phoihop.accounts.Accounts;
import vn.phoihop.shared.Page;

/**
 * Working days over HTTP. Every computation answers with the calendar version it used and takes an optional
 * {@code version} to compute as an earlier version did.
 */
@RestController
@RequestMapping("/api/v1/calendar")
class CalendarApi {

    record YearAnswer(int year, ArrangementSource source, long version, List<Item> items, long total) {

        static YearAnswer of(CalendarYear y) {
            List<Item> items = y.holidays().stream().map(h -> new Item(h.date(), h.name(), h.kind())).toList();
            return new YearAnswer(y.year(), y.source(), y.version(), items, items.size());
        }
    }

    record Item(LocalDate date, String name, HolidayKind kind) {
    }

    record DateAnswer(LocalDate date, long version) {
    }

    record WorkingDayAnswer(LocalDate date, boolean working, long version) {
    }

    private final Calendar calendar;
    private final Accounts accounts;
    private final JsonMapper json;

    CalendarApi(Calendar calendar, Accounts accounts, JsonMapper json) {
        this.calendar = calendar;
        this.accounts = accounts;
        this.json = json;
    }

    @GetMapping("/holidays")
    YearAnswer holidays(@RequestParam int year, @RequestParam(required = false) Long version) {
        return YearAnswer.of(calendar.year(year, versionOr(version)));
    }

    @GetMapping("/add-working-days")
    DateAnswer addWorkingDays(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                              @RequestParam int days, @RequestParam(required = false) Long version) {
        long v = versionOr(version);
        return new DateAnswer(calendar.addWorkingDays(from, days, v), v);
    }

    @GetMapping("/add-days")
    DateAnswer addDays(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                       @RequestParam int days, @RequestParam(required = false) Long version) {
        long v = versionOr(version);
        return new DateAnswer(calendar.addDays(from, days, v), v);
    }

    @GetMapping("/working-day")
    WorkingDayAnswer workingDay(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
                                @RequestParam(required = false) Long version) {
        long v = versionOr(version);
        return new WorkingDayAnswer(date, calendar.isWorkingDay(date, v), v);
    }

    @GetMapping("/versions")
    Page<CalendarVersionSummary> versions(@RequestParam(required = false) Integer page,
                                          @RequestParam(required = false) Integer size) {
        return Page.of(calendar.versions(), page, size);
    }

    // The body is read only after the role check, so that a refusal (403) precedes a bad body (400).
    @PutMapping("/years/{year}")
    @PreAuthorize("hasRole('ADMIN')")
    YearAnswer update(@PathVariable int year, @RequestBody(required = false) String body, HttpServletRequest request) {
        YearForm form;
        try {
            form = body == null || body.isBlank() ? null : json.readValue(body, YearForm.class);
        } catch (JacksonException e) {
            throw new HttpMessageNotReadableException(e.getOriginalMessage(), e, new ServletServerHttpRequest(request));
        }
        return YearAnswer.of(calendar.edit(year, form, accounts.currentActor()));
    }

    @DeleteMapping("/years/{year}")
    @PreAuthorize("hasRole('ADMIN')")
    YearAnswer reset(@PathVariable int year) {
        return YearAnswer.of(calendar.reset(year, accounts.currentActor()));
    }

    private long versionOr(Long version) {
        return version != null ? version : calendar.version();
    }
}
