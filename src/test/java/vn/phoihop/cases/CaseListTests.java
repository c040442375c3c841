package vn.phoihop.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.EntityManagerFactory;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import vn.phoihop.Api;
import vn.phoihop.ApiIntegrationTest;
import vn.phoihop.Browser;
import vn.phoihop.OnH2;
import vn.phoihop.OnPostgres;
import vn.phoihop.web.SqlStatementCount;

/**
 * The case list a page at a time with its filters chosen by the database, the due list, and what a page costs: its
 * statements and the cases it reads do not grow with the number of cases there are.
 */
abstract class CaseListTests extends ApiIntegrationTest {

    static final LocalDate TODAY = CasesApiTests.TODAY;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    long body;
    Api.User handler;

    @BeforeEach
    void scene() {
        body = api.body("Thanh tra huyện", "SPECIALIST_AGENCY");
        handler = api.user(body, "CASE_HANDLER");
    }

    long create(String kind, LocalDate receivedOn) {
        Api.Response r = api.post("/api/v1/cases", handler.token(), CasesApiTests.caseBody(kind,
                kind.equals("COMPLAINT") ? "FIRST" : null, receivedOn.toString(), body, "NORMAL", false,
                "Trần Thị Bình"));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.id();
    }

    List<Long> ids(Api.Response r) {
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        List<Long> ids = new ArrayList<>();
        r.json().get("items").forEach(n -> ids.add(n.get("id").asLong()));
        return ids;
    }

    @Test
    void listsAPageOfTheCasesNewestFirstWithTheTotalOfAllThatMatch() {
        List<Long> newestFirst = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            // received on the same day two at a time: the id breaks the tie, the later first
            newestFirst.add(0, create(i % 3 == 0 ? "DENUNCIATION" : "COMPLAINT", TODAY.minusDays(20 - i / 2 * 3)));
        }
        String all = "/api/v1/cases?organizationId=" + body;
        Api.Response first = api.get(all + "&size=3", handler.token());
        assertThat(first.json().get("total").asInt()).isEqualTo(7);
        assertThat(ids(first)).containsExactlyElementsOf(newestFirst.subList(0, 3));
        assertThat(ids(api.get(all + "&size=3&page=1", handler.token()))).containsExactlyElementsOf(newestFirst.subList(3, 6));
        Api.Response last = api.get(all + "&size=3&page=2", handler.token());
        assertThat(ids(last)).containsExactly(newestFirst.get(6));
        assertThat(last.json().get("total").asInt()).isEqualTo(7);
        Api.Response beyond = api.get(all + "&size=3&page=9", handler.token());
        assertThat(ids(beyond)).isEmpty();
        assertThat(beyond.json().get("total").asInt()).isEqualTo(7);
        // Without size: 50 at most, all seven here; the handler sees only the cases of their body.
        assertThat(ids(api.get("/api/v1/cases", handler.token()))).containsExactlyElementsOf(newestFirst);

        Api.Response denunciations = api.get(all + "&kind=DENUNCIATION&size=2", handler.token());
        assertThat(denunciations.json().get("total").asInt()).isEqualTo(3);
        assertThat(ids(denunciations)).containsExactly(newestFirst.get(0), newestFirst.get(3));
        assertThat(api.get(all + "&kind=PETITION", handler.token()).json().get("total").asInt()).isZero();
        long accepted = newestFirst.get(1);
        assertThat(api.post("/api/v1/cases/" + accepted + "/accept", handler.token(),
                Map.of("acceptedOn", TODAY.toString())).status()).isEqualTo(200);
        Api.Response acceptedOnly = api.get(all + "&stage=ACCEPTED", handler.token());
        assertThat(ids(acceptedOnly)).containsExactly(accepted);
        assertThat(acceptedOnly.json().get("total").asInt()).isEqualTo(1);
        assertThat(api.get(all + "&stage=ACCEPTED&kind=DENUNCIATION", handler.token()).json().get("total").asInt())
                .isZero();

