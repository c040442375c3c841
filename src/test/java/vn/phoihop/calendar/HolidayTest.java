package vn.phoihop.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.text.Normalizer;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class HolidayTest {

    @Test
    void storesNamesTypedInDecomposedFormInNfc() {
        String decomposed = Normalizer.normalize("Nghỉ bù Quốc khánh", Normalizer.Form.NFD);

        Holiday holiday = new Holiday(LocalDate.of(2029, 9, 3), " " + decomposed + " ", HolidayKind.COMPENSATORY);

        assertThat(holiday.name()).isEqualTo("Nghỉ bù Quốc khánh");
    }

    @Test
    void refusesABlankName() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Holiday(LocalDate.of(2029, 9, 3), " ", HolidayKind.COMPENSATORY));
    }

    @Test
    void acceptsAMakeUpWorkingDayOnlyOnASaturdayOrSunday() {
        assertThat(new Holiday(LocalDate.of(2025, 4, 26), "Làm bù", HolidayKind.MAKE_UP_WORKING_DAY).isDayOff())
                .isFalse();
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Holiday(LocalDate.of(2025, 4, 25), "Làm bù", HolidayKind.MAKE_UP_WORKING_DAY))
                .withMessageContaining("FRIDAY");
    }
}
