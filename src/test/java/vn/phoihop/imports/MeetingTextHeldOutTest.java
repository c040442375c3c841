package vn.phoihop.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.junit.jupiter.api.Test;

import vn.phoihop.meetings.MeetingKind;

/**
 * A text written after the rules were finished, in a style none of the others has (Báo Tuyên Quang: 'Ngày 18-7-2019',
 * two co-chairs joined by 'và … đồng chủ trì', three concurrent positions, positions before the name in the closing
 * speech). Each field is compared with what a reader would write down; the fields the rules got wrong when the text
 * was first run are listed in {@link #MISSED} (and in the report), the others must stay right.
 */
class MeetingTextHeldOutTest {

    /** Fields the rules got wrong on the first run, left as they were to keep the score honest. */
    static final List<String> MISSED = List.of("chair");

    @Test
    void readsAStyleTheRulesWereNotWrittenFor() {
        MeetingDraft d = MeetingTextReaderTest.read("held-out-bao-tuyen-quang.txt");
        List<String> right = new ArrayList<>();
        List<String> wrong = new ArrayList<>();
        check("heldOn", d.heldOn(), LocalDate.of(2019, 7, 18), right, wrong);
        check("kind", d.kind(), MeetingKind.SIX_MONTH_REVIEW, right, wrong);
        check("programYear", d.programYear(), 2019, right, wrong);
        check("chair", d.chair(), new MeetingDraft.Person("Phạm Minh Huấn", List.of("Phó Bí thư Tỉnh ủy",
                "Chủ tịch UBND tỉnh", "Bí thư Ban cán sự đảng UBND tỉnh")), right, wrong);
        check("directing", d.directing(), List.of(), right, wrong);
        check("speakers", d.speakers().stream().map(MeetingDraft.Person::fullName).toList(), List.of("Phạm Minh Huấn"),
                right, wrong);
        check("parties", d.parties(), List.of("Ban cán sự đảng UBND tỉnh", "Các ban Đảng"), right, wrong);
        check("documents", d.documents().stream().map(MeetingDraft.DocumentReference::label).toList(),
                List.of("Kết luận 21-KL/TW", "Nghị quyết 39-NQ/TW", "Nghị quyết 18-NQ/TW"), right, wrong);
        check("reviewIntervalMonths", d.reviewIntervalMonths(), 6, right, wrong);
        check("directions", d.directions().size() == 2 && d.directions().get(0).startsWith(
                "Các cơ quan tập trung thực hiện tốt các nhiệm vụ 6 tháng cuối năm")
                && d.directions().get(1).startsWith("Các bên duy trì chế độ thông tin"), true, right, wrong);
        System.out.println("Held-out text: right " + right + ", wrong " + wrong + "\n" + d);
        assertThat(wrong).as("fields that went wrong since the first run").isSubsetOf(MISSED);
    }

    private static void check(String field, Object got, Object expected, List<String> right, List<String> wrong) {
        (Objects.equals(got, expected) ? right : wrong).add(field);
    }
}
