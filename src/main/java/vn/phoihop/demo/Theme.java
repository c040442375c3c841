package vn.phoihop.demo;

/** The themes (nội dung phối hợp) of the demo programs, from the leaders' expectations in DOMAIN.md §1. */
enum Theme {
    PROPAGANDA("Tuyên truyền và nắm bắt dư luận xã hội"),
    CADRES("Công tác cán bộ"),
    EMULATION("Thi đua, khen thưởng"),
    ANTI_CORRUPTION("Thực hành tiết kiệm, phòng, chống tham nhũng, lãng phí"),
    INSPECTION("Kiểm tra, giám sát"),
    COMPLAINTS("Giải quyết khiếu nại, tố cáo"),
    REFORM("Cải cách hành chính và chuyển đổi số"),
    INFORMATION("Chế độ thông tin, báo cáo");

    final String title;

    Theme(String title) {
        this.title = title;
    }
}
