package vn.phoihop.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.context.support.GenericApplicationContext;

import vn.phoihop.shared.Actor;
import vn.phoihop.shared.Forbidden;
import vn.phoihop.shared.ProgramId;
import vn.phoihop.shared.Role;
import vn.phoihop.shared.UserId;

/** The rebuild command and the indexing of an empty index at start, without Spring around them. */
class SearchStartupTest {

    final LuceneIndex index = new LuceneIndex(new ByteBuffersDirectory());
    final SearchableSource source = new SearchableSource() {
        @Override
        public Set<String> kinds() {
            return Set.of("MEETING");
        }

        @Override
        public Optional<Searchable> find(String kind, long id) {
            return Optional.empty();
        }

        @Override
        public Stream<Searchable> all() {
            return Stream.of(new Searchable("MEETING", 1, "Hội nghị ký kết", null, 2026, new ProgramId(1), List.of(),
                    "/meetings/1"));
        }
    };
    final Search search = new Search(index, null, List.of(source));
    final List<Integer> exits = new ArrayList<>();

    SearchStartup startup() {
        GenericApplicationContext context = new GenericApplicationContext();
        context.refresh();
        return new SearchStartup(search, context, exits::add);
    }

    long found() {
        return index.find(SearchIndex.Query.of("hoi nghi"), SearchIndex.Scope.all(), 0, 10).total();
    }

    @Test
    void rebuildsFromEverySourceAndExitsWhenAskedOnTheCommandLine() {
        startup().run(new DefaultApplicationArguments("search-rebuild"));
        assertThat(found()).isEqualTo(1);
        assertThat(exits).containsExactly(0);
    }

    @Test
    void indexesAnEmptyIndexInTheBackgroundOnAnOrdinaryStart() throws InterruptedException {
        startup().run(new DefaultApplicationArguments("--server.port=0"));
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (found() == 0 && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(found()).isEqualTo(1);
        assertThat(exits).isEmpty();
    }

    @Test
    void refusesARebuildToAnyoneButAnAdministrator() {
        Actor leader = new Actor(new UserId(5), "leader", "Lãnh đạo", null, Set.of(Role.LEADER));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> search.rebuild(leader)).isInstanceOf(Forbidden.class);
        Actor admin = new Actor(new UserId(1), "admin", "Quản trị", null, Set.of(Role.ADMIN));
        assertThat(search.rebuild(admin)).isEqualTo(new Search.Rebuilt("lucene", 1));
    }

    @Test
    void offersTheKindsOfEverySource() {
        assertThat(search.kinds()).containsExactly("MEETING");
    }
}
