package vn.phoihop.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import vn.phoihop.calendar.WorkingDayCalendar;

/**
 * Every deadline rule of DOMAIN.md §7 on the real working-day calendar (2026: Tết off Sat 14/2 – Sun 22/2; Hùng Kings'
 * day Sun 26/4 with its compensatory day Mon 27/4; 30/4 and 1/5 off; 2025: make-up working Saturday 26/4).
 */
class StatutoryDeadlineTest {

    static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.standard();

    /** The seeded defaults (V85), the same values {@code CasesApiTests} reads back from the database. */
    static final List<DeadlineRule> RULES = List.of(
            rule("COMPLAINT_FIRST_ACCEPT", "acceptBy", CaseKind.COMPLAINT, CaseInstance.FIRST, 10, DayUnit.CALENDAR_DAYS, null, null, null, null, 9, 0, 0, 0),
            rule("COMPLAINT_FIRST_RESOLVE", "resolveBy", CaseKind.COMPLAINT, CaseInstance.FIRST, 30, DayUnit.CALENDAR_DAYS, 45, 45, 60, null, 29, 0, 0, 0),
            rule("COMPLAINT_FIRST_SECOND_LODGE", "secondComplaintBy", CaseKind.COMPLAINT, CaseInstance.FIRST, 30, DayUnit.CALENDAR_DAYS, 45, null, null, null, null, 0, 0, 0),
            rule("COMPLAINT_SECOND_ACCEPT", "acceptBy", CaseKind.COMPLAINT, CaseInstance.SECOND, 10, DayUnit.CALENDAR_DAYS, null, null, null, null, 9, 0, 0, 0),
            rule("COMPLAINT_SECOND_RESOLVE", "resolveBy", CaseKind.COMPLAINT, CaseInstance.SECOND, 45, DayUnit.CALENDAR_DAYS, 60, 60, 70, null, 44, 0, 0, 0),
            rule("DENUNCIATION_ACCEPT", "acceptBy", CaseKind.DENUNCIATION, null, 7, DayUnit.WORKING_DAYS, null, null, null, 10, null, 0, 0, 0),
            rule("DENUNCIATION_NOTIFY", "notifyBy", CaseKind.DENUNCIATION, null, 5, DayUnit.WORKING_DAYS, null, null, null, null, null, 0, 0, 0),
            rule("DENUNCIATION_RESOLVE", "resolveBy", CaseKind.DENUNCIATION, null, 30, DayUnit.CALENDAR_DAYS, null, null, null, null, 29, 1, 2, 30),
            rule("DENUNCIATION_REPORT", "reportBy", CaseKind.DENUNCIATION, null, 5, DayUnit.WORKING_DAYS, null, null, null, null, null, 0, 0, 0),
            rule("PETITION_ACCEPT", "acceptBy", CaseKind.PETITION, null, null, DayUnit.WORKING_DAYS, null, null, null, null, 10, 0, 0, 0),
            rule("PETITION_RESOLVE", "resolveBy", CaseKind.PETITION, null, null, DayUnit.CALENDAR_DAYS, null, null, null, null, 30, 0, 0, 0));

    static DeadlineRule rule(String code, String deadline, CaseKind kind, CaseInstance instance, Integer limit,
                             DayUnit unit, Integer remote, Integer complex, Integer remoteComplex, Integer several,
                             Integer target, int extComplex, int extVeryComplex, int extMax) {
        return new DeadlineRule(code, deadline, kind, instance, "X", limit, unit, remote, complex, remoteComplex, several,
                target, extComplex, extVeryComplex, extMax, "basis", true);
    }

