package vn.phoihop.demo;

import static vn.phoihop.organizations.OrganizationKind.OTHER;
import static vn.phoihop.organizations.OrganizationKind.PARTY_BOARD;
import static vn.phoihop.organizations.OrganizationKind.PARTY_COMMITTEE;
import static vn.phoihop.organizations.OrganizationKind.PEOPLES_COMMITTEE;
import static vn.phoihop.organizations.OrganizationKind.SPECIALIST_AGENCY;

import java.time.LocalDate;
import java.util.List;

import vn.phoihop.organizations.OrganizationKind;
import vn.phoihop.organizations.SuccessorRelation;

/**
 * The bodies of the demo province, in the order they are registered: a successor or parent comes before the bodies
 * that point to it. The 2025 reorganisation is real (DOMAIN.md §6): Propaganda and Mass Mobilization merged from
 * 1 March 2025, the Party personnel committee of the People's Committee became its Party committee from 1 July.
 */
enum Body {
    TINH_UY("Tỉnh ủy " + Body.PROVINCE, "Tỉnh ủy", PARTY_COMMITTEE, null, "Tỉnh ủy", "TU"),
    BTC("Ban Tổ chức Tỉnh ủy", "BTC Tỉnh ủy", PARTY_BOARD, TINH_UY, "BTC Tỉnh ủy", "BTCTU", "Ban Tổ chức"),
    BTGDV("Ban Tuyên giáo và Dân vận Tỉnh ủy", "BTGDV Tỉnh ủy", PARTY_BOARD, TINH_UY,
            date(2025, 3, 1), null, null, null, "BTGDV Tỉnh ủy", "BTGDVTU", "Ban Tuyên giáo và Dân vận"),
    BTG("Ban Tuyên giáo Tỉnh ủy", "BTG Tỉnh ủy", PARTY_BOARD, TINH_UY,
            null, date(2025, 2, 28), BTGDV, SuccessorRelation.MERGED_INTO, "BTG Tỉnh ủy", "BTGTU"),
    BDV("Ban Dân vận Tỉnh ủy", "BDV Tỉnh ủy", PARTY_BOARD, TINH_UY,
            null, date(2025, 2, 28), BTGDV, SuccessorRelation.MERGED_INTO, "BDV Tỉnh ủy", "BDVTU"),
    BNC("Ban Nội chính Tỉnh ủy", "BNC Tỉnh ủy", PARTY_BOARD, TINH_UY, "BNC Tỉnh ủy", "BNCTU", "Ban Nội chính"),
    UBKT("Ủy ban Kiểm tra Tỉnh ủy", "UBKT Tỉnh ủy", PARTY_BOARD, TINH_UY, "UBKT Tỉnh ủy", "UBKTTU",
            "Ủy ban Kiểm tra"),
    VPTU("Văn phòng Tỉnh ủy", "VP Tỉnh ủy", PARTY_BOARD, TINH_UY, "VP Tỉnh ủy", "VPTU"),
    UBND("Ủy ban nhân dân tỉnh " + Body.PROVINCE, "UBND tỉnh", PEOPLES_COMMITTEE, null, "UBND tỉnh",
            "Ủy ban nhân dân tỉnh"),
    DU_UBND("Đảng ủy UBND tỉnh", "ĐU UBND tỉnh", PARTY_COMMITTEE, TINH_UY,
            date(2025, 7, 1), null, null, null, "Đảng ủy Ủy ban nhân dân tỉnh"),
    BCS_UBND("Ban cán sự Đảng UBND tỉnh", "BCSĐ UBND tỉnh", PARTY_COMMITTEE, TINH_UY,
            null, date(2025, 6, 30), DU_UBND, SuccessorRelation.RENAMED, "Ban cán sự đảng Ủy ban nhân dân tỉnh",
            "BCSĐ UBND tỉnh"),
    VP_UBND("Văn phòng UBND tỉnh", "VP UBND tỉnh", SPECIALIST_AGENCY, UBND, "VP UBND tỉnh",
            "Văn phòng Ủy ban nhân dân tỉnh"),
    SNV("Sở Nội vụ", "SNV", SPECIALIST_AGENCY, UBND, "SNV"),
    TTT("Thanh tra tỉnh", "TTr tỉnh", SPECIALIST_AGENCY, UBND, "Thanh tra tỉnh " + Body.PROVINCE, "TTT"),
    STP("Sở Tư pháp", "STP", SPECIALIST_AGENCY, UBND, "STP"),
    STC("Sở Tài chính", "STC", SPECIALIST_AGENCY, UBND, "STC"),
    SVHTTDL("Sở Văn hóa, Thể thao và Du lịch", "Sở VHTTDL", SPECIALIST_AGENCY, UBND, "Sở VHTTDL"),
    SGDDT("Sở Giáo dục và Đào tạo", "Sở GDĐT", SPECIALIST_AGENCY, UBND, "Sở GDĐT"),
    SYT("Sở Y tế", "SYT", SPECIALIST_AGENCY, UBND, "SYT"),
    SKHCN("Sở Khoa học và Công nghệ", "Sở KHCN", SPECIALIST_AGENCY, UBND, "Sở KHCN"),
    SNNMT("Sở Nông nghiệp và Môi trường", "Sở NNMT", SPECIALIST_AGENCY, UBND,
            date(2025, 3, 1), null, null, null, "Sở NNMT"),
    SXD("Sở Xây dựng", "SXD", SPECIALIST_AGENCY, UBND, "SXD"),
    CA("Công an tỉnh", "CA tỉnh", OTHER, null, "CA tỉnh", "Công an tỉnh " + Body.PROVINCE);

    /** A real province so the data reads true; every person in it is invented. */
    static final String PROVINCE = "Quảng Ninh";

    final String fullName;
    final String shortName;
    final OrganizationKind kind;
    final Body parent;
    final LocalDate validFrom;
    final LocalDate validTo;
    final Body successor;
    final SuccessorRelation relation;
    final List<String> aliases;

    Body(String fullName, String shortName, OrganizationKind kind, Body parent, String... aliases) {
        this(fullName, shortName, kind, parent, null, null, null, null, aliases);
    }

    Body(String fullName, String shortName, OrganizationKind kind, Body parent, LocalDate validFrom,
         LocalDate validTo, Body successor, SuccessorRelation relation, String... aliases) {
        this.fullName = fullName;
        this.shortName = shortName;
        this.kind = kind;
        this.parent = parent;
        this.validFrom = validFrom;
        this.validTo = validTo;
        this.successor = successor;
        this.relation = relation;
        this.aliases = List.of(aliases);
    }

    boolean isActiveOn(LocalDate day) {
        return (validFrom == null || !day.isBefore(validFrom)) && (validTo == null || !day.isAfter(validTo));
    }

    private static LocalDate date(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }
}
