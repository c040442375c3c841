package vn.phoihop.demo;

import static vn.phoihop.demo.Body.BCS_UBND;
import static vn.phoihop.demo.Body.BDV;
import static vn.phoihop.demo.Body.BNC;
import static vn.phoihop.demo.Body.BTC;
import static vn.phoihop.demo.Body.BTG;
import static vn.phoihop.demo.Body.BTGDV;
import static vn.phoihop.demo.Body.CA;
import static vn.phoihop.demo.Body.DU_UBND;
import static vn.phoihop.demo.Body.SGDDT;
import static vn.phoihop.demo.Body.SKHCN;
import static vn.phoihop.demo.Body.SNNMT;
import static vn.phoihop.demo.Body.SNV;
import static vn.phoihop.demo.Body.STC;
import static vn.phoihop.demo.Body.STP;
import static vn.phoihop.demo.Body.SVHTTDL;
import static vn.phoihop.demo.Body.SXD;
import static vn.phoihop.demo.Body.SYT;
import static vn.phoihop.demo.Body.TTT;
import static vn.phoihop.demo.Body.UBKT;
import static vn.phoihop.demo.Body.VPTU;
import static vn.phoihop.demo.Body.VP_UBND;
import static vn.phoihop.demo.Theme.ANTI_CORRUPTION;
import static vn.phoihop.demo.Theme.CADRES;
import static vn.phoihop.demo.Theme.COMPLAINTS;
import static vn.phoihop.demo.Theme.EMULATION;
import static vn.phoihop.demo.Theme.INFORMATION;
import static vn.phoihop.demo.Theme.INSPECTION;
import static vn.phoihop.demo.Theme.PROPAGANDA;
import static vn.phoihop.demo.Theme.REFORM;

import java.time.LocalDate;
import java.util.List;

import vn.phoihop.demo.PlannedTask.Builder;
import vn.phoihop.demo.PlannedTask.PlannedReport;

/**
 * The key tasks (nhiệm vụ trọng tâm) of the demo programs. This year's dates are relative to the load day; the
 * outcome method of each task names the status it shows then. Last year's are dated in last year.
 */
final class DemoTasks {

    private static final String DONE = "Đã hoàn thành; sản phẩm đã gửi Văn phòng Tỉnh ủy tổng hợp, báo cáo Thường trực "
            + "Tỉnh ủy.";

    private DemoTasks() {
    }

