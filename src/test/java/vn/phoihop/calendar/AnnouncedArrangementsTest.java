package vn.phoihop.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class AnnouncedArrangementsTest {

    private final Map<Integer, List<Holiday>> shipped = AnnouncedArrangements.shipped();
    private final VietnameseLunarCalendar lunarCalendar = new VietnameseLunarCalendar();

    @Test
    void shipsTheArrangementsOf2024To2026() {
        assertThat(shipped).containsKeys(2024, 2025, 2026);
    }

    @Test
    void listsTheElevenStatutoryHolidaysOfEveryAnnouncedYear() {
        shipped.forEach((year, holidays) -> assertThat(holidays)
                .as("statutory holidays of %d", year)
                .filteredOn(holiday -> holiday.kind() == HolidayKind.HOLIDAY)
                .hasSize(11));
    }

    @Test
    void putsTetOnTheLunarNewYearComputedForEveryAnnouncedYear() {
        shipped.forEach((year, holidays) -> assertThat(holidays)
                .as("Tết %d", year)
                .contains(new Holiday(lunarCalendar.newYear(year), "Tết Nguyên đán (mùng 1)", HolidayKind.HOLIDAY)));
    }

    @Test
    void pairsEverySwappedDayOffWithAMakeUpWorkingDay() {
        shipped.forEach((year, holidays) -> assertThat(holidays
                .stream().filter(holiday -> holiday.name().startsWith("Nghỉ hoán đổi")).count())
                .as("swaps of %d", year)
                .isEqualTo(holidays.stream().filter(holiday -> !holiday.isDayOff()).count()));
    }

    @Test
    void keepsTheFileInNfc() throws IOException {
        try (InputStream in = getClass().getResourceAsStream(AnnouncedArrangements.RESOURCE)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertThat(Normalizer.isNormalized(text, Normalizer.Form.NFC)).isTrue();
        }
    }

    @Test
    void readsNamesContainingCommas() throws IOException {
        Map<Integer, List<Holiday>> years = read("""
                # a comment
                date,kind,name
                2027-11-24,HOLIDAY,Ngày Văn hóa Việt Nam, năm đầu tiên
                """);

        assertThat(years).containsOnlyKeys(2027);
        assertThat(years.get(2027)).containsExactly(
                new Holiday(LocalDate.of(2027, 11, 24), "Ngày Văn hóa Việt Nam, năm đầu tiên", HolidayKind.HOLIDAY));
    }

    @Test
    void namesTheLineOfAMalformedRow() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> read("date,kind,name\n2027-01-01,HOLIDAY,Tết Dương lịch\n2027-02-30,HOLIDAY,X\n"))
                .withMessageStartingWith("test.csv line 3:");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> read("date,kind,name\n2027-01-01,DAY_OFF,Tết Dương lịch\n"))
                .withMessageStartingWith("test.csv line 2:");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> read("date,kind,name\n2027-01-01,HOLIDAY\n"))
                .withMessage("test.csv line 2: expected date,kind,name");
    }

    @Test
    void refusesADayListedTwice() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> read("date,kind,name\n2027-01-01,HOLIDAY,A\n2027-01-01,COMPENSATORY,B\n"))
                .withMessage("test.csv line 3: 2027-01-01 is listed twice");
    }

    @Test
    void refusesAFileWithoutItsHeader() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> read("2027-01-01,HOLIDAY,Tết Dương lịch\n"))
                .withMessageContaining("expected the header");
    }

    @Test
    void refusesAMakeUpWorkingDayOnAWeekday() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> read("date,kind,name\n2027-01-04,MAKE_UP_WORKING_DAY,Làm bù\n"))
                .withMessageContaining("Saturday or Sunday");
    }

    private static Map<Integer, List<Holiday>> read(String csv) throws IOException {
        return AnnouncedArrangements.read(new StringReader(csv), "test.csv");
    }
}
