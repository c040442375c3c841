package vn.phoihop.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

import vn.phoihop.shared.ProgramId;

/** {@code phoihop.search.engine=external}: decided when the bean is made, the index another module provides. */
class ExternalIndexTest {

    final StaticListableBeanFactory beans = new StaticListableBeanFactory();

    SearchIndex configured() throws Exception {
        SearchIndex index = new SearchConfiguration().searchIndex(
                new SearchProperties(SearchProperties.Engine.EXTERNAL, null), null, null, null, beans);
        beans.addBean("searchIndex", index);
        return index;
    }

    @Test
    void forwardsEverythingToTheIndexAnotherModuleProvides() throws Exception {
        LuceneIndex other = new LuceneIndex(new ByteBuffersDirectory());
        beans.addBean("openSearchIndex", other);
        SearchIndex index = configured();

        index.put(List.of(new Searchable("MEETING", 1, "Hội nghị ký kết", null, 2026, new ProgramId(1), List.of(),
                "/meetings/1")));

        assertThat(index.engine()).isEqualTo("lucene");
        assertThat(other.isEmpty()).isFalse();
        assertThat(index.find(SearchIndex.Query.of("hoi nghi"), SearchIndex.Scope.all(), 0, 10).total()).isEqualTo(1);
    }

    @Test
    void saysWhatIsMissingWhenNoOtherModuleProvidesAnIndex() throws Exception {
        SearchIndex index = configured();

        assertThatThrownBy(index::isEmpty).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("phoihop.search.engine=external");
    }
}