    static List<PlannedTask> thisYear(LoadDay day) {
        int y = day.year();
        return List.of(
                // --- Tuyên truyền và nắm bắt dư luận xã hội
                task(day, PROPAGANDA, "Tuyên truyền kết quả thực hiện Nghị quyết của Ban Chấp hành Đảng bộ tỉnh về "
                        + "nhiệm vụ năm " + y)
                        .lead(BTGDV).with(VP_UBND).advisedBy(SVHTTDL).inPublic()
                        .output("Kế hoạch tuyên truyền; chuyên trang, chuyên mục trên Báo và Đài Phát thanh - "
                                + "Truyền hình tỉnh")
                        .doneOnTime(240, 10, "Đã mở 04 chuyên mục, đăng 126 tin, bài; tổ chức 02 hội nghị quán "
                                + "triệt cho báo cáo viên."),
                task(day, PROPAGANDA, "Nắm bắt, tổng hợp tình hình tư tưởng cán bộ, đảng viên và dư luận xã hội; "
                        + "định hướng thông tin kịp thời")
                        .lead(BTGDV).with(CA, SVHTTDL)
                        .description("Thực hiện thường xuyên; báo cáo nhanh khi có vụ việc nổi cộm được dư luận quan tâm.")
                        .output("Báo cáo tình hình dư luận xã hội hằng tháng")
                        .ongoing(6, 80, "Đã tổng hợp 10 báo cáo dư luận xã hội hằng tháng; 03 báo cáo nhanh về các "
                                + "vụ việc liên quan đến đất đai."),
                task(day, PROPAGANDA, "Tuyên truyền triển khai Đề án 25 của Tỉnh ủy về phát triển kinh tế - xã hội "
                        + "vùng đồng bào dân tộc thiểu số và miền núi")
                        .lead(BTGDV).with(SNNMT, SVHTTDL)
                        .output("Tài liệu tuyên truyền; 02 hội nghị báo cáo viên chuyên đề")
                        .doneLate(150, 12, "Đã phát hành 5.000 tài liệu hỏi - đáp; hội nghị chuyên đề thứ hai lùi "
                                + "lịch do trùng kỳ họp Hội đồng nhân dân tỉnh."),
                task(day, PROPAGANDA, "Tổ chức Hội nghị báo cáo viên cấp tỉnh hằng quý")
                        .lead(BTGDV).with(VP_UBND)
                        .output("Hội nghị báo cáo viên; tài liệu sinh hoạt chi bộ")
                        .quarterly(),
                task(day, PROPAGANDA, "Tuyên truyền kỷ niệm các ngày lễ lớn, sự kiện quan trọng của đất nước và của "
                        + "tỉnh năm " + y)
                        .lead(BTGDV).with(SVHTTDL, SGDDT).inPublic()
                        .output("Hướng dẫn tuyên truyền; cụm pa-nô, áp phích; chương trình nghệ thuật")
                        .inProgress(25, 10, 80, "Đã tổ chức tuyên truyền 08/10 sự kiện theo hướng dẫn; đang chuẩn bị "
                                + "các hoạt động cuối năm."),
                task(day, PROPAGANDA, "Đấu tranh phản bác các quan điểm sai trái, thù địch trên không gian mạng")
                        .lead(BTGDV).with(CA, SKHCN)
                        .output("Báo cáo kết quả đấu tranh; số tin, bài phản bác")
                        .overdue(40, 60, "Đã đăng 215 tin, bài phản bác; chưa tổng hợp được số liệu của các cơ quan "
                                + "báo chí."),

                // --- Công tác cán bộ
                task(day, CADRES, "Rà soát, bổ sung quy hoạch cán bộ lãnh đạo, quản lý các cấp nhiệm kỳ tiếp theo")
                        .lead(BTC).with(DU_UBND, UBKT).advisedBy(SNV).high()
                        .output("Tờ trình và danh sách quy hoạch trình Ban Thường vụ Tỉnh ủy")
                        .inProgress(20, 8, 70, "Đã hoàn thành rà soát quy hoạch diện Ban Thường vụ quản lý; các sở, "
                                + "ngành đang hoàn thiện hồ sơ.")
                        .subTask(task(day, CADRES, "Rà soát quy hoạch cán bộ diện Ban Thường vụ Tỉnh ủy quản lý")
                                .lead(BTC).with(UBKT)
                                .output("Danh sách quy hoạch diện Ban Thường vụ Tỉnh ủy quản lý")
                                .doneOnTime(60, 5, "Đã trình Ban Thường vụ Tỉnh ủy cho ý kiến danh sách quy hoạch."))
                        .subTask(task(day, CADRES, "Rà soát quy hoạch lãnh đạo các sở, ban, ngành thuộc UBND tỉnh")
                                .lead(SNV).with(BTC)
                                .output("Danh sách quy hoạch lãnh đạo các sở, ban, ngành")
                                .inProgress(15, 7, 70, "Đã nhận hồ sơ của 9/12 sở, ngành; đang thẩm định.")),
                task(day, CADRES, "Thẩm định nhân sự bổ nhiệm, giới thiệu ứng cử các chức danh lãnh đạo sở, ngành")
                        .lead(BTC).with(SNV, UBKT)
                        .output("Văn bản thẩm định nhân sự")
                        .doneOnTime(120, 3, "Đã thẩm định 14 trường hợp, bảo đảm đúng quy trình."),
                task(day, CADRES, "Triển khai đánh giá, xếp loại chất lượng cán bộ, công chức, viên chức năm " + y
                        + " theo Nghị định 335/2025/NĐ-CP")
                        .lead(SNV).with(BTC, VP_UBND)
                        .output("Hướng dẫn đánh giá; báo cáo kết quả xếp loại")
                        .notStarted(30),
                task(day, CADRES, "Sắp xếp, kiện toàn tổ chức bộ máy các cơ quan chuyên môn sau hợp nhất")
                        .lead(SNV).with(BTC, VP_UBND).high()
                        .output("Quyết định quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức")
                        .doneLate(210, 25, "Đã ban hành quyết định đối với 12/12 cơ quan; chậm do chờ thông tư "
                                + "hướng dẫn của các bộ."),
                task(day, CADRES, "Đào tạo, bồi dưỡng cán bộ trẻ, cán bộ nữ, cán bộ người dân tộc thiểu số")
                        .lead(BTC).with(SNV, SGDDT)
                        .output("Kế hoạch đào tạo; danh sách học viên")
                        .deadlineMoved(20, 25, "Chờ Trung ương ban hành khung chương trình bồi dưỡng mới", 12, 50,
                                "Đã lập danh sách 120 học viên; chờ khung chương trình để mở lớp."),
                task(day, CADRES, "Xây dựng Quy chế phối hợp trong công tác quản lý cán bộ giữa Ban Tổ chức Tỉnh ủy "
                        + "và Sở Nội vụ")
                        .lead(BTC).with(SNV)
                        .output("Quy chế phối hợp được ký ban hành")
                        .doneOnTime(270, 5, "Quy chế đã được hai cơ quan ký ban hành."),

                // --- Thi đua, khen thưởng
                task(day, EMULATION, "Phát động phong trào thi đua yêu nước năm " + y)
                        .lead(SNV).with(BTGDV, VP_UBND)
                        .output("Kế hoạch phát động thi đua")
                        .doneOnTime(290, 7, "UBND tỉnh đã ban hành kế hoạch; lễ phát động tổ chức đúng kế hoạch."),
                task(day, EMULATION, "Sơ kết 6 tháng phong trào thi đua, đề xuất khen thưởng đột xuất")
                        .lead(SNV).with(VP_UBND)
                        .output("Báo cáo sơ kết; tờ trình khen thưởng đột xuất")
                        .doneOnTime(140, 2, "Đã trình khen thưởng đột xuất 06 tập thể, 11 cá nhân."),
                task(day, EMULATION, "Rà soát, đề xuất khen thưởng tập thể, cá nhân có thành tích xuất sắc trong "
                        + "thực hiện Chương trình phối hợp")
                        .lead(SNV).with(VPTU, BTC)
                        .output("Tờ trình đề nghị Bằng khen của Chủ tịch UBND tỉnh")
                        .notStarted(28),
                task(day, EMULATION, "Đổi mới tiêu chí chấm điểm thi đua gắn với kết quả thực hiện nhiệm vụ")
                        .lead(SNV).with(VPTU, VP_UBND)
                        .output("Bộ tiêu chí chấm điểm thi đua")
                        .overdue(50, 40, "Đã có dự thảo bộ tiêu chí; đang lấy ý kiến các cụm, khối thi đua."),
                task(day, EMULATION, "Tổng kết công tác thi đua, khen thưởng năm " + y)
                        .lead(SNV).with(VP_UBND, BTGDV)
                        .output("Báo cáo tổng kết; hồ sơ đề nghị Cờ thi đua của UBND tỉnh")
                        .notStarted(35),

                // --- Thực hành tiết kiệm, phòng, chống tham nhũng, lãng phí
                task(day, ANTI_CORRUPTION, "Theo dõi, đôn đốc xử lý các vụ việc, vụ án tham nhũng, kinh tế thuộc "
                        + "diện Ban Thường vụ Tỉnh ủy theo dõi, chỉ đạo")
                        .lead(BNC).with(CA, TTT).high()
                        .output("Báo cáo định kỳ kết quả xử lý từng vụ việc")
                        .inProgress(20, 5, 75, "Đã kết thúc điều tra 05/7 vụ án; 02 vụ đang trưng cầu giám định."),
                task(day, ANTI_CORRUPTION, "Thanh tra trách nhiệm thực hiện pháp luật về phòng, chống tham nhũng tại "
                        + "một số sở, ngành")
                        .lead(TTT).with(BNC, STC)
                        .output("Kết luận thanh tra")
                        .doneLate(100, 20, "Đã ban hành kết luận thanh tra tại 03 sở; chậm do phải bổ sung xác minh."),
                task(day, ANTI_CORRUPTION, "Xây dựng Chương trình thực hành tiết kiệm, chống lãng phí năm " + y)
                        .lead(STC).with(VP_UBND, BNC)
                        .output("Chương trình thực hành tiết kiệm, chống lãng phí của UBND tỉnh")
                        .doneOnTime(280, 10, "UBND tỉnh đã ban hành Chương trình."),
                task(day, ANTI_CORRUPTION, "Rà soát, xử lý tài sản công, trụ sở dôi dư sau sắp xếp bộ máy")
                        .lead(STC).with(SXD, SNV).high()
                        .output("Phương án xử lý trụ sở, tài sản dôi dư")
                        .overdue(25, 55, "Đã rà soát 87 cơ sở nhà, đất; còn 23 cơ sở chưa có phương án.")
                        .direction("Sở Tài chính khẩn trương hoàn thiện phương án, không để trụ sở dôi dư xuống cấp, "
                                + "gây lãng phí tài sản công."),
                task(day, ANTI_CORRUPTION, "Kiểm soát tài sản, thu nhập của người có chức vụ, quyền hạn")
                        .lead(TTT).with(BNC, UBKT)
                        .output("Báo cáo kết quả kê khai, xác minh tài sản, thu nhập")
                        .doneOnTime(30, 4, "Đã xác minh 45 bản kê khai theo kế hoạch."),

                // --- Kiểm tra, giám sát
                task(day, INSPECTION, "Kiểm tra, giám sát việc thực hiện Quy chế làm việc của Đảng ủy UBND tỉnh")
                        .lead(UBKT).with(DU_UBND, VPTU)
                        .output("Thông báo kết quả giám sát")
                        .doneOnTime(110, 6, "Đã ban hành thông báo kết quả giám sát."),
                task(day, INSPECTION, "Giám sát chuyên đề việc thực hiện các kết luận thanh tra, kiểm toán")
                        .lead(UBKT).with(TTT, STC)
                        .output("Báo cáo kết quả giám sát chuyên đề")
                        .inProgress(30, 12, 60, "Đã giám sát tại 04/6 đơn vị."),
                task(day, INSPECTION, "Kiểm tra việc thực hiện Nghị quyết về phòng ngừa suy thoái tư tưởng chính "
                        + "trị, đạo đức, lối sống trong cán bộ, đảng viên")
                        .lead(UBKT).with(BTC, BTGDV)
                        .output("Báo cáo kết quả kiểm tra")
                        .cancelled(day.ahead(20), "Nội dung đã lồng ghép vào Kế hoạch kiểm tra của Ban Thường vụ "
                                + "Tỉnh ủy; không tổ chức riêng để tránh chồng chéo."),
                task(day, INSPECTION, "Giám sát việc mua sắm thiết bị, vật tư y tế tại Sở Y tế")
                        .lead(UBKT).with(SYT, STC)
                        .output("Thông báo kết quả giám sát")
                        .doneLate(70, 9, "Đã ban hành thông báo kết quả giám sát, kiến nghị 04 nội dung."),
                task(day, INSPECTION, "Xây dựng và triển khai Kế hoạch kiểm tra, giám sát năm " + y
                        + " của Đảng ủy UBND tỉnh")
                        .lead(DU_UBND).with(UBKT)
                        .output("Kế hoạch kiểm tra, giám sát")
                        .doneOnTime(300, 8, "Kế hoạch đã được ban hành và triển khai."),

                // --- Giải quyết khiếu nại, tố cáo
                task(day, COMPLAINTS, "Giải quyết dứt điểm các vụ việc khiếu nại, tố cáo đông người, phức tạp, kéo dài")
                        .lead(TTT).with(BNC, CA, SNNMT).high()
                        .output("Báo cáo kết quả giải quyết từng vụ việc")
                        .overdue(45, 70, "Đã giải quyết dứt điểm 07/10 vụ việc; 03 vụ liên quan đất đai đang đối "
                                + "thoại lần hai.")
                        .direction("Đề nghị Thanh tra tỉnh chủ trì, phối hợp Công an tỉnh rà soát từng vụ việc còn "
                                + "lại, báo cáo Thường trực Tỉnh ủy trước kỳ họp tới."),
                task(day, COMPLAINTS, "Kiểm tra, giám sát việc giải quyết khiếu nại, tố cáo của công dân tại các sở, "
                        + "ngành")
                        .lead(BNC).with(TTT, UBKT).inPublic()
                        .output("Báo cáo kết quả kiểm tra, giám sát")
                        .inProgress(35, 9, 45, "Đã kiểm tra tại 03/7 sở, ngành theo kế hoạch."),
                task(day, COMPLAINTS, "Tổ chức tiếp công dân định kỳ của Bí thư Tỉnh ủy và Chủ tịch UBND tỉnh")
                        .lead(VP_UBND).with(VPTU, TTT).inPublic()
                        .output("Thông báo kết luận tiếp công dân")
                        .doneOnTime(75, 1, "Đã tổ chức các buổi tiếp công dân định kỳ; 100% thông báo kết luận "
                                + "được ban hành đúng hạn."),
                task(day, COMPLAINTS, "Rà soát, cập nhật Cơ sở dữ liệu quốc gia về khiếu nại, tố cáo")
                        .lead(TTT).with(SKHCN)
                        .output("Dữ liệu được cập nhật đầy đủ")
                        .notStarted(22),
                task(day, COMPLAINTS, "Tập huấn nghiệp vụ tiếp công dân, xử lý đơn thư cho cán bộ cấp xã")
                        .lead(TTT).with(STP, SNV)
                        .output("Lớp tập huấn")
                        .cancelled(day.ahead(10), "Ghép với lớp tập huấn của Thanh tra Chính phủ tổ chức tại tỉnh."),

                // --- Cải cách hành chính và chuyển đổi số
                task(day, REFORM, "Triển khai phần mềm theo dõi thực hiện nhiệm vụ của Chương trình phối hợp")
                        .lead(VPTU).with(SKHCN, VP_UBND).inPublic()
                        .output("Phần mềm vận hành; tài khoản cho các cơ quan")
                        .doneEarly(10, 3, "Phần mềm đã vận hành; các cơ quan đã được cấp tài khoản.")
                        .direction("Đề nghị các cơ quan cập nhật tiến độ trên phần mềm trước ngày 25 hằng tháng."),
                task(day, REFORM, "Số hóa hồ sơ, tài liệu lưu trữ của các cơ quan Đảng và chính quyền cấp tỉnh")
                        .lead(VPTU).with(SNV, SKHCN)
                        .output("Cơ sở dữ liệu tài liệu lưu trữ số")
                        .inProgress(30, 14, 65, "Đã số hóa 65% khối lượng hồ sơ theo kế hoạch."),
                task(day, REFORM, "Nâng cao Chỉ số cải cách hành chính (PAR Index) và Chỉ số hài lòng (SIPAS) của tỉnh")
                        .lead(SNV).with(VP_UBND, STP)
                        .output("Báo cáo phân tích chỉ số; giải pháp khắc phục")
                        .doneLate(160, 15, "Đã ban hành kế hoạch khắc phục các chỉ số thành phần giảm điểm."),
                task(day, REFORM, "Rà soát, đơn giản hóa thủ tục hành chính trong lĩnh vực đất đai, xây dựng")
                        .lead(VP_UBND).with(SNNMT, SXD, STP)
                        .output("Quyết định công bố danh mục thủ tục hành chính được đơn giản hóa")
                        .deadlineMoved(10, 30, "Văn bản quy định chi tiết Luật Đất đai sửa đổi có hiệu lực; phải rà "
                                + "soát lại toàn bộ danh mục thủ tục", 4, 40, "Đã rà soát 48/112 thủ tục."),
                task(day, REFORM, "Kết nối, chia sẻ dữ liệu văn bản điện tử giữa các cơ quan Đảng và chính quyền")
                        .lead(SKHCN).with(VPTU, VP_UBND)
                        .output("Kết nối liên thông văn bản điện tử")
                        .notStarted(18),

                // --- Chế độ thông tin, báo cáo
                task(day, INFORMATION, "Báo cáo sơ kết 6 tháng thực hiện Chương trình phối hợp")
                        .lead(VPTU).with(VP_UBND, BTC, BTGDV).inPublic()
                        .output("Báo cáo sơ kết 6 tháng")
                        .doneOnTime(150, 3, "Báo cáo sơ kết đã trình Hội nghị sơ kết 6 tháng."),
                task(day, INFORMATION, "Báo cáo tổng kết năm " + y + " thực hiện Chương trình phối hợp, đề xuất "
                        + "Chương trình năm " + (y + 1))
                        .lead(VPTU).with(VP_UBND, BTC, BTGDV, BNC)
                        .output("Báo cáo tổng kết; dự thảo Chương trình phối hợp năm " + (y + 1))
                        .notStarted(33),
                task(day, INFORMATION, "Cung cấp thông tin định kỳ về tình hình kinh tế - xã hội, quốc phòng - an ninh "
                        + "phục vụ lãnh đạo Tỉnh ủy")
                        .lead(VP_UBND).with(CA, STC)
                        .output("Báo cáo tình hình kinh tế - xã hội, quốc phòng - an ninh")
                        .overdue(12, 0, null),
                task(day, INFORMATION, "Cập nhật danh bạ đầu mối phối hợp và quy trình trao đổi thông tin giữa các bên")
                        .lead(VPTU).with(VP_UBND)
                        .output("Danh bạ đầu mối; quy trình trao đổi thông tin")
                        .doneOnTime(250, 4, "Đã gửi danh bạ và quy trình đến các bên."))
                .stream().map(Builder::build).toList();
    }

