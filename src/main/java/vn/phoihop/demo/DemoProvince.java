package vn.phoihop.demo;

import static vn.phoihop.demo.Body.BCS_UBND;
import static vn.phoihop.demo.Body.BDV;
import static vn.phoihop.demo.Body.BNC;
import static vn.phoihop.demo.Body.BTC;
import static vn.phoihop.demo.Body.BTG;
import static vn.phoihop.demo.Body.BTGDV;
import static vn.phoihop.demo.Body.DU_UBND;
import static vn.phoihop.demo.Body.SNV;
import static vn.phoihop.demo.Body.TINH_UY;
import static vn.phoihop.demo.Body.TTT;
import static vn.phoihop.demo.Body.UBKT;
import static vn.phoihop.demo.Body.UBND;
import static vn.phoihop.demo.Body.VPTU;
import static vn.phoihop.demo.Body.VP_UBND;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import vn.phoihop.accounts.Accounts;
import vn.phoihop.accounts.UserForm;
import vn.phoihop.accounts.UserSummary;
import vn.phoihop.organizations.OrganizationForm;
import vn.phoihop.organizations.Organizations;
import vn.phoihop.organizations.PersonDetails;
import vn.phoihop.organizations.PersonForm;
import vn.phoihop.shared.Actor;
import vn.phoihop.shared.OrganizationId;
import vn.phoihop.shared.Role;

/** Registers the province's bodies, its leaders with their concurrent positions (kiêm nhiệm), and one user per role. */
@Component
class DemoProvince {

    /** One holding of a person: a title in a body for a time; {@code signs} when it signs programs for the body. */
    record Holding(Body body, String title, LocalDate from, LocalDate to, boolean signs) {
    }

    record Leader(String fullName, List<Holding> holdings) {
    }

    /** A demo user: the person behind it is either one of the leaders or a staff member with the given title. */
    record DemoUser(String username, Role role, Body body, String fullName, String staffTitle) {
    }

    private static final LocalDate TERM = LocalDate.of(2020, 10, 15);
    private static final LocalDate GOVERNMENT_TERM = LocalDate.of(2021, 7, 1);
    private static final LocalDate MERGED = LocalDate.of(2025, 3, 1);
    private static final LocalDate RENAMED = LocalDate.of(2025, 7, 1);

    static final List<Leader> LEADERS = List.of(
            new Leader("Trần Quốc Hưng", List.of(
                    hold(TINH_UY, "Phó Bí thư Thường trực Tỉnh ủy", TERM, null))),
            new Leader("Nguyễn Hoàng Sơn", List.of(
                    hold(TINH_UY, "Phó Bí thư Tỉnh ủy", TERM, null),
                    hold(UBND, "Chủ tịch UBND tỉnh", GOVERNMENT_TERM, null),
                    hold(BCS_UBND, "Bí thư Ban cán sự Đảng UBND tỉnh", GOVERNMENT_TERM, RENAMED.minusDays(1)),
                    hold(DU_UBND, "Bí thư Đảng ủy UBND tỉnh", RENAMED, null))),
            new Leader("Lê Minh Khoa", List.of(
                    hold(TINH_UY, "Ủy viên Ban Thường vụ Tỉnh ủy", TERM, null),
                    hold(UBND, "Phó Chủ tịch Thường trực UBND tỉnh", GOVERNMENT_TERM, null),
                    signs(BCS_UBND, "Phó Bí thư Ban cán sự Đảng UBND tỉnh", GOVERNMENT_TERM, RENAMED.minusDays(1)),
                    signs(DU_UBND, "Phó Bí thư Đảng ủy UBND tỉnh", RENAMED, null))),
            new Leader("Phạm Thị Thu Hà", List.of(
                    hold(TINH_UY, "Ủy viên Ban Thường vụ Tỉnh ủy", TERM, null),
                    signs(BTC, "Trưởng Ban Tổ chức Tỉnh ủy", TERM, null))),
            new Leader("Nguyễn Đức Thắng", List.of(
                    hold(TINH_UY, "Ủy viên Ban Thường vụ Tỉnh ủy", TERM, null),
                    signs(BTG, "Trưởng Ban Tuyên giáo Tỉnh ủy", TERM, MERGED.minusDays(1)),
                    signs(BTGDV, "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy", MERGED, null))),
            new Leader("Hoàng Thị Lan", List.of(
                    signs(BDV, "Trưởng Ban Dân vận Tỉnh ủy", TERM, MERGED.minusDays(1)),
                    hold(BTGDV, "Phó Trưởng Ban Thường trực Ban Tuyên giáo và Dân vận Tỉnh ủy", MERGED, null))),
            new Leader("Vũ Văn Long", List.of(
                    hold(TINH_UY, "Ủy viên Ban Thường vụ Tỉnh ủy", TERM, null),
                    signs(BNC, "Trưởng Ban Nội chính Tỉnh ủy", TERM, null))),
            new Leader("Đỗ Thanh Bình", List.of(
                    hold(TINH_UY, "Ủy viên Ban Thường vụ Tỉnh ủy", TERM, null),
                    signs(UBKT, "Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy", TERM, null))),
            new Leader("Bùi Thị Mai", List.of(
                    hold(TINH_UY, "Tỉnh ủy viên", TERM, null),
                    signs(VPTU, "Chánh Văn phòng Tỉnh ủy", TERM, null))),
            new Leader("Đặng Quang Vinh", List.of(
                    hold(VP_UBND, "Chánh Văn phòng UBND tỉnh", GOVERNMENT_TERM, null))),
            new Leader("Ngô Thị Hồng", List.of(
                    hold(TINH_UY, "Tỉnh ủy viên", TERM, null),
                    hold(SNV, "Giám đốc Sở Nội vụ", GOVERNMENT_TERM, null))),
            new Leader("Trịnh Văn Dũng", List.of(
                    hold(TTT, "Chánh Thanh tra tỉnh", GOVERNMENT_TERM, null))));

