package vn.phoihop.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Lucene index against the contract, in memory; and that it keeps its items on disk across a restart. */
class LuceneIndexTest extends SearchIndexContract {

    @TempDir
    Path dir;

    @Override
    SearchIndex newIndex(int exactUpTo) {
        return new LuceneIndex(new ByteBuffersDirectory(), () -> { }, exactUpTo);
    }

    @Test
    void keepsItsItemsOnDiskAcrossARestart() throws Exception {
        try (LuceneIndex disk = new LuceneIndex(FSDirectory.open(dir))) {
            disk.put(List.of(task(1, "Phối hợp lưu trên đĩa", null)));
        }
        try (LuceneIndex reopened = new LuceneIndex(FSDirectory.open(dir))) {
            assertThat(reopened.find(SearchIndex.Query.of("luu tren dia"), SearchIndex.Scope.all(), 0, 10).total())
                    .isEqualTo(1);
        }
    }

    @Test
    void emptiesAnIndexOfAnOlderLayoutSoThatTheStartRebuildsIt() throws Exception {
        try (IndexWriter writer = new IndexWriter(FSDirectory.open(dir), new IndexWriterConfig(LuceneIndex.ANALYZER))) {
            Document d = new Document();
            d.add(new TextField("all", "Phối hợp không có trường readers", Field.Store.NO));
            writer.addDocument(d);
            writer.commit();
        }
        try (LuceneIndex reopened = new LuceneIndex(FSDirectory.open(dir))) {
            assertThat(reopened.isEmpty()).isTrue();
            reopened.put(List.of(task(1, "Phối hợp", null)));
        }
        try (LuceneIndex again = new LuceneIndex(FSDirectory.open(dir))) {
            assertThat(again.isEmpty()).as("the current layout is kept").isFalse();
        }
    }

    @Test
    void icuFoldingAlreadyFoldsDStroke() {
        assertThat(LuceneIndex.analyze("Đảng ĐOÀN đồng")).containsExactly("dang", "doan", "dong");
    }
}