        Api.User otherHandler = api.user(api.body("Thanh tra sở", "SPECIALIST_AGENCY"), "CASE_HANDLER");
        assertThat(api.get(all, otherHandler.token()).json().get("total").asInt()).isZero();
        assertThat(api.get(all + "&size=501", handler.token()).status()).isEqualTo(400);
        assertThat(api.get(all + "&size=0", handler.token()).status()).isEqualTo(400);
        assertThat(api.get(all + "&page=-1", handler.token()).status()).isEqualTo(400);
    }

    @Test
    void theOverdueFilterKeepsExactlyTheCasesPastTheirRunningDeadline() {
        long late = create("COMPLAINT", TODAY.minusDays(60));
        long fresh = create("COMPLAINT", TODAY);
        long refused = create("COMPLAINT", TODAY.minusDays(60));
        api.post("/api/v1/cases/" + refused + "/refuse", handler.token(),
                Map.of("refusedOn", TODAY.minusDays(59).toString(), "reason", "Không đủ điều kiện thụ lý."));
        long acceptedLate = create("DENUNCIATION", TODAY.minusDays(200));
        api.post("/api/v1/cases/" + acceptedLate + "/accept", handler.token(),
                Map.of("acceptedOn", TODAY.minusDays(190).toString()));
        long acceptedInTime = create("DENUNCIATION", TODAY.minusDays(3));
        api.post("/api/v1/cases/" + acceptedInTime + "/accept", handler.token(),
                Map.of("acceptedOn", TODAY.minusDays(1).toString()));
        String all = "/api/v1/cases?organizationId=" + body;
        assertThat(ids(api.get(all + "&overdue=true", handler.token()))).containsExactly(late, acceptedLate);
        assertThat(ids(api.get(all + "&overdue=false", handler.token())))
                .containsExactly(fresh, acceptedInTime, refused);
        // The database's choice agrees with the flag each case carries, computed by the one rule.
        for (JsonNode n : api.get(all, handler.token()).json().get("items")) {
            long id = n.get("id").asLong();
            assertThat(n.get("overdue").asBoolean()).as("case " + id).isEqualTo(id == late || id == acceptedLate);
        }
    }

    @Test
    void aShareRuleShowsTheSupervisorTheSameCasesInTheListAsOneByOne() {
        long board = api.body("Ủy ban Kiểm tra Huyện ủy");
        Api.User supervisor = api.user(board, "SUPERVISOR");
        assertThat(api.post("/api/v1/cases/supervision-rules", api.adminToken(),
                Map.of("supervisingOrganizationId", board, "scope", "PAST_PERCENT", "percent", 50)).status())
                .isEqualTo(201);
        List<Long> created = new ArrayList<>();
        for (int days = 0; days <= 16; days++) {
            created.add(create("COMPLAINT", TODAY.minusDays(days)));
        }
        long accepted = create("COMPLAINT", TODAY.minusDays(40));
        api.post("/api/v1/cases/" + accepted + "/accept", handler.token(),
                Map.of("acceptedOn", TODAY.minusDays(20).toString()));
        created.add(accepted);
        Set<Long> oneByOne = new HashSet<>();
        for (long id : created) {
            if (api.get("/api/v1/cases/" + id, supervisor.token()).status() == 200) {
                oneByOne.add(id);
            }
        }
        // Both sides of the threshold are there, so the comparison says something.
        assertThat(oneByOne).isNotEmpty().hasSizeLessThan(created.size());
        Api.Response list = api.get("/api/v1/cases?size=500&organizationId=" + body, supervisor.token());
        assertThat(Set.copyOf(ids(list))).isEqualTo(oneByOne);
        assertThat(list.json().get("total").asInt()).isEqualTo(oneByOne.size());
    }

    @Test
    void theDueListHoldsExactlyTheOpenCasesDueWithinTheHorizon() {
        long overdue = create("COMPLAINT", TODAY.minusDays(60));
        long fresh = create("COMPLAINT", TODAY);
        long refused = create("COMPLAINT", TODAY.minusDays(60));
        api.post("/api/v1/cases/" + refused + "/refuse", handler.token(),
                Map.of("refusedOn", TODAY.minusDays(59).toString(), "reason", "Không đủ điều kiện thụ lý."));
        long withdrawn = create("COMPLAINT", TODAY.minusDays(60));
        api.post("/api/v1/cases/" + withdrawn + "/withdraw", handler.token(),
                Map.of("withdrawnOn", TODAY.minusDays(30).toString()));
        long accepted = create("DENUNCIATION", TODAY.minusDays(3));
        api.post("/api/v1/cases/" + accepted + "/accept", handler.token(),
                Map.of("acceptedOn", TODAY.minusDays(1).toString()));

        Map<Long, JsonNode> today = due(0);
        assertThat(today.keySet()).containsExactly(overdue);
        assertThat(today.get(overdue).get("overdue").asBoolean()).isTrue();
        assertThat(today.get(overdue).get("deadlineCode").asString()).isEqualTo("acceptBy");

        Map<Long, JsonNode> soon = due(120);
        assertThat(soon.keySet()).containsExactlyInAnyOrder(overdue, fresh, accepted);
        assertThat(soon.get(fresh).get("overdue").asBoolean()).isFalse();
        assertThat(soon.get(accepted).get("deadlineCode").asString()).isEqualTo("resolveBy");
        JsonNode details = api.get("/api/v1/cases/" + accepted, handler.token()).json();
        assertThat(soon.get(accepted).get("deadline").asString())
                .isEqualTo(details.get("deadlines").get("resolveBy").asString());
        // Within a horizon that ends before the fresh case's limit, it is not there yet.
        LocalDate freshDue = LocalDate.parse(soon.get(fresh).get("deadline").asString());
        assertThat(freshDue).isAfter(TODAY);
        assertThat(due(0)).doesNotContainKey(fresh);

        Api.User otherHandler = api.user(api.body("Thanh tra sở", "SPECIALIST_AGENCY"), "CASE_HANDLER");
        assertThat(api.get("/api/v1/cases/due?within=120&size=500", otherHandler.token()).body())
                .doesNotContain("\"caseId\":" + overdue);
    }

    @Test
    void statisticsCountTheCasesOfThePeriodAndThoseStillOverdueAtItsEnd() {
        create("COMPLAINT", TODAY.minusDays(90));
        long acceptedInPeriod = create("DENUNCIATION", TODAY.minusDays(40));
        api.post("/api/v1/cases/" + acceptedInPeriod + "/accept", handler.token(),
                Map.of("acceptedOn", TODAY.minusDays(5).toString()));
        long closedBefore = create("COMPLAINT", TODAY.minusDays(90));
        api.post("/api/v1/cases/" + closedBefore + "/refuse", handler.token(),
                Map.of("refusedOn", TODAY.minusDays(85).toString(), "reason", "Không đủ điều kiện thụ lý."));
        create("PETITION", TODAY.minusDays(2));
        Api.Response r = api.get("/api/v1/cases/statistics?from=" + TODAY.minusDays(10) + "&to=" + TODAY
                + "&organizationId=" + body, handler.token());
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        Map<String, JsonNode> rows = new HashMap<>();
        r.json().get("rows").forEach(n -> rows.put(n.get("group").asString(), n));
        // Received before the period and still open past its limit: overdue at the end, not received in it.
        assertThat(rows.get("COMPLAINT_FIRST").get("received").asInt()).isZero();
        assertThat(rows.get("COMPLAINT_FIRST").get("overdue").asInt()).isEqualTo(1);
        assertThat(rows.get("DENUNCIATION").get("accepted").asInt()).isEqualTo(1);
        assertThat(rows.get("DENUNCIATION").get("received").asInt()).isZero();
        assertThat(rows.get("PETITION").get("received").asInt()).isEqualTo(1);
        assertThat(rows.get("TOTAL").get("received").asInt()).isEqualTo(1);
        assertThat(rows.get("TOTAL").get("overdue").asInt()).isEqualTo(1);
        assertThat(rows.get("TOTAL").get("accepted").asInt()).isEqualTo(1);
    }

    /** The handler's due list, by case: the handler sees the cases of their (new) body only. */
    Map<Long, JsonNode> due(int within) {
        Api.Response r = api.get("/api/v1/cases/due?within=" + within + "&size=500", handler.token());
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        Map<Long, JsonNode> result = new HashMap<>();
        r.json().get("items").forEach(n -> result.put(n.get("caseId").asLong(), n));
        return result;
    }

    @Test
    void aPageReadsItsOwnCasesOnlyWhateverTheNumberOfCases() {
        long overdue = create("COMPLAINT", TODAY.minusDays(60));
        for (int i = 0; i < 4; i++) {
            create("COMPLAINT", TODAY.minusDays(i));
        }
        String page = "/api/v1/cases?organizationId=" + body + "&size=5";
        Cost few = cost(page, api.adminToken());
        Cost fewDue = cost("/api/v1/cases/due?within=0", handler.token());
        for (int i = 0; i < 30; i++) {
            create(i % 2 == 0 ? "COMPLAINT" : "DENUNCIATION", TODAY.minusDays(i % 5));
        }
        Cost many = cost(page, api.adminToken());
        Cost manyDue = cost("/api/v1/cases/due?within=0", handler.token());
        String admin = "/api/v1/cases?size=5";
        Cost adminPage = cost(admin, api.adminToken());
        long everyCase = api.get(admin, api.adminToken()).json().get("total").asLong();
        System.out.println("Case list, 5 of " + everyCase + " cases: " + adminPage + "; of the body's 5: " + few
                + ", of its 35: " + many + "; due list of 1 open overdue among 5: " + fewDue + ", among 35: "
                + manyDue);
        assertThat(everyCase).isGreaterThanOrEqualTo(35);
        // Five cases on the page: five read, whether the body has 5 or 35 and the province many more.
        assertThat(few.casesRead()).isLessThanOrEqualTo(5);
        assertThat(many.casesRead()).isLessThanOrEqualTo(5);
        assertThat(adminPage.casesRead()).isLessThanOrEqualTo(5);
        assertThat(many.statements()).isLessThanOrEqualTo(few.statements());
        assertThat(adminPage.statements()).isLessThanOrEqualTo(few.statements() + 1);
        // One case is due today or overdue: the due list reads that one, not the 34 others.
        assertThat(ids("/api/v1/cases/due?within=0")).containsExactly(overdue);
        assertThat(manyDue.casesRead()).isLessThanOrEqualTo(1);
        assertThat(manyDue.statements()).isLessThanOrEqualTo(fewDue.statements());

        // The page: the range it shows, a link back, and the same statements for 25 rows as for 35.
        Browser browser = Browser.signedIn(port, handler.username(), handler.password());
        String second = "/cases?organizationId=" + body + "&size=25&page=1";
        Browser.Page html = browser.get(second);
        assertThat(html.status()).isEqualTo(200);
        assertThat(html.body()).contains("26–35").contains("page=0");
        SqlStatementCount.lastFor(second);
        int rows25 = htmlStatements(browser, "/cases?organizationId=" + body + "&size=25");
        int rows35 = htmlStatements(browser, "/cases?organizationId=" + body + "&size=100");
        System.out.println("Case page statements, 25 rows: " + rows25 + ", 35 rows: " + rows35);
        assertThat(rows35).isLessThanOrEqualTo(rows25);
    }

    int htmlStatements(Browser browser, String path) {
        assertThat(browser.get(path).status()).isEqualTo(200);
        return SqlStatementCount.lastFor(path);
    }

    List<Long> ids(String dueList) {
        List<Long> ids = new ArrayList<>();
        api.get(dueList, handler.token()).json().get("items").forEach(n -> ids.add(n.get("caseId").asLong()));
        return ids;
    }

    record Cost(int statements, long casesRead) {
    }

    /**
     * The statements a request runs and the cases it reads (entities loaded, by Hibernate's statistics). Work done
     * meanwhile in the background (the search index reading new cases) is not the request's: the least of three.
     */
    Cost cost(String path, String token) {
        Statistics stats = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        boolean was = stats.isStatisticsEnabled();
        stats.setStatisticsEnabled(true);
        try {
            Cost least = null;
            for (int i = 0; i < 3; i++) {
                long before = stats.getEntityStatistics(CitizenCase.class.getName()).getLoadCount();
                assertThat(api.get(path, token).status()).isEqualTo(200);
                int statements = SqlStatementCount.lastFor(path);
                long read = stats.getEntityStatistics(CitizenCase.class.getName()).getLoadCount() - before;
                if (least == null || read < least.casesRead()) {
                    least = new Cost(statements, read);
                }
            }
            return least;
        } finally {
            stats.setStatisticsEnabled(was);
        }
    }
}

@OnH2
class CaseListOnH2Test extends CaseListTests {
}

@OnPostgres
class CaseListOnPostgresTest extends CaseListTests {
}
