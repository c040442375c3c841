package vn.phoihop.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import vn.phoihop.shared.OrganizationId;
import vn.phoihop.shared.ProgramId;
import vn.phoihop.shared.Role;
import vn.phoihop.shared.UserId;

/**
 * What every {@link SearchIndex} does, whatever the engine: one test class, one subclass per implementation.
 */
abstract class SearchIndexContract {

    SearchIndex index;

    /** A new, empty index counting exactly up to the given number of matches. */
    abstract SearchIndex newIndex(int exactUpTo);

    @BeforeEach
    void open() {
        index = newIndex(1_000);
    }

    @AfterEach
    void close() throws Exception {
        if (index instanceof AutoCloseable c) {
            c.close();
        }
    }

    static Searchable item(String kind, long id, String title, String text, Integer year, Long program, Long... bodies) {
        return new Searchable(kind, id, title, text, year, program == null ? null : new ProgramId(program),
                Arrays.stream(bodies).map(OrganizationId::new).toList(), "/" + kind.toLowerCase() + "/" + id);
    }

    static Searchable task(long id, String title, String text) {
        return item("TASK", id, title, text, 2026, 1L, 10L);
    }

    SearchResults find(String q) {
        return index.find(SearchIndex.Query.of(q), SearchIndex.Scope.all(), 0, 50);
    }

    List<Long> ids(String q) {
        return find(q).items().stream().map(SearchHit::id).toList();
    }