    static DeadlineRule byCode(String code) {
        return RULES.stream().filter(r -> r.code().equals(code)).findFirst().orElseThrow();
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                // rule, start, remote, complexity, several places, legal date, internal target
                Arguments.of("COMPLAINT_FIRST_ACCEPT", "2026-02-02", false, Complexity.NORMAL, false, "2026-02-12", "2026-02-11"),
                Arguments.of("COMPLAINT_FIRST_ACCEPT", "2026-02-05", false, Complexity.NORMAL, false, "2026-02-23", "2026-02-23"), // ends Sun 15/2 in Tết
                Arguments.of("COMPLAINT_FIRST_ACCEPT", "2026-03-04", false, Complexity.NORMAL, false, "2026-03-16", "2026-03-13"), // ends Sat 14/3
                Arguments.of("COMPLAINT_FIRST_ACCEPT", "2025-04-16", false, Complexity.NORMAL, false, "2025-04-26", "2025-04-25"), // make-up Saturday 26/4/2025 is worked
                Arguments.of("COMPLAINT_FIRST_RESOLVE", "2026-03-02", false, Complexity.NORMAL, false, "2026-04-01", "2026-03-31"),
                Arguments.of("COMPLAINT_FIRST_RESOLVE", "2026-01-16", false, Complexity.NORMAL, false, "2026-02-23", "2026-02-23"), // Tết
                Arguments.of("COMPLAINT_FIRST_RESOLVE", "2026-03-12", false, Complexity.COMPLEX, false, "2026-04-28", "2026-04-28"), // Hùng Kings' Sun 26/4 + Mon 27/4; the target (Sat 25/4) rolls forward too
                Arguments.of("COMPLAINT_FIRST_RESOLVE", "2026-03-12", false, Complexity.VERY_COMPLEX, false, "2026-04-28", "2026-04-28"),
                Arguments.of("COMPLAINT_FIRST_RESOLVE", "2026-03-12", true, Complexity.NORMAL, false, "2026-04-28", "2026-04-28"),
                Arguments.of("COMPLAINT_FIRST_RESOLVE", "2026-02-25", true, Complexity.COMPLEX, false, "2026-04-28", "2026-04-28"),
                Arguments.of("COMPLAINT_FIRST_RESOLVE", "2026-02-26", true, Complexity.COMPLEX, false, "2026-04-28", "2026-04-28"), // ends on the compensatory Mon 27/4
                Arguments.of("COMPLAINT_FIRST_SECOND_LODGE", "2026-03-27", false, Complexity.NORMAL, false, "2026-04-28", null),
                Arguments.of("COMPLAINT_FIRST_SECOND_LODGE", "2026-03-12", true, Complexity.NORMAL, false, "2026-04-28", null),
                Arguments.of("COMPLAINT_SECOND_ACCEPT", "2026-04-16", false, Complexity.NORMAL, false, "2026-04-28", "2026-04-28"), // 26/4 → 28/4; target 25/4 Sat → 28/4
                Arguments.of("COMPLAINT_SECOND_RESOLVE", "2026-03-02", false, Complexity.NORMAL, false, "2026-04-16", "2026-04-15"),
                Arguments.of("COMPLAINT_SECOND_RESOLVE", "2026-02-25", false, Complexity.COMPLEX, false, "2026-04-28", "2026-04-28"),
                Arguments.of("COMPLAINT_SECOND_RESOLVE", "2026-02-25", true, Complexity.NORMAL, false, "2026-04-28", "2026-04-28"),
                Arguments.of("COMPLAINT_SECOND_RESOLVE", "2026-02-15", true, Complexity.COMPLEX, false, "2026-04-28", "2026-04-28"),
                Arguments.of("DENUNCIATION_ACCEPT", "2026-02-11", false, Complexity.NORMAL, false, "2026-02-27", null), // Tết not counted
                Arguments.of("DENUNCIATION_ACCEPT", "2026-02-11", false, Complexity.VERY_COMPLEX, false, "2026-02-27", null), // complexity: extensions only
                Arguments.of("DENUNCIATION_ACCEPT", "2026-04-21", false, Complexity.NORMAL, true, "2026-05-08", null), // several places; 27/4, 30/4, 1/5 off
                Arguments.of("DENUNCIATION_ACCEPT", "2026-04-18", false, Complexity.NORMAL, false, "2026-04-29", null), // received on a Saturday
                Arguments.of("DENUNCIATION_NOTIFY", "2026-04-24", false, Complexity.NORMAL, false, "2026-05-06", null),
                Arguments.of("DENUNCIATION_RESOLVE", "2026-03-27", false, Complexity.NORMAL, false, "2026-04-28", "2026-04-28"),
                Arguments.of("DENUNCIATION_RESOLVE", "2026-03-27", true, Complexity.COMPLEX, false, "2026-04-28", "2026-04-28"), // no remote/complex variant
                Arguments.of("DENUNCIATION_REPORT", "2026-04-23", false, Complexity.NORMAL, false, "2026-05-05", null),
                Arguments.of("PETITION_ACCEPT", "2026-02-11", false, Complexity.NORMAL, false, null, "2026-03-04"),
                Arguments.of("PETITION_RESOLVE", "2026-03-27", false, Complexity.NORMAL, false, null, "2026-04-28"));
    }

    @ParameterizedTest(name = "{0} from {1} remote={2} {3} severalPlaces={4} → {5}")
    @MethodSource("cases")
    void computesTheStatutoryDateThroughTheCalendar(String code, String start, boolean remote, Complexity complexity,
                                                    boolean severalPlaces, String legal, String target) {
        StatutoryDeadline d = StatutoryDeadline.compute(byCode(code), LocalDate.parse(start), remote, complexity,
                severalPlaces, CALENDAR);
        assertThat(d.dueDate()).isEqualTo(legal == null ? null : LocalDate.parse(legal));
        assertThat(d.internalTarget()).isEqualTo(target == null ? null : LocalDate.parse(target));
        assertThat(d.ruleCode()).isEqualTo(code);
        assertThat(d.calendarVersion()).isEqualTo(CALENDAR.version());
        assertThat(d.effectiveDate()).isEqualTo(legal != null ? LocalDate.parse(legal)
                : target == null ? null : LocalDate.parse(target));
    }

    @ParameterizedTest(name = "{0}: {1} extensions")
    @MethodSource("extensions")
    void allowsExtensionsOnlyAsTheLawOnDenunciationDoes(Complexity complexity, int allowed) {
        assertThat(byCode("DENUNCIATION_RESOLVE").extensionsAllowed(complexity)).isEqualTo(allowed);
        assertThat(byCode("COMPLAINT_FIRST_RESOLVE").extensionsAllowed(complexity)).isZero();
    }

    static Stream<Arguments> extensions() {
        return Stream.of(Arguments.of(Complexity.NORMAL, 0), Arguments.of(Complexity.COMPLEX, 1),
                Arguments.of(Complexity.VERY_COMPLEX, 2));
    }
}
