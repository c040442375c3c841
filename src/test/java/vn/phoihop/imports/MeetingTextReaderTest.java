package vn.phoihop.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.phoihop.meetings.MeetingKind;

/**
 * The meeting text reader on reports in several styles: a newspaper report of a signing (Báo Quảng Ninh), formal
 * minutes (Biên bản, Lào Cai), an announcement of conclusions (Thông báo kết luận), a Báo Lào Cai report of a
 * year-end review with signing, a Báo Quảng Ninh report of a six-month review.
 */
class MeetingTextReaderTest {

    static String text(String name) {
        try (InputStream in = MeetingTextReaderTest.class.getResourceAsStream("/imports/meetings/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static MeetingDraft read(String name) {
        return MeetingTextReader.read(text(name), null);
    }

    static MeetingDraft.Person person(String name, String... positions) {
        return new MeetingDraft.Person(name, List.of(positions));
    }

    static MeetingDraft.DocumentReference doc(String kind, String number) {
        return new MeetingDraft.DocumentReference(kind, number);
    }

    @Test
    void readsANewspaperReportOfASigningWithAPartialDateAndConcurrentPositions() {
        MeetingDraft d = read("bao-quang-ninh-ky-ket.txt");
        assertThat(d.heldOn()).isEqualTo(LocalDate.of(2016, 3, 1));
        assertThat(d.kind()).isEqualTo(MeetingKind.SIGNING);
        assertThat(d.programYear()).isEqualTo(2016);
        assertThat(d.title()).startsWith("Hội nghị ký kết chương trình phối hợp công tác");
        assertThat(d.chair()).isEqualTo(person("Đặng Huy Hậu", "Ủy viên Ban Thường vụ Tỉnh ủy",
                "Phó Chủ tịch Thường trực UBND tỉnh"));
        assertThat(d.directing()).containsExactly(person("Nguyễn Văn Đọc", "Bí thư Tỉnh ủy", "Chủ tịch HĐND tỉnh"));
        assertThat(d.speakers()).extracting(MeetingDraft.Person::fullName).containsExactly("Nguyễn Văn Đọc");
        assertThat(d.parties()).containsExactly("Ban cán sự Đảng UBND tỉnh", "Các ban xây dựng Đảng");
        assertThat(d.documents()).containsExactly(doc("Nghị quyết", "18-NQ/TU"), doc("Đề án", "25"),
                doc("Nghị quyết", "08"));
        assertThat(d.reviewIntervalMonths()).isEqualTo(6);
        assertThat(d.directions()).hasSize(2);
        assertThat(d.directions().get(0)).startsWith("Các cơ quan tiếp tục cụ thể hóa chương trình phối hợp");
        assertThat(d.directions().get(1)).startsWith("Các sở, ngành chủ động tham mưu");
        assertThat(d.evidence()).containsKeys("heldOn", "kind", "chair", "directing", "documents",
                "reviewIntervalMonths", "directions");
        assertThat(d.evidence().get("chair")).contains("chủ trì hội nghị");
    }

    @Test
    void readsFormalMinutesWithDashedPositionsAndBulletedRequests() {
        MeetingDraft d = read("bien-ban-lao-cai.txt");
        assertThat(d.heldOn()).as("the meeting's day, not the minutes' date").isEqualTo(LocalDate.of(2017, 2, 24));
        assertThat(d.kind()).isEqualTo(MeetingKind.SIGNING);
        assertThat(d.programYear()).isEqualTo(2017);
        assertThat(d.chair()).isEqualTo(person("Đặng Xuân Phong", "Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh"));
        assertThat(d.directing()).containsExactly(person("Nguyễn Văn Vịnh", "Ủy viên Trung ương Đảng",
                "Bí thư Tỉnh ủy"));
        assertThat(d.speakers()).extracting(MeetingDraft.Person::fullName).contains("Lý Văn Sơn", "Đặng Xuân Phong")
                .doesNotContain("Lê Thị Hoa");
        assertThat(d.documents()).containsExactly(doc("Kết luận", "12-KL/TU"), doc("Chỉ thị", "05-CT/TW"));
        assertThat(d.reviewIntervalMonths()).isEqualTo(6);
        assertThat(d.directions()).hasSize(3);
        assertThat(d.directions().get(2)).startsWith("Các cơ quan gửi báo cáo kết quả thực hiện");
    }

    @Test
    void readsAnAnnouncementOfConclusionsWithNumberedConclusions() {
        MeetingDraft d = read("thong-bao-ket-luan.txt");
        assertThat(d.heldOn()).isEqualTo(LocalDate.of(2018, 7, 20));
        assertThat(d.kind()).isEqualTo(MeetingKind.SIX_MONTH_REVIEW);
        assertThat(d.programYear()).isEqualTo(2018);
        assertThat(d.chair()).isEqualTo(person("Đỗ Thị Hoàng", "Phó Bí thư Thường trực Tỉnh ủy",
                "Trưởng Đoàn đại biểu Quốc hội tỉnh"));
        assertThat(d.directing()).isEmpty();
        assertThat(d.parties()).containsExactly("Ban cán sự Đảng UBND tỉnh", "Các ban xây dựng Đảng của Tỉnh ủy");
        assertThat(d.documents()).containsExactly(doc("Nghị quyết", "08"), doc("Quy định", "08-QĐi/TU"));
        assertThat(d.directions()).hasSize(4);
        assertThat(d.directions().get(2)).startsWith("Giao Ban Nội chính Tỉnh ủy chủ trì");
    }

    @Test
    void readsANewspaperReportWherePositionsComeBeforeTheName() {
        MeetingDraft d = read("bao-lao-cai-tong-ket.txt");
        assertThat(d.heldOn()).isEqualTo(LocalDate.of(2017, 2, 15));
        assertThat(d.kind()).as("a year-end review that signs the next program").isEqualTo(MeetingKind.SIGNING);
        assertThat(d.programYear()).isEqualTo(2017);
        assertThat(d.directing()).containsExactly(person("Nguyễn Văn Vịnh", "Bí thư Tỉnh ủy"));
        assertThat(d.chair()).isEqualTo(person("Đặng Xuân Phong", "Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh"));
        assertThat(d.speakers()).extracting(MeetingDraft.Person::fullName).containsExactly("Nguyễn Văn Vịnh");
        assertThat(d.parties()).containsExactly("Ban cán sự Đảng UBND tỉnh", "Các ban xây dựng Đảng của Tỉnh ủy");
        assertThat(d.documents()).containsExactly(doc("Chỉ thị", "05-CT/TU"), doc("Kế hoạch", "37-KH/TU"));
        assertThat(d.reviewIntervalMonths()).isEqualTo(6);
        assertThat(d.directions()).anySatisfy(x -> assertThat(x).startsWith("Các sở, ngành phải bám sát"));
    }

    @Test
    void readsASixMonthReviewReportChairedThroughDo() {
        MeetingDraft d = read("bao-quang-ninh-so-ket.txt");
        assertThat(d.heldOn()).isEqualTo(LocalDate.of(2014, 7, 12));
        assertThat(d.kind()).isEqualTo(MeetingKind.SIX_MONTH_REVIEW);
        assertThat(d.directing()).containsExactly(person("Phạm Minh Chính", "Bí thư Tỉnh ủy"));
        assertThat(d.chair()).isEqualTo(person("Nguyễn Văn Đọc", "Phó Bí thư Thường trực Tỉnh ủy",
                "Chủ tịch HĐND tỉnh"));
        assertThat(d.speakers()).extracting(MeetingDraft.Person::fullName).contains("Vũ Văn Diện", "Phạm Minh Chính");
        assertThat(d.parties()).containsExactly("Ban cán sự Đảng UBND tỉnh", "Đảng đoàn HĐND tỉnh",
                "Các ban xây dựng Đảng");
        assertThat(d.reviewIntervalMonths()).as("'sơ kết 6 tháng' names the review, it is no rule").isNull();
        assertThat(d.directions()).containsExactly(
                "Sở Nội vụ phối hợp với Ban Tổ chức Tỉnh ủy hoàn thành đề án vị trí việc làm trong tháng 9/2014");
    }

    @Test
    void readsDecomposedTextAsComposed() {
        String nfd = Normalizer.normalize(text("bao-quang-ninh-ky-ket.txt"), Normalizer.Form.NFD);
        MeetingDraft d = MeetingTextReader.read(nfd, null);
        assertThat(d).isEqualTo(read("bao-quang-ninh-ky-ket.txt"));
        assertThat(d.chair().fullName()).isEqualTo("Đặng Huy Hậu");
    }

    @Test
    void takesTheYearGivenWhenTheTextHasNone() {
        MeetingDraft d = MeetingTextReader.read("Chiều 1/3, đồng chí Trần Văn Minh, Phó Chủ tịch UBND tỉnh chủ trì "
                + "cuộc họp giao ban.", 2021);
        assertThat(d.heldOn()).isEqualTo(LocalDate.of(2021, 3, 1));
        assertThat(d.kind()).isEqualTo(MeetingKind.REGULAR);
        assertThat(d.chair()).isEqualTo(person("Trần Văn Minh", "Phó Chủ tịch UBND tỉnh"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            triển khai Nghị quyết số 18 của Tỉnh ủy                 | Nghị quyết | 18
            theo Nghị quyết 08 về phòng chống suy thoái              | Nghị quyết | 08
            thực hiện Đề án 25 của tỉnh                              | Đề án      | 25
            quán triệt Kết luận số 12-KL/TU ngày 5/1/2016            | Kết luận   | 12-KL/TU
            thực hiện Chỉ thị 05-CT/TW của Bộ Chính trị              | Chỉ thị    | 05-CT/TW
            theo Quyết định số 41/2020/QĐ-UBND của UBND tỉnh         | Quyết định | 41/2020/QĐ-UBND
            """)
    void recognisesDocumentsInTheirUsualForms(String sentence, String kind, String number) {
        assertThat(MeetingTextReader.read("Hội nghị " + sentence + ".", 2016).documents())
                .containsExactly(doc(kind, number));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Ít nhất 6 tháng các bên tổ chức sơ kết 1 lần.                 | 6
            Định kỳ 3 tháng một lần, các bên họp đánh giá kết quả.         | 3
            Các bên thống nhất cứ sáu tháng sơ kết một lần.               | 6
            Hội nghị sơ kết 6 tháng đầu năm diễn ra sáng nay.             |
            """)
    void readsTheReviewRule(String sentence, Integer months) {
        assertThat(MeetingTextReader.read(sentence, 2016).reviewIntervalMonths()).isEqualTo(months);
    }
}
