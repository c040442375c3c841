package vn.phoihop.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.phoihop.documents.DocumentModel.Issuer;
import vn.phoihop.documents.DocumentModel.Layout;
import vn.phoihop.shared.InvalidInput;

/** The written forms of the official layout: date line, number and symbol, issuer abbreviations, file names. */
class OfficialFormsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "2026-02-05 | Quảng Ninh, ngày 05 tháng 02 năm 2026",
            "2026-01-31 | Quảng Ninh, ngày 31 tháng 01 năm 2026",
            "2026-03-09 | Quảng Ninh, ngày 09 tháng 3 năm 2026",
            "2026-09-10 | Quảng Ninh, ngày 10 tháng 9 năm 2026",
            "2026-12-01 | Quảng Ninh, ngày 01 tháng 12 năm 2026"})
    void theDateLineHasLeadingZerosForDaysBelowTenAndForJanuaryAndFebruaryOnly(LocalDate day, String line) {
        assertThat(DocumentModel.dateLine("Quảng Ninh", day)).isEqualTo(line);
    }

    static DocumentModel model(Layout layout, String number, String symbol, List<Issuer> issuers, String type) {
        return new DocumentModel(layout, issuers, number, symbol, type, "BÁO CÁO", "Trích yếu", "Quảng Ninh",
                LocalDate.of(2026, 2, 5), List.of(), List.of(), List.of());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "STATE | 5   | BC  | UBND       | Số: 05/BC-UBND",
            "STATE | 123 | BC  | UBND       | Số: 123/BC-UBND",
            "STATE |     | BC  | UBND       | 'Số:     /BC-UBND'",
            "PARTY | 18  | NQ  | TU         | Số 18-NQ/TU",
            "PARTY | 7   | BC  | BTCTU      | Số 07-BC/BTCTU",
            "PARTY |     | BC  | BTCTU      | 'Số     -BC/BTCTU'",
            "STATE | 1   | CTr | BCSĐ,BTCTU | Số: 01/CTr-BCSĐ-BTCTU",
            "PARTY | 1   | CTr | BCSĐ,BTCTU | Số 01-CTr/BCSĐ-BTCTU"})
    void theNumberLineFollowsEachLayout(Layout layout, String number, String type, String abbreviations,
                                        String line) {
        List<Issuer> issuers = java.util.Arrays.stream(abbreviations.split(","))
                .map(a -> new Issuer(null, "Cơ quan " + a, a)).toList();
        assertThat(model(layout, number, null, issuers, type).numberLine()).isEqualTo(line);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "STATE | Số: 12/CTr-UBND",
            "PARTY | Số 12/CTr-UBND"})
    void aStoredNumberAndSymbolIsPrintedAsItIs(Layout layout, String line) {
        assertThat(model(layout, null, "12/CTr-UBND", List.of(new Issuer(null, "UBND", "UBND")), "CTr").numberLine())
                .isEqualTo(line);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "BTC Tỉnh ủy          | BTCTU",
            "Tỉnh ủy              | TU",
            "UBND tỉnh            | UBND",
            "Sở Nội vụ            | SNV",
            "Sở VHTTDL            | SVHTTDL",
            "TTr tỉnh             | TTr",
            "Ban Tổ chức Tỉnh ủy  | BTCTU",
            "Đảng ủy UBND tỉnh    | ĐUUBND",
            "BCSĐ UBND tỉnh       | BCSĐUBND"})
    void anIssuersSymbolIsAbbreviatedFromItsShortName(String shortName, String abbreviation) {
        assertThat(Issuer.abbreviate(shortName)).isEqualTo(abbreviation);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Báo cáo sơ kết 6 tháng 12.pdf | Bao-cao-so-ket-6-thang-12.pdf | B%C3%A1o%20c%C3%A1o%20s%C6%A1%20k%E1%BA%BFt%206%20th%C3%A1ng%2012.pdf",
            "Sổ theo dõi quá hạn đ.xlsx    | So-theo-doi-qua-han-d.xlsx    | S%E1%BB%95%20theo%20d%C3%B5i%20qu%C3%A1%20h%E1%BA%A1n%20%C4%91.xlsx"})
    void downloadsNameTheFileInAsciiAndInUtf8(String name, String ascii, String encoded) {
        assertThat(Download.contentDisposition(name))
                .isEqualTo("attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded);
    }

    @ParameterizedTest
    @CsvSource({"5', 1=1", "05a", "1234567", "-1"})
    void anEnteredNumberHasDigitsOnly(String raw) {
        assertThatThrownBy(() -> DocumentExports.number(raw)).isInstanceOf(InvalidInput.class);
    }
}