    /** The leader user is the Chief of the Office, a leader whose body keeps the programs and so sees them. */
    static final List<DemoUser> USERS = List.of(
            new DemoUser("thuky", Role.SECRETARIAT, VPTU, "Nguyễn Thị Thu Trang",
                    "Chuyên viên Phòng Tổng hợp, Văn phòng Tỉnh ủy"),
            new DemoUser("daumoi.btc", Role.FOCAL_POINT, BTC, "Lê Văn Hùng",
                    "Chuyên viên Ban Tổ chức Tỉnh ủy"),
            new DemoUser("daumoi.tgdv", Role.FOCAL_POINT, BTGDV, "Phan Thị Ngọc Ánh",
                    "Chuyên viên Ban Tuyên giáo và Dân vận Tỉnh ủy"),
            new DemoUser("daumoi.snv", Role.FOCAL_POINT, SNV, "Trần Minh Tuấn", "Chuyên viên Sở Nội vụ"),
            new DemoUser("lanhdao", Role.LEADER, VPTU, "Bùi Thị Mai", null),
            new DemoUser("xuly", Role.CASE_HANDLER, TTT, "Đinh Văn Phúc", "Thanh tra viên, Thanh tra tỉnh"),
            new DemoUser("giamsat", Role.SUPERVISOR, BNC, "Mai Thị Hương", "Chuyên viên Ban Nội chính Tỉnh ủy"));

    private final Organizations organizations;
    private final Accounts accounts;

    DemoProvince(Organizations organizations, Accounts accounts) {
        this.organizations = organizations;
        this.accounts = accounts;
    }

    /** Registers everything as the administrator would; the audit trail names {@code admin}. */
    Province register(String password) {
        return Acting.as("admin", () -> {
            Map<Body, OrganizationId> bodies = new EnumMap<>(Body.class);
            for (Body b : Body.values()) {
                bodies.put(b, organizations.register(new OrganizationForm(b.fullName, b.shortName, b.kind,
                        idOf(bodies, b.parent), b.validFrom, b.validTo, idOf(bodies, b.successor), b.relation,
                        b.aliases)).id());
            }
            Map<Body, List<Province.Signatory>> signatories = new EnumMap<>(Body.class);
            Map<String, PersonDetails> people = new LinkedHashMap<>();
            for (Leader leader : LEADERS) {
                PersonDetails person = organizations.registerPerson(new PersonForm(leader.fullName(),
                        leader.holdings().stream().map(h -> new PersonForm.PositionForm(bodies.get(h.body()).value(),
                                h.title(), h.from(), h.to())).toList()));
                people.put(leader.fullName(), person);
                for (int i = 0; i < leader.holdings().size(); i++) {
                    Holding h = leader.holdings().get(i);
                    if (h.signs()) {
                        signatories.computeIfAbsent(h.body(), k -> new ArrayList<>()).add(
                                new Province.Signatory(person.positions().get(i).id(), h.from(), h.to()));
                    }
                }
            }
            Map<String, Actor> actors = new LinkedHashMap<>();
            Map<Body, Actor> focalPoints = new EnumMap<>(Body.class);
            for (DemoUser u : USERS) {
                PersonDetails person = people.get(u.fullName());
                if (person == null) {
                    person = organizations.registerPerson(new PersonForm(u.fullName(), List.of(
                            new PersonForm.PositionForm(bodies.get(u.body()).value(), u.staffTitle(), null, null))));
                }
                UserSummary user = accounts.register(new UserForm(u.username(), password, u.fullName(),
                        u.username() + "@example.vn", "vi", person.id().value(), bodies.get(u.body()).value(),
                        List.of(u.role().name())));
                Actor actor = new Actor(user.id(), user.username(), user.fullName(), user.organizationId(),
                        EnumSet.of(u.role()));
                actors.put(u.username(), actor);
                if (u.role() == Role.FOCAL_POINT) {
                    focalPoints.put(u.body(), actor);
                }
            }
            return new Province(bodies, signatories, actors.get("thuky"), actors.get("lanhdao"), focalPoints);
        });
    }

    private static Long idOf(Map<Body, OrganizationId> bodies, Body body) {
        return body == null ? null : bodies.get(body).value();
    }

    private static Holding hold(Body body, String title, LocalDate from, LocalDate to) {
        return new Holding(body, title, from, to, false);
    }

    private static Holding signs(Body body, String title, LocalDate from, LocalDate to) {
        return new Holding(body, title, from, to, true);
    }
}
