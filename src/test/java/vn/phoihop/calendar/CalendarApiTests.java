package vn.phoihop.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.JsonNode;

import vn.phoihop.Api;
import vn.phoihop.ApiIntegrationTest;
import vn.phoihop.OnH2;
import vn.phoihop.OnPostgres;
import vn.phoihop.audit.AuditTrail;

/**
 * The calendar over real HTTP. The database is shared with every other test class, so each test that edits
 * the calendar edits a year of its own, far from the years other modules compute with.
 */
abstract class CalendarApiTests extends ApiIntegrationTest {

    @Autowired
    Calendar calendar;

    @Autowired
    AuditTrail auditTrail;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    String admin() {
        return api.adminToken();
    }

    JsonNode ok(Api.Response r) {
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }

    LocalDate dateOf(String path, String token) {
        return LocalDate.parse(ok(api.get(path, token)).get("date").asString());
    }

    /** The field paths of a 400 answer. */
    List<String> fieldsOf(Api.Response r) {
        assertThat(r.status()).as(r.body()).isEqualTo(400);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("problem+json"));
        List<String> fields = new ArrayList<>();
        r.json().get("errors").forEach(e -> fields.add(e.get("field").asString()));
        return fields;
    }

    static Map<String, Object> day(Object date, String name) {
        Map<String, Object> day = new HashMap<>();
        day.put("date", date == null ? null : date.toString());
        day.put("name", name);
        return day;
    }

    static LocalDate firstMondayOfMarch(int year) {
        return LocalDate.of(year, 3, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY));
    }

    @Test
    void listsTheHolidaysOf2026WithTetDaysCompensatoryAndMakeUpDays() {
        var user = api.user(api.body("Văn phòng UBND tỉnh"), "FOCAL_POINT");
        JsonNode year = ok(api.get("/api/v1/calendar/holidays?year=2026", user.token()));
        assertThat(year.get("source").asString()).isEqualTo("ANNOUNCED");
        assertThat(year.get("total").asInt()).isEqualTo(year.get("items").size()).isEqualTo(16);
        Map<String, JsonNode> byDate = new HashMap<>();
        year.get("items").forEach(i -> byDate.put(i.get("date").asString(), i));
        assertThat(byDate.get("2026-02-17").propertyNames()).containsExactly("date", "name", "kind");
        assertThat(byDate.get("2026-02-17").get("name").asString()).contains("Tết").contains("mùng 1");
        for (String tet : List.of("2026-02-16", "2026-02-17", "2026-02-18", "2026-02-19", "2026-02-20")) {
            assertThat(byDate.get(tet).get("kind").asString()).as(tet).isEqualTo("HOLIDAY");
            assertThat(byDate.get(tet).get("name").asString()).as(tet).startsWith("Tết Nguyên đán");
        }
        assertThat(byDate.get("2026-01-02").get("kind").asString()).isEqualTo("COMPENSATORY");
        assertThat(byDate.get("2026-04-27").get("kind").asString()).isEqualTo("COMPENSATORY");
        assertThat(byDate.get("2026-01-10").get("kind").asString()).isEqualTo("MAKE_UP_WORKING_DAY");
        assertThat(byDate.get("2026-08-22").get("kind").asString()).isEqualTo("MAKE_UP_WORKING_DAY");
        assertThat(byDate.get("2026-09-02").get("name").asString()).isEqualTo("Quốc khánh");
    }

    @Test
    void listsStatutoryDaysOnWeekendsWithTheirCompensationUnderTheDefaultRule() {
        // 2022 is not announced: 1/1 fell on a Saturday, 30/4 on a Saturday and 1/5 on a Sunday.
        JsonNode year = ok(api.get("/api/v1/calendar/holidays?year=2022", admin()));
        assertThat(year.get("source").asString()).isEqualTo("DEFAULT_RULE");
        List<String> entries = new ArrayList<>();
        year.get("items").forEach(i -> entries.add(i.get("date").asString() + " " + i.get("kind").asString()));
        assertThat(entries).contains("2022-01-01 HOLIDAY", "2022-01-03 COMPENSATORY", "2022-04-30 HOLIDAY",
                "2022-05-01 HOLIDAY", "2022-05-02 COMPENSATORY", "2022-05-03 COMPENSATORY");
    }

    @Test
    void addsWorkingDaysAcrossTet2026AndAcrossAMakeUpSaturday() {
        String token = admin();
        assertThat(dateOf("/api/v1/calendar/add-working-days?from=2026-02-13&days=1", token))
                .isEqualTo("2026-02-23");
        assertThat(dateOf("/api/v1/calendar/add-working-days?from=2026-02-11&days=7", token))
                .isEqualTo("2026-02-27");
        assertThat(dateOf("/api/v1/calendar/add-working-days?from=2026-01-09&days=1", token))
                .isEqualTo("2026-01-10");
        assertThat(dateOf("/api/v1/calendar/add-working-days?from=2026-08-21&days=2", token))
                .isEqualTo("2026-08-24");
        assertThat(dateOf("/api/v1/calendar/add-working-days?from=2026-08-28&days=1", token))
                .isEqualTo("2026-09-03");
        assertThat(dateOf("/api/v1/calendar/add-working-days?from=2026-03-02&days=0", token))
                .isEqualTo("2026-03-02");
    }

    @Test
    void addsCalendarDaysRollingAPeriodEndingOnAWeekendOrHolidayToTheNextWorkingDay() {
        String token = admin();
        assertThat(dateOf("/api/v1/calendar/add-days?from=2026-03-02&days=3", token)).isEqualTo("2026-03-05");
        assertThat(dateOf("/api/v1/calendar/add-days?from=2026-03-02&days=5", token)).isEqualTo("2026-03-09");
        assertThat(dateOf("/api/v1/calendar/add-days?from=2026-02-06&days=10", token)).isEqualTo("2026-02-23");
        assertThat(dateOf("/api/v1/calendar/add-days?from=2026-04-20&days=10", token)).isEqualTo("2026-05-04");
        // The make-up Saturday is a working day: a period may end on it.
        assertThat(dateOf("/api/v1/calendar/add-days?from=2026-08-12&days=10", token)).isEqualTo("2026-08-22");
    }

    @Test
    void tellsWhetherADayIsWorked() {
        String token = admin();
        JsonNode tet = ok(api.get("/api/v1/calendar/working-day?date=2026-02-17", token));
        assertThat(tet.get("date").asString()).isEqualTo("2026-02-17");
        assertThat(tet.get("working").asBoolean()).isFalse();
        assertThat(tet.get("version").asLong()).isGreaterThanOrEqualTo(0);
        assertThat(ok(api.get("/api/v1/calendar/working-day?date=2026-01-10", token)).get("working").asBoolean()).isTrue();
        assertThat(ok(api.get("/api/v1/calendar/working-day?date=2026-03-07", token)).get("working").asBoolean()).isFalse();
        assertThat(ok(api.get("/api/v1/calendar/working-day?date=2026-02-24", token)).get("working").asBoolean()).isTrue();
    }

    @Test
    void anAdministratorsEditMakesANewVersionThatChangesTheAnswersWhileTheOldVersionKeepsItsOwn() {
        int year = 2091;
        LocalDate monday = firstMondayOfMarch(year);
        LocalDate friday = monday.minusDays(3);
        LocalDate saturday = monday.minusDays(2);
        String token = admin();
        long before = ok(api.get("/api/v1/calendar/holidays?year=" + year, token)).get("version").asLong();
        assertThat(dateOf("/api/v1/calendar/add-working-days?from=" + friday + "&days=1", token)).isEqualTo(monday);

        var put = api.put("/api/v1/calendar/years/" + year, token, Map.of(
                "daysOff", List.of(day(LocalDate.of(year, 1, 1), "Tết Dương lịch"), day(monday, "  Nghỉ hoán đổi  ")),
                "workingDays", List.of(day(saturday, "Làm bù cho thứ Hai"))));
        JsonNode edited = ok(put);
        long version = edited.get("version").asLong();
        assertThat(version).isGreaterThan(before);
        assertThat(edited.get("source").asString()).isEqualTo("ADMINISTRATOR");
        assertThat(edited.get("total").asInt()).isEqualTo(3);
        List<String> entries = new ArrayList<>();
        edited.get("items").forEach(i -> entries.add(i.get("date").asString() + " " + i.get("kind").asString()
                + " " + i.get("name").asString()));
        assertThat(entries).containsExactly(year + "-01-01 HOLIDAY Tết Dương lịch",
                saturday + " MAKE_UP_WORKING_DAY Làm bù cho thứ Hai", monday + " COMPENSATORY Nghỉ hoán đổi");

        assertThat(ok(api.get("/api/v1/calendar/working-day?date=" + monday, token)).get("working").asBoolean()).isFalse();
        assertThat(ok(api.get("/api/v1/calendar/working-day?date=" + saturday, token)).get("working").asBoolean()).isTrue();
        assertThat(dateOf("/api/v1/calendar/add-working-days?from=" + friday + "&days=1", token)).isEqualTo(saturday);
        assertThat(dateOf("/api/v1/calendar/add-working-days?from=" + saturday + "&days=1", token))
                .isEqualTo(monday.plusDays(1));

        // Computed with the version before the edit, the answers stay as they were.
        assertThat(dateOf("/api/v1/calendar/add-working-days?from=" + friday + "&days=1&version=" + before, token))
                .isEqualTo(monday);
        assertThat(calendar.addWorkingDays(friday, 1, before)).isEqualTo(monday);
        assertThat(calendar.addDays(friday, 1, before)).isEqualTo(monday);
        assertThat(calendar.isWorkingDay(monday, before)).isTrue();
        assertThat(calendar.addWorkingDays(friday, 1, version)).isEqualTo(saturday);
        assertThat(calendar.holidays(year)).hasSize(3);
        assertThat(calendar.year(year, before).source()).isEqualTo(ArrangementSource.DEFAULT_RULE);

        // The edit is in the version list and in the audit trail, with who made it.
        JsonNode versions = ok(api.get("/api/v1/calendar/versions", token));
        JsonNode latest = null;
        for (JsonNode v : versions.get("items")) {
            if (v.get("version").asLong() == version) {
                latest = v;
            }
        }
        assertThat(latest).isNotNull();
        assertThat(latest.get("year").asInt()).isEqualTo(year);
        assertThat(latest.get("createdBy").asString()).isEqualTo("admin");
        assertThat(latest.get("restoresDefault").asBoolean()).isFalse();
        var audit = auditTrail.history("calendar", version);
        assertThat(audit).hasSize(1);
        assertThat(audit.get(0).actor()).isEqualTo("admin");
        assertThat(audit.get(0).action()).isEqualTo("CREATE");
        assertThat(audit.get(0).changes()).anySatisfy(c -> {
            assertThat(c.field()).isEqualTo("editedYear");
            assertThat(c.after()).isEqualTo(year);
        });
        assertThat(audit.get(0).changes()).anySatisfy(c -> {
            assertThat(c.field()).isEqualTo("days");
            assertThat(c.after().toString()).contains(monday + " COMPENSATORY Nghỉ hoán đổi");
        });
    }

    @Test
    void namesADayOffAStatutoryHolidayWhenTheLabourCodeHasOneThatDay() {
        int year = 2092;
        LocalDate nationalDay = LocalDate.of(year, 9, 2);
        LocalDate adjacent = LocalDate.of(year, 9, 3);
        JsonNode edited = ok(api.put("/api/v1/calendar/years/" + year, admin(), Map.of("daysOff", List.of(
                day(nationalDay, "Quốc khánh"), day(adjacent, "Quốc khánh (ngày liền kề)"),
                Map.of("date", LocalDate.of(year, 9, 4).toString(), "name", "Ngày nghỉ thêm", "kind", "HOLIDAY")))));
        List<String> kinds = new ArrayList<>();
        edited.get("items").forEach(i -> kinds.add(i.get("kind").asString()));
        assertThat(kinds).containsExactly("HOLIDAY", "COMPENSATORY", "HOLIDAY");
    }

    @Test
    void returnsAYearToTheShippedCalendarAsANewVersionAndLeavesAnUneditedYearAlone() {
        int year = 2093;
        String token = admin();
        JsonNode original = ok(api.get("/api/v1/calendar/holidays?year=" + year, token));
        long edited = ok(api.put("/api/v1/calendar/years/" + year, token,
                Map.of("daysOff", List.of(day(firstMondayOfMarch(year), "Nghỉ thử"))))).get("version").asLong();

        JsonNode reset = ok(api.send("DELETE", "/api/v1/calendar/years/" + year, token, null, null));
        assertThat(reset.get("version").asLong()).isGreaterThan(edited);
        assertThat(reset.get("source").asString()).isEqualTo("DEFAULT_RULE");
        assertThat(reset.get("items")).isEqualTo(original.get("items"));
        assertThat(ok(api.get("/api/v1/calendar/working-day?date=" + firstMondayOfMarch(year), token))
                .get("working").asBoolean()).isTrue();

        JsonNode again = ok(api.send("DELETE", "/api/v1/calendar/years/" + year, token, null, null));
        assertThat(again.get("version").asLong()).isEqualTo(reset.get("version").asLong());
        assertThat(calendar.year(year, edited).source()).isEqualTo(ArrangementSource.ADMINISTRATOR);
    }

    @Test
    void seesAVersionSavedByAnotherNodeOnTheNextCall() {
        int year = 2096;
        LocalDate monday = firstMondayOfMarch(year);
        assertThat(calendar.isWorkingDay(monday)).isTrue();
        // Another node's edit: straight into the tables, past this node's cache.
        long next = calendar.version() + 1;
        jdbc.update("insert into calendar_version (id, edited_year, restores_default, created_by, created_at)"
                + " values (?, ?, false, 'other-node', ?)", next, year, Timestamp.from(Instant.now()));
        jdbc.update("insert into calendar_version_day (calendar_version_id, day_date, kind, name)"
                + " values (?, ?, 'COMPENSATORY', 'Nghỉ')", next, monday);
        assertThat(calendar.version()).isEqualTo(next);
        assertThat(calendar.isWorkingDay(monday)).isFalse();
        assertThat(ok(api.get("/api/v1/calendar/working-day?date=" + monday, admin())).get("working").asBoolean())
                .isFalse();
        assertThat(calendar.isWorkingDay(monday, next - 1)).isTrue();
        assertThat(calendar.current().version()).isEqualTo(next);
    }

    @Test
    void refusesAnEditRacingAnotherNodesEditForTheSameVersionNumber() throws Exception {
        int year = 2099;
        long next = calendar.version() + 1;
        CountDownLatch inserted = new CountDownLatch(1);
        ExecutorService otherNode = Executors.newSingleThreadExecutor();
        try {
            Future<?> otherEdit = otherNode.submit(() -> new TransactionTemplate(transactions).executeWithoutResult(s -> {
                jdbc.update("insert into calendar_version (id, edited_year, restores_default, created_by, created_at)"
                        + " values (?, ?, false, 'other-node', ?)", next, year, Timestamp.from(Instant.now()));
                inserted.countDown();
                // Hold the uncommitted version while this node's edit takes the same number.
                try {
                    Thread.sleep(1500);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }));
            assertThat(inserted.await(10, TimeUnit.SECONDS)).isTrue();
            var put = api.put("/api/v1/calendar/years/" + year, admin(),
                    Map.of("daysOff", List.of(day(LocalDate.of(year, 1, 1), "Tết Dương lịch"))));
            otherEdit.get(10, TimeUnit.SECONDS);
            assertThat(put.status()).as(put.body()).isEqualTo(409);
        } finally {
            otherNode.shutdownNow();
        }
        assertThat(calendar.version()).isEqualTo(next);
        assertThat(calendar.holidays(year)).isEmpty();
    }

    @Test
    void refusesEditsFromAnyoneButAnAdministratorBeforeLookingAtTheBody() {
        var focal = api.user(api.body("Sở Nội vụ"), "FOCAL_POINT", "SECRETARIAT", "LEADER");
        long version = calendar.version();
        var put = api.put("/api/v1/calendar/years/2094", focal.token(),
                Map.of("daysOff", List.of(day(LocalDate.of(2094, 1, 1), "Tết Dương lịch"))));
        assertThat(put.status()).as(put.body()).isEqualTo(403);
        assertThat(put.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("problem+json"));
        assertThat(api.put("/api/v1/calendar/years/2094", focal.token(), "{not json").status()).isEqualTo(403);
        assertThat(api.send("DELETE", "/api/v1/calendar/years/2094", focal.token(), null, null).status()).isEqualTo(403);
        assertThat(calendar.version()).isEqualTo(version);
        assertThat(ok(api.get("/api/v1/calendar/holidays?year=2094", focal.token())).get("source").asString())
                .isEqualTo("DEFAULT_RULE");
    }

    @Test
    void answersOnlySignedInCallers() {
        assertThat(api.get("/api/v1/calendar/working-day?date=2026-02-17", null).status()).isEqualTo(401);
        assertThat(api.get("/api/v1/calendar/holidays?year=2026", "not-a-token").status()).isEqualTo(401);
    }

    @Test
    void refusesAnInvalidYearListNamingEachFieldAndSavesNothing() {
        int year = 2095;
        long version = calendar.version();
        LocalDate monday = firstMondayOfMarch(year);
        List<Object> daysOff = new ArrayList<>();
        daysOff.add(day(LocalDate.of(year, 1, 1), "Tết Dương lịch"));
        daysOff.add(day(monday, " "));
        daysOff.add(day(LocalDate.of(year + 1, 1, 1), "Năm sau"));
        daysOff.add(day(LocalDate.of(year, 1, 1), "Lặp lại"));
        daysOff.add(day(null, "Không ngày"));
        daysOff.add(Map.of("date", monday.plusDays(1).toString(), "name", "Sai loại", "kind", "MAKE_UP_WORKING_DAY"));
        var r = api.put("/api/v1/calendar/years/" + year, admin(), Map.of("daysOff", daysOff,
                "workingDays", List.of(day(monday.plusDays(2), "Thứ Tư"), day(monday.minusDays(1), null))));
        assertThat(fieldsOf(r)).containsExactlyInAnyOrder("daysOff[1].name", "daysOff[2].date", "daysOff[3].date",
                "daysOff[4].date", "daysOff[5].kind", "workingDays[0].date", "workingDays[1].name");
        assertThat(calendar.version()).isEqualTo(version);
        assertThat(calendar.year(year).source()).isEqualTo(ArrangementSource.DEFAULT_RULE);
    }

    @Test
    void refusesUnreadableValuesMissingListsAndYearsOutsideTheCalendar() {
        String token = admin();
        var badDate = api.put("/api/v1/calendar/years/2095", token, "{\"daysOff\":[{\"date\":\"2095-01-01\",\"name\":\"A\"},"
                + "{\"date\":\"2095-01-02\",\"name\":\"B\"},{\"date\":\"2095-02-30\",\"name\":\"C\"}]}");
        assertThat(fieldsOf(badDate)).containsExactly("daysOff[2].date");
        var badKind = api.put("/api/v1/calendar/years/2095", token,
                "{\"daysOff\":[{\"date\":\"2095-01-01\",\"name\":\"A\",\"kind\":\"PARTY\"}]}");
        assertThat(fieldsOf(badKind)).containsExactly("daysOff[0].kind");
        assertThat(api.put("/api/v1/calendar/years/2095", token, "{not json").status()).isEqualTo(400);
        assertThat(fieldsOf(api.put("/api/v1/calendar/years/2095", token, Map.of("workingDays", List.of()))))
                .containsExactly("daysOff");
        assertThat(fieldsOf(api.put("/api/v1/calendar/years/2095", token, null))).containsExactly("daysOff");
        assertThat(fieldsOf(api.put("/api/v1/calendar/years/1989", token, Map.of("daysOff", List.of()))))
                .containsExactly("year");
        assertThat(fieldsOf(api.put("/api/v1/calendar/years/2101", token, Map.of("daysOff", List.of()))))
                .containsExactly("year");
        assertThat(fieldsOf(api.put("/api/v1/calendar/years/abc", token, Map.of("daysOff", List.of()))))
                .containsExactly("year");
        assertThat(fieldsOf(api.send("DELETE", "/api/v1/calendar/years/1989", token, null, null)))
                .containsExactly("year");
    }

    @Test
    void refusesMissingAndInvalidParameters() {
        String token = admin();
        assertThat(fieldsOf(api.get("/api/v1/calendar/holidays", token))).containsExactly("year");
        assertThat(fieldsOf(api.get("/api/v1/calendar/holidays?year=2101", token))).containsExactly("year");
        assertThat(fieldsOf(api.get("/api/v1/calendar/holidays?year=nam", token))).containsExactly("year");
        assertThat(fieldsOf(api.get("/api/v1/calendar/add-working-days?days=3", token))).containsExactly("from");
        assertThat(fieldsOf(api.get("/api/v1/calendar/add-working-days?from=2026-02-13", token))).containsExactly("days");
        assertThat(fieldsOf(api.get("/api/v1/calendar/add-working-days?from=13/02/2026&days=1", token)))
                .containsExactly("from");
        assertThat(fieldsOf(api.get("/api/v1/calendar/add-working-days?from=2026-02-13&days=-1", token)))
                .containsExactly("days");
        assertThat(fieldsOf(api.get("/api/v1/calendar/add-working-days?from=2026-02-13&days=100000", token)))
                .containsExactly("days");
        assertThat(fieldsOf(api.get("/api/v1/calendar/add-days?from=2026-02-13&days=-5", token))).containsExactly("days");
        assertThat(fieldsOf(api.get("/api/v1/calendar/add-days?from=1989-12-31&days=5", token))).containsExactly("from");
        assertThat(fieldsOf(api.get("/api/v1/calendar/add-days?from=2100-12-30&days=5", token))).containsExactly("days");
        assertThat(fieldsOf(api.get("/api/v1/calendar/working-day", token))).containsExactly("date");
        assertThat(fieldsOf(api.get("/api/v1/calendar/working-day?date=2026-02-30", token))).containsExactly("date");
        assertThat(fieldsOf(api.get("/api/v1/calendar/working-day?date=2026-02-17&version=-1", token)))
                .containsExactly("version");
        assertThat(fieldsOf(api.get("/api/v1/calendar/working-day?date=2026-02-17&version=" + (calendar.version() + 1000),
                token))).containsExactly("version");
    }

    @Test
    void explainsRefusalsInTheCallersLanguage() {
        var vi = api.get("/api/v1/calendar/add-days?from=2026-02-13&days=-1", admin());
        assertThat(vi.json().get("detail").asString()).isEqualTo("Số ngày phải từ 0 trở lên.");
        var en = api.send("GET", "/api/v1/calendar/add-days?from=2026-02-13&days=-1", admin(), null, "en");
        assertThat(en.json().get("detail").asString()).isEqualTo("The number of days must be 0 or more.");
    }
}

@OnH2
class CalendarApiOnH2Test extends CalendarApiTests {
}

@OnPostgres
class CalendarApiOnPostgresTest extends CalendarApiTests {
}