    @Test
    void findsTheSameItemsWhateverTheCaseAndDiacritics() {
        index.put(List.of(task(1, "Phối hợp tuyên truyền Nghị quyết", "Ban Tuyên giáo chủ trì"),
                task(2, "Kiểm tra công tác cán bộ", "Không liên quan"),
                task(3, "Tổng kết", "Các bên phối hợp chặt chẽ trong năm")));
        List<Long> expected = ids("phối hợp");
        assertThat(expected).containsExactlyInAnyOrder(1L, 3L);
        assertThat(ids("phoi hop")).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(ids("PHỐI HỢP")).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(ids("Phoi HOP")).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(ids(Normalizer.normalize("phối hợp", Normalizer.Form.NFD))).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void foldsDStrokeToD() {
        index.put(List.of(task(1, "Đảng đoàn Hội đồng nhân dân", null), task(2, "Dang dở", null)));
        assertThat(ids("dang doan")).containsExactly(1L);
        assertThat(ids("ĐẢNG ĐOÀN")).containsExactly(1L);
        assertThat(ids("đảng")).containsExactlyInAnyOrder(1L, 2L);
        assertThat(ids("hoi dong")).containsExactly(1L);
    }

    @Test
    void findsTextStoredDecomposedWithAComposedQuery() {
        index.put(List.of(task(1, Normalizer.normalize("Ứng dụng chuyển đổi số", Normalizer.Form.NFD), null)));
        assertThat(ids("ứng dụng chuyển đổi số")).containsExactly(1L);
        assertThat(ids(Normalizer.normalize("CHUYỂN ĐỔI", Normalizer.Form.NFD))).containsExactly(1L);
        assertThat(ids("ung dung")).containsExactly(1L);
    }

    @Test
    void requiresEveryWordOfTheQuery() {
        index.put(List.of(task(1, "Phối hợp kiểm tra", "giám sát"), task(2, "Phối hợp tuyên truyền", null),
                task(3, "Kiểm tra", "phối hợp giám sát")));
        assertThat(ids("phối hợp kiểm tra")).containsExactlyInAnyOrder(1L, 3L);
        assertThat(ids("phoi hop giam sat")).containsExactlyInAnyOrder(1L, 3L);
        assertThat(ids("phối hợp xây dựng")).isEmpty();
    }

    @Test
    void ranksMatchesInTheTitleAboveMatchesInTheText() {
        index.put(List.of(
                task(1, "Báo cáo tổng hợp", "Nội dung có nhắc đến cải cách hành chính trong một đoạn văn dài về nhiều "
                        + "việc khác nhau của các cơ quan trong tỉnh và các huyện, thị xã, thành phố"),
                task(2, "Cải cách hành chính", "Kế hoạch năm"),
                task(3, "Không liên quan", "Nội dung khác")));
        assertThat(ids("cai cach hanh chinh")).containsExactly(2L, 1L);
    }

    @Test
    void filtersByKindYearAndBody() {
        index.put(List.of(
                item("PROGRAM", 1, "Chương trình phối hợp", null, 2025, 1L, 10L, 11L),
                item("TASK", 1, "Nhiệm vụ phối hợp", null, 2026, 2L, 11L),
                item("PROGRESS", 7, "Nhiệm vụ", "Đã phối hợp xong", 2026, 2L, 12L)));
        assertThat(find("phoi hop").total()).isEqualTo(3);
        assertThat(kinds(new SearchIndex.Query("phoi hop", Set.of("TASK"), null, null))).containsExactly("TASK:1");
        assertThat(kinds(new SearchIndex.Query("phoi hop", Set.of("TASK", "PROGRAM"), null, null)))
                .containsExactlyInAnyOrder("TASK:1", "PROGRAM:1");
        assertThat(kinds(new SearchIndex.Query("phoi hop", Set.of(), 2026, null)))
                .containsExactlyInAnyOrder("TASK:1", "PROGRESS:7");
        assertThat(kinds(new SearchIndex.Query("phoi hop", Set.of(), null, new OrganizationId(11))))
                .containsExactlyInAnyOrder("PROGRAM:1", "TASK:1");
        assertThat(kinds(new SearchIndex.Query("phoi hop", Set.of("PROGRESS"), 2025, null))).isEmpty();
    }

    List<String> kinds(SearchIndex.Query query) {
        return index.find(query, SearchIndex.Scope.all(), 0, 50).items().stream().map(h -> h.kind() + ":" + h.id())
                .toList();
    }

    @Test
    void keepsEveryFieldOfAHit() {
        index.put(List.of(new Searchable("PROGRESS", 42, "Rà soát quy hoạch", "Đã rà soát 60% hồ sơ", 2026,
                new ProgramId(5), List.of(new OrganizationId(3)), "/tasks/9#progress-42")));
        SearchHit hit = find("ra soat").items().get(0);
        assertThat(hit).isEqualTo(new SearchHit("PROGRESS", 42, "Rà soát quy hoạch",
                "Đã <mark>rà</mark> <mark>soát</mark> 60% hồ sơ", 2026, new ProgramId(5), "/tasks/9#progress-42"));
        index.put(List.of(item("MEETING", 1, "Hội nghị ký kết", null, null, null)));
        SearchHit bare = find("hoi nghi").items().get(0);
        assertThat(bare.year()).isNull();
        assertThat(bare.programId()).isNull();
        assertThat(bare.snippet()).isEqualTo("<mark>Hội</mark> <mark>nghị</mark> ký kết");
    }

    @Test
    void marksTheMatchedWordsInTheSnippetWhateverTheDiacritics() {
        index.put(List.of(task(1, "Tổng kết", "Ban Tổ chức phối hợp với Sở Nội vụ; Đảng ủy khối chỉ đạo.")));
        assertThat(find("PHOI HOP dang").items().get(0).snippet())
                .isEqualTo("Ban Tổ chức <mark>phối</mark> <mark>hợp</mark> với Sở Nội vụ; <mark>Đảng</mark> ủy khối chỉ đạo.");
    }

    @Test
    void quotesTheTitleBeforeTheTextWhenOnlyTheTitleMatched() {
        index.put(List.of(task(1, "Cải cách hành chính", "Kế hoạch năm <2026>")));
        assertThat(find("cai cach").items().get(0).snippet())
                .isEqualTo("<mark>Cải</mark> <mark>cách</mark> hành chính — Kế hoạch năm &lt;2026&gt;");
    }

    @Test
    void quotesThePassageAroundTheMatchesOfALongText() {
        String filler = "Nội dung báo cáo định kỳ của các cơ quan. ".repeat(30);
        index.put(List.of(task(1, "Báo cáo", filler + "Kết quả chuyển đổi số rất tốt. " + filler)));
        String snippet = find("chuyen doi so").items().get(0).snippet();
        assertThat(snippet).startsWith("… ").endsWith(" …").contains("<mark>chuyển</mark> <mark>đổi</mark> <mark>số</mark>");
        assertThat(snippet.replaceAll("<[^>]+>", "").length()).isLessThanOrEqualTo(Snippets.LENGTH + 4);
    }

    @Test
    void escapesHtmlInSnippetsAndKeepsTitlesAsPlainText() {
        String title = "<script>alert('x')</script> Phối hợp";
        index.put(List.of(task(1, title, "<img src=x onerror=alert(1)> phối hợp & \"trích dẫn\""),
                task(2, "<b onmouseover=alert(2)>Phối hợp</b>", null)));
        SearchResults hits = find("phoi hop");
        SearchHit withText = hits.items().stream().filter(h -> h.id() == 1).findFirst().orElseThrow();
        assertThat(withText.title()).isEqualTo(title);
        assertThat(withText.snippet()).isEqualTo("&lt;img src=x onerror=alert(1)&gt; <mark>phối</mark> <mark>hợp</mark> "
                + "&amp; &quot;trích dẫn&quot;");
        SearchHit titleOnly = hits.items().stream().filter(h -> h.id() == 2).findFirst().orElseThrow();
        assertThat(titleOnly.snippet()).isEqualTo("&lt;b onmouseover=alert(2)&gt;<mark>Phối</mark> <mark>hợp</mark>&lt;/b&gt;");
        assertThat(withText.snippet() + titleOnly.snippet()).doesNotContain("<script", "<img", "<b ");
    }

    @Test
    void replacesAnItemPutAgainAndForgetsARemovedOne() {
        index.put(List.of(task(1, "Tên cũ", null), task(2, "Tên khác", null)));
        index.put(List.of(task(1, "Tên mới", null)));
        assertThat(ids("ten cu")).isEmpty();
        assertThat(find("ten moi").items()).extracting(SearchHit::title).containsExactly("Tên mới");
        index.remove("TASK", 1);
        assertThat(ids("ten moi")).isEmpty();
        assertThat(ids("ten khac")).containsExactly(2L);
        index.remove("TASK", 99);
        assertThat(index.isEmpty()).isFalse();
    }

    @Test
    void tellsItemsOfDifferentKindsWithTheSameIdApart() {
        index.put(List.of(item("PROGRAM_DIRECTION", 1, "Chương trình", "Chỉ đạo khẩn trương", 2026, 1L),
                item("TASK_DIRECTION", 1, "Nhiệm vụ", "Chỉ đạo khẩn trương", 2026, 1L)));
        assertThat(find("khan truong").total()).isEqualTo(2);
        index.remove("TASK_DIRECTION", 1);
        assertThat(kinds(SearchIndex.Query.of("khan truong"))).containsExactly("PROGRAM_DIRECTION:1");
    }

    @Test
    void showsOnlyItemsOfVisibleProgramsAndItemsWithoutProgramOfTheUsersBody() {
        index.put(List.of(item("TASK", 1, "Phối hợp A", null, 2026, 1L, 10L),
                item("TASK", 2, "Phối hợp B", null, 2026, 2L, 20L),
                item("CASE", 3, "Phối hợp C", null, 2026, null, 20L),
                item("CASE", 4, "Phối hợp D", null, 2026, null, 30L)));
        var q = SearchIndex.Query.of("phoi hop");
        assertThat(index.find(q, SearchIndex.Scope.of(Set.of(new ProgramId(1)), new OrganizationId(20)), 0, 50).items())
                .extracting(h -> h.kind() + ":" + h.id()).containsExactlyInAnyOrder("TASK:1", "CASE:3");
        assertThat(index.find(q, SearchIndex.Scope.of(Set.of(), new OrganizationId(30)), 0, 50).total()).isEqualTo(1);
        assertThat(index.find(q, SearchIndex.Scope.of(Set.of(), null), 0, 50).total()).isZero();
        assertThat(index.find(q, SearchIndex.Scope.all(), 0, 50).total()).isEqualTo(4);
    }

    @Test
    void ranksTitleMatchesFirstWithinAScopeToo() {
        index.put(List.of(
                item("PROGRESS", 1, "Báo cáo tháng", "Đã tổ chức hội nghị cải cách hành chính", 2026, 5L, 10L),
                item("TASK", 2, "Cải cách hành chính", "Kế hoạch năm", 2025, 5L, 10L),
                item("TASK", 3, "Cải cách hành chính", "Của chương trình khác", 2026, 6L, 10L)));
        var scope = SearchIndex.Scope.of(Set.of(new ProgramId(5)), new OrganizationId(10));
        assertThat(index.find(SearchIndex.Query.of("cai cach hanh chinh"), scope, 0, 50).items())
                .extracting(h -> h.kind() + ":" + h.id()).containsExactly("TASK:2", "PROGRESS:1");
        assertThat(index.find(new SearchIndex.Query("cai cach", Set.of("PROGRESS"), 2026, new OrganizationId(10)),
                scope, 0, 50).items()).extracting(h -> h.kind() + ":" + h.id()).containsExactly("PROGRESS:1");
    }

    /** A user who may see very many programs (a province-wide body over ten years): the same rule. */
    @Test
    void showsOnlyItemsOfVisibleProgramsWhenTheyAreVeryMany() {
        List<Searchable> items = new java.util.ArrayList<>();
        for (long p = 1; p <= 300; p++) {
            items.add(item("TASK", p, "Phối hợp " + p, null, 2026, p, 10L));
        }
        items.add(item("CASE", 1, "Phối hợp vụ việc", null, 2026, null, 20L));
        index.put(items);
        Set<ProgramId> visible = new java.util.HashSet<>();
        for (long p = 1; p <= 250; p += 2) {
            visible.add(new ProgramId(p));
        }
        var results = index.find(SearchIndex.Query.of("phoi hop"), SearchIndex.Scope.of(visible, new OrganizationId(20)),
                0, 500);
        assertThat(results.total()).isEqualTo(126);
        assertThat(results.items()).allMatch(h -> h.programId() == null ? h.kind().equals("CASE")
                : visible.contains(h.programId()));
    }

    @Test
    void showsARestrictedItemOnlyToTheRolesAndUsersItNamesAmongThoseWhoMaySeeIt() {
        index.put(List.of(
                new Searchable("DENUNCIATION", 1, "Đơn tố cáo về phối hợp", "Nội dung đã ẩn danh", 2026, null,
                        List.of(new OrganizationId(20)), "/cases/1", Readers.roles(Role.CASE_HANDLER)),
                new Searchable("NOTE", 2, "Ghi chú phối hợp", null, 2026, new ProgramId(1),
                        List.of(new OrganizationId(10)), "/notes/2", Readers.users(List.of(new UserId(7)))),
                item("TASK", 3, "Nhiệm vụ phối hợp", null, 2026, 1L, 10L)));
        var q = SearchIndex.Query.of("phoi hop");
        OrganizationId handling = new OrganizationId(20);
        assertThat(visible(q, SearchIndex.Scope.of(Set.of(), handling,
                Readers.keysOf(new UserId(5), Role.CASE_HANDLER)))).containsExactly("DENUNCIATION:1");
        assertThat(visible(q, SearchIndex.Scope.of(Set.of(), handling,
                Readers.keysOf(new UserId(6), Role.LEADER, Role.SUPERVISOR)))).as("another role of the body").isEmpty();
        assertThat(visible(q, SearchIndex.Scope.of(Set.of(), new OrganizationId(30),
                Readers.keysOf(new UserId(8), Role.CASE_HANDLER)))).as("a case handler of another body").isEmpty();
        assertThat(index.find(q, SearchIndex.Scope.of(Set.of(), new OrganizationId(30),
                Readers.keysOf(new UserId(8), Role.CASE_HANDLER)), 0, 10).total()).as("not even counted").isZero();

        ProgramId program = new ProgramId(1);
        assertThat(visible(q, SearchIndex.Scope.of(Set.of(program), new OrganizationId(10),
                Readers.keysOf(new UserId(7), Role.FOCAL_POINT)))).containsExactlyInAnyOrder("NOTE:2", "TASK:3");
        assertThat(visible(q, SearchIndex.Scope.of(Set.of(program), new OrganizationId(10),
                Readers.keysOf(new UserId(9), Role.FOCAL_POINT)))).containsExactly("TASK:3");
        assertThat(visible(q, SearchIndex.Scope.of(Set.of(), new OrganizationId(40),
                Readers.keysOf(new UserId(7), Role.FOCAL_POINT)))).as("listed, but may not see the program").isEmpty();

        assertThat(visible(q, SearchIndex.Scope.everything(Readers.keysOf(new UserId(1), Role.ADMIN))))
                .as("ADMIN is not implied").containsExactly("TASK:3");
        index.put(List.of(new Searchable("DENUNCIATION", 1, "Đơn tố cáo về phối hợp", null, 2026, null,
                List.of(handling), "/cases/1", Readers.roles(Role.CASE_HANDLER, Role.ADMIN))));
        assertThat(visible(q, SearchIndex.Scope.everything(Readers.keysOf(new UserId(1), Role.ADMIN))))
                .containsExactlyInAnyOrder("DENUNCIATION:1", "TASK:3");
        assertThat(find("phoi hop").total()).as("the system sees everything").isEqualTo(3);
    }

    @Test
    void showsAnItemRestrictedToRolesInCertainBodiesOnlyToThoseRolesOfThoseBodies() {
        OrganizationId handling = new OrganizationId(20);
        OrganizationId supervising = new OrganizationId(30);
        index.put(List.of(new Searchable("CASE", 1, "Đơn khiếu nại về phối hợp", null, 2026, null,
                List.of(handling, supervising), "/cases/1", Readers.rolesIn(handling, Role.CASE_HANDLER, Role.LEADER)
                        .or(Readers.rolesIn(supervising, Role.SUPERVISOR, Role.LEADER)).or(Readers.roles(Role.ADMIN)))));
        var q = SearchIndex.Query.of("phoi hop");
        assertThat(visible(q, SearchIndex.Scope.of(Set.of(), handling,
                Readers.keysOf(new UserId(5), handling, Role.CASE_HANDLER)))).containsExactly("CASE:1");
        assertThat(visible(q, SearchIndex.Scope.of(Set.of(), handling,
                Readers.keysOf(new UserId(6), handling, Role.LEADER)))).containsExactly("CASE:1");
        assertThat(visible(q, SearchIndex.Scope.of(Set.of(), supervising,
                Readers.keysOf(new UserId(7), supervising, Role.SUPERVISOR)))).containsExactly("CASE:1");
        assertThat(visible(q, SearchIndex.Scope.of(Set.of(), handling,
                Readers.keysOf(new UserId(8), handling, Role.SUPERVISOR, Role.FOCAL_POINT))))
                .as("roles the handling body's readers do not include").isEmpty();
        assertThat(visible(q, SearchIndex.Scope.of(Set.of(), supervising,
                Readers.keysOf(new UserId(9), supervising, Role.CASE_HANDLER)))).isEmpty();
        assertThat(visible(q, SearchIndex.Scope.everything(Readers.keysOf(new UserId(1), Role.ADMIN))))
                .containsExactly("CASE:1");
    }

    List<String> visible(SearchIndex.Query query, SearchIndex.Scope scope) {
        return index.find(query, scope, 0, 50).items().stream().map(h -> h.kind() + ":" + h.id()).toList();
    }

    @Test
    void listsTheProgramsOfTheMatchingItems() {
        index.put(List.of(item("TASK", 1, "Phối hợp", null, 2026, 1L), item("TASK", 2, "Phối hợp", null, 2026, 2L),
                item("TASK", 3, "Khác", null, 2026, 3L), item("CASE", 4, "Phối hợp", null, 2026, null, 5L)));
        assertThat(index.programsMatching(SearchIndex.Query.of("phoi hop")).orElseThrow())
                .containsExactlyInAnyOrder(new ProgramId(1), new ProgramId(2));
        assertThat(index.programsMatching(new SearchIndex.Query("phoi hop", Set.of("CASE"), null, null)).orElseThrow())
                .isEmpty();
    }

    @Test
    void pagesThroughResultsWithTheTotal() {
        List<Searchable> many = new ArrayList<>();
        for (int i = 1; i <= 25; i++) {
            many.add(task(i, "Nhiệm vụ phối hợp số " + i, null));
        }
        index.put(many);
        var q = SearchIndex.Query.of("phoi hop");
        SearchResults first = index.find(q, SearchIndex.Scope.all(), 0, 10);
        SearchResults third = index.find(q, SearchIndex.Scope.all(), 20, 10);
        SearchResults beyond = index.find(q, SearchIndex.Scope.all(), 40, 10);
        assertThat(first.items()).hasSize(10);
        assertThat(first.total()).isEqualTo(25);
        assertThat(first.totalExact()).isTrue();
        assertThat(third.items()).hasSize(5);
        assertThat(third.total()).isEqualTo(25);
        assertThat(beyond.items()).isEmpty();
        assertThat(beyond.total()).isEqualTo(25);
        List<Long> all = new ArrayList<>();
        for (int offset = 0; offset < 25; offset += 10) {
            index.find(q, SearchIndex.Scope.all(), offset, 10).items().forEach(h -> all.add(h.id()));
        }
        assertThat(all).doesNotHaveDuplicates().hasSize(25);
    }

    @Test
    void countsExactlyUpToItsCapAndThenSaysSo() throws Exception {
        close();
        index = newIndex(5);
        List<Searchable> many = new ArrayList<>();
        for (int i = 1; i <= 8; i++) {
            many.add(item("TASK", i, "Phối hợp " + (i <= 3 ? "hẹp" : "rộng"), null, 2026, (long) i));
        }
        index.put(many);
        SearchResults broad = index.find(SearchIndex.Query.of("phoi hop"), SearchIndex.Scope.all(), 0, 3);
        assertThat(broad.total()).isEqualTo(5);
        assertThat(broad.totalExact()).isFalse();
        assertThat(broad.items()).hasSize(3);
        SearchResults narrow = index.find(SearchIndex.Query.of("phoi hop hep"), SearchIndex.Scope.all(), 0, 10);
        assertThat(narrow.total()).isEqualTo(3);
        assertThat(narrow.totalExact()).isTrue();
        assertThat(index.programsMatching(SearchIndex.Query.of("phoi hop hep")).orElseThrow()).hasSize(3);
        index.programsMatching(SearchIndex.Query.of("phoi hop"))
                .ifPresent(programs -> assertThat(programs).as("complete when listed").hasSize(8));
    }

    @Test
    void findsNothingForAQueryWithoutWords() {
        index.put(List.of(task(1, "Phối hợp", null)));
        assertThat(find("  !!! ... ").total()).isZero();
        assertThat(find("&|!():*'").items()).isEmpty();
        assertThat(index.programsMatching(SearchIndex.Query.of("--")).orElseThrow()).isEmpty();
    }

    @Test
    void rebuildsWithTheGivenItemsAndDropsTheOthers() throws InterruptedException {
        index.put(List.of(task(1, "Cũ phối hợp", null), task(2, "Giữ phối hợp", null)));
        Thread.sleep(5);
        long n = index.rebuild(Stream.of(task(2, "Giữ phối hợp mới", null), task(3, "Thêm phối hợp", null)));
        assertThat(n).isEqualTo(2);
        assertThat(ids("phoi hop")).containsExactlyInAnyOrder(2L, 3L);
        assertThat(find("moi").items()).extracting(SearchHit::title).containsExactly("Giữ phối hợp mới");
        index.rebuild(Stream.empty());
        assertThat(index.isEmpty()).isTrue();
    }
}
