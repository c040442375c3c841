package vn.phoihop.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.phoihop.tasks.Recurrence;

/** Deadline phrases of program documents: the due date is the end of the period named, or a recurrence. */
class DeadlinePhrasesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            trước ngày 30/6/2016                     | 2016-06-30 |
            Hoàn thành trước ngày 15/10              | 2016-10-15 |
            ngày 5 tháng 9 năm 2016                  | 2016-09-05 |
            Quý II/2016                              | 2016-06-30 |
            quý IV                                   | 2016-12-31 |
            Trong quý 3 năm 2017                     | 2017-09-30 |
            tháng 9/2016                             | 2016-09-30 |
            Tháng 2 năm 2016                         | 2016-02-29 |
            trong tháng 11                           | 2016-11-30 |
            6 tháng đầu năm                          | 2016-06-30 |
            sáu tháng cuối năm 2017                  | 2017-12-31 |
            9 tháng đầu năm                          | 2016-09-30 |
            Năm 2017                                 | 2017-12-31 |
            thường xuyên                             | 2016-12-31 |
            Thường xuyên, cả năm                     | 2016-12-31 |
            hằng năm                                 |            | YEARLY
            Hàng quý                                 |            | QUARTERLY
            hằng tháng                               |            | MONTHLY
            định kỳ 6 tháng                          |            | SIX_MONTHLY
            31/12/16                                 | 2016-12-31 |
            """)
    void readsTheDeadline(String phrase, LocalDate due, Recurrence recurrence) {
        DeadlinePhrases.Deadline d = DeadlinePhrases.parse(phrase, 2016).orElseThrow();
        assertThat(d.dueDate()).isEqualTo(due);
        assertThat(d.recurrence()).isEqualTo(recurrence);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            chưa xác định
            31/2/2016
            Quý V
            """)
    void findsNoDeadlineWhereThereIsNone(String phrase) {
        assertThat(DeadlinePhrases.parse(phrase, 2016)).isEmpty();
    }
}