    /**
     * Reports on the occurrences of the quarterly task: each past quarter done (the second one late), the current one
     * not yet.
     */
    static List<PlannedReport> quarterlyReports(LoadDay day, int index, LocalDate due) {
        if (!due.isBefore(day.today())) {
            return List.of();
        }
        LocalDate on = index == 2 ? day.after(due, 6) : day.before(due, 2);
        return List.of(new PlannedReport(on, 100, "Đã tổ chức hội nghị báo cáo viên quý " + index
                + "; thông tin chuyên đề gửi các chi bộ.", true));
    }

    /**
     * Last year's tasks: mostly done on time, some late. Before 1 March 2025 propaganda and mass mobilization were two
     * boards, so who leads those tasks depends on when the program was signed.
     */
    static List<PlannedTask> lastYear(int year, LocalDate signedOn) {
        LoadDay past = new LoadDay(LocalDate.of(year, 12, 31));
        boolean separateBoards = BTG.isActiveOn(signedOn);
        Body propaganda = separateBoards ? BTG : BTGDV;
        Body massMobilization = separateBoards ? BDV : BTGDV;
        return List.of(
                task(past, PROPAGANDA, "Tuyên truyền Nghị quyết của Ban Chấp hành Đảng bộ tỉnh về nhiệm vụ năm " + year)
                        .lead(propaganda).with(SVHTTDL)
                        .output("Kế hoạch tuyên truyền")
                        .due(LocalDate.of(year, 2, 25)).complete(LocalDate.of(year, 2, 20), DONE),
                task(past, PROPAGANDA, "Nắm bắt dư luận xã hội trước, trong và sau Tết Nguyên đán")
                        .lead(massMobilization).with(CA)
                        .output("Báo cáo tình hình dư luận xã hội dịp Tết")
                        .due(LocalDate.of(year, 2, 28)).complete(LocalDate.of(year, 2, 14), DONE),
                task(past, CADRES, "Thẩm định nhân sự giới thiệu ứng cử các chức danh lãnh đạo sở, ngành")
                        .lead(BTC).with(SNV)
                        .output("Văn bản thẩm định nhân sự")
                        .due(LocalDate.of(year, 6, 30)).report(LocalDate.of(year, 4, 15), 60, "Đã thẩm định 9 trường hợp.")
                        .complete(LocalDate.of(year, 6, 27), DONE),
                task(past, CADRES, "Đánh giá, xếp loại chất lượng cán bộ, công chức năm " + year)
                        .lead(SNV).with(BTC)
                        .output("Báo cáo kết quả đánh giá, xếp loại")
                        .due(LocalDate.of(year, 12, 15)).complete(LocalDate.of(year, 12, 22),
                                "Đã hoàn thành; chậm do một số cơ quan gửi hồ sơ muộn."),
                task(past, EMULATION, "Phát động phong trào thi đua yêu nước năm " + year)
                        .lead(SNV).with(VP_UBND)
                        .output("Kế hoạch phát động thi đua")
                        .due(LocalDate.of(year, 3, 15)).complete(LocalDate.of(year, 3, 10), DONE),
                task(past, INSPECTION, "Kiểm tra việc thực hiện Quy chế làm việc của Ban cán sự Đảng UBND tỉnh")
                        .lead(UBKT).with(BCS_UBND)
                        .output("Thông báo kết quả kiểm tra")
                        .due(LocalDate.of(year, 5, 31)).complete(LocalDate.of(year, 5, 26), DONE),
                task(past, COMPLAINTS, "Giải quyết vụ việc khiếu nại đông người tại dự án khu đô thị ven biển")
                        .lead(TTT).with(BNC, CA)
                        .output("Quyết định giải quyết khiếu nại")
                        .due(LocalDate.of(year, 8, 31)).report(LocalDate.of(year, 8, 20), 80, "Đã đối thoại lần hai.")
                        .complete(LocalDate.of(year, 10, 10), "Đã ban hành quyết định giải quyết; chậm do phải "
                                + "đo đạc lại hiện trạng."),
                task(past, COMPLAINTS, "Giám sát việc giải quyết khiếu nại, tố cáo tại các sở, ngành")
                        .lead(BNC).with(TTT)
                        .output("Báo cáo kết quả giám sát")
                        .due(LocalDate.of(year, 11, 30)).complete(LocalDate.of(year, 11, 25), DONE),
                task(past, INFORMATION, "Báo cáo sơ kết 6 tháng thực hiện Chương trình phối hợp")
                        .lead(VPTU).with(VP_UBND).inPublic()
                        .output("Báo cáo sơ kết 6 tháng")
                        .due(LocalDate.of(year, 7, 15)).complete(LocalDate.of(year, 7, 10), DONE),
                task(past, INFORMATION, "Báo cáo tổng kết năm " + year + " thực hiện Chương trình phối hợp")
                        .lead(VPTU).with(VP_UBND, BTC)
                        .output("Báo cáo tổng kết năm")
                        .due(LocalDate.of(year, 12, 31)).complete(LocalDate.of(year, 12, 26), DONE))
                .stream().map(Builder::build).toList();
    }

    private static Builder task(LoadDay day, Theme theme, String title) {
        return PlannedTask.task(day, theme, title);
    }
}
