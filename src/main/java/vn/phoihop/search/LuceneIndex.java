package vn.phoihop.search;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.icu.ICUFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.CollectionTerminatedException;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.BytesRef;

import vn.phoihop.shared.OrganizationId;
import vn.phoihop.shared.ProgramId;

/**
 * The embedded index: Lucene with ICU folding (which already folds đ/Đ to d, UTR #30), BM25 with title words
 * counting twice. Near-real-time: every write is committed (an acknowledged event must survive a
 * crash) and the searcher refreshed before the write returns.
 */
class LuceneIndex implements SearchIndex, Closeable {

    static final Analyzer ANALYZER = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String field) {
            Tokenizer words = new StandardTokenizer();
            return new TokenStreamComponents(words, new ICUFoldingFilter(words));
        }
    };

    /** Totals are exact up to this many matches, as OpenSearch's default {@code track_total_hits}. */
    static final int EXACT_UP_TO = 10_000;
    /** The fields' layout; an index of another layout is emptied when opened (and rebuilt at start). */
    static final String SCHEMA = "2";
    /** Items without a program carry this program id, so that one point query finds them. */
    private static final long NO_PROGRAM = 0L;

    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final Runnable onClose;
    private final int exactUpTo;
    private final AtomicLong generations = new AtomicLong();

    LuceneIndex(Directory directory) {
        this(directory, () -> { });
    }

    LuceneIndex(Directory directory, Runnable onClose) {
        this(directory, onClose, EXACT_UP_TO);
    }

    LuceneIndex(Directory directory, Runnable onClose, int exactUpTo) {
        this.directory = directory;
        this.exactUpTo = exactUpTo;
        this.onClose = onClose;
        try {
            this.writer = new IndexWriter(directory, new IndexWriterConfig(ANALYZER)
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND));
            String schema = null;
            if (writer.getLiveCommitData() != null) {
                for (var e : writer.getLiveCommitData()) {
                    if (e.getKey().equals("schema")) {
                        schema = e.getValue();
                    }
                }
            }
            if (!SCHEMA.equals(schema)) {
                // written by an older version (without the readers field, say): emptied, so that the start rebuilds it
                writer.deleteAll();
                writer.setLiveCommitData(java.util.Map.of("schema", SCHEMA).entrySet());
            }
            this.writer.commit();
            this.searchers = new SearcherManager(writer, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String engine() {
        return "lucene";
    }

    @Override
    public void put(Collection<Searchable> documents) {
        try {
            for (Searchable d : documents) {
                writer.updateDocument(new Term("key", d.key()), document(d));
            }
            publish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void remove(String kind, long id) {
        try {
            writer.deleteDocuments(new Term("key", kind + ":" + id));
            publish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public long rebuild(Stream<Searchable> documents) {
        long began = generation();
        AtomicLong count = new AtomicLong();
        try {
            documents.forEach(d -> {
                try {
                    writer.updateDocument(new Term("key", d.key()), document(d));
                    if (count.incrementAndGet() % 10_000 == 0) {
                        writer.commit();
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            writer.deleteDocuments(LongPoint.newRangeQuery("generation", Long.MIN_VALUE, began - 1));
            publish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return count.get();
    }

    /** When an item was written: increasing, so that a rebuild knows what it did not write. */
    private long generation() {
        return generations.updateAndGet(last -> Math.max(last + 1, System.currentTimeMillis()));
    }

    /** Adds without committing: for loading many items at once (the benchmark), followed by {@link #publish()}. */
    void add(Searchable d) throws IOException {
        writer.addDocument(document(d));
    }

    void publish() throws IOException {
        writer.commit();
        searchers.maybeRefreshBlocking();
    }

    @Override
    public boolean isEmpty() {
        return withSearcher(s -> s.getIndexReader().numDocs() == 0);
    }

    @Override
    public Optional<Set<ProgramId>> programsMatching(SearchIndex.Query query) {
        org.apache.lucene.search.Query q = query(query, null);
        if (q == null) {
            return Optional.of(Set.of());
        }
        return withSearcher(s -> {
            Set<Long> ids = new HashSet<>();
            int[] matches = {0};
            s.search(q, new SimpleCollector() {
                private NumericDocValues programs;

                @Override
                protected void doSetNextReader(LeafReaderContext context) throws IOException {
                    if (matches[0] > exactUpTo) {
                        throw new CollectionTerminatedException();
                    }
                    programs = context.reader().getNumericDocValues("program");
                }

                @Override
                public void collect(int doc) throws IOException {
                    if (++matches[0] > exactUpTo) {
                        throw new CollectionTerminatedException();
                    }
                    if (programs != null && programs.advanceExact(doc) && programs.longValue() != NO_PROGRAM) {
                        ids.add(programs.longValue());
                    }
                }

                @Override
                public ScoreMode scoreMode() {
                    return ScoreMode.COMPLETE_NO_SCORES;
                }
            });
            if (matches[0] > exactUpTo) {
                // too many to list quickly: the caller takes every program the user may see
                return Optional.<Set<ProgramId>>empty();
            }
            Set<ProgramId> result = new HashSet<>();
            ids.forEach(id -> result.add(new ProgramId(id)));
            return Optional.of(result);
        });
    }

    @Override
    public SearchResults find(SearchIndex.Query query, Scope scope, int offset, int limit) {
        org.apache.lucene.search.Query q = query(query, scope);
        if (q == null) {
            return SearchResults.none();
        }
        List<String> terms = Folding.terms(query.text());
        return withSearcher(s -> {
            // Counting stops at the cap (beyond it, skipping through blocks of low scores is what makes common
            // words fast); the best hits are exact all the same.
            TopDocs top = s.search(q, new TopScoreDocCollectorManager(Math.max(1, offset + limit), null, exactUpTo));
            boolean exact = top.totalHits.relation == TotalHits.Relation.EQUAL_TO && top.totalHits.value <= exactUpTo;
            long total = exact ? top.totalHits.value : exactUpTo;
            List<SearchHit> hits = new ArrayList<>();
            for (int i = offset; i < top.scoreDocs.length; i++) {
                ScoreDoc sd = top.scoreDocs[i];
                Document d = s.storedFields().document(sd.doc);
                long program = d.getField("program").numericValue().longValue();
                var year = d.getField("year");
                hits.add(new SearchHit(d.get("kind"), d.getField("id").numericValue().longValue(), d.get("title"),
                        Snippets.of(d.get("title"), d.get("text"), terms),
                        year == null ? null : year.numericValue().intValue(),
                        program == NO_PROGRAM ? null : new ProgramId(program), d.get("url")));
            }
            return new SearchResults(hits, total, exact);
        });
    }

    /** The Lucene query: every word in the title or the text, then the filters; {@code null} when no word. */
    private static org.apache.lucene.search.Query query(SearchIndex.Query query, Scope scope) {
        List<String> words = analyze(query.text());
        if (words.isEmpty()) {
            return null;
        }
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        for (String w : words) {
            all.add(new TermQuery(new Term("all", w)), Occur.MUST);
        }
        if (!query.kinds().isEmpty()) {
            all.add(new TermInSetQuery("kind", query.kinds().stream().map(BytesRef::new).toList()), Occur.FILTER);
        }
        if (query.year() != null) {
            all.add(IntPoint.newExactQuery("year", query.year()), Occur.FILTER);
        }
        if (query.organizationId() != null) {
            all.add(LongPoint.newExactQuery("org", query.organizationId().value()), Occur.FILTER);
        }
        if (scope != null && !scope.everything()) {
            BooleanQuery.Builder visible = new BooleanQuery.Builder();
            if (!scope.programs().isEmpty()) {
                visible.add(LongPoint.newSetQuery("program",
                        scope.programs().stream().mapToLong(ProgramId::value).toArray()), Occur.SHOULD);
            }
            if (scope.body() != null) {
                visible.add(new BooleanQuery.Builder()
                        .add(LongPoint.newExactQuery("program", NO_PROGRAM), Occur.FILTER)
                        .add(LongPoint.newExactQuery("org", scope.body().value()), Occur.FILTER)
                        .build(), Occur.SHOULD);
            }
            visible.setMinimumNumberShouldMatch(1);
            all.add(visible.build(), Occur.FILTER);
        }
        if (scope != null && scope.readers() != null) {
            all.add(new TermInSetQuery("readers", scope.readers().stream().map(BytesRef::new).toList()), Occur.FILTER);
        }
        return all.build();
    }

    /** The folded words of a query, as the index stores them. */
    static List<String> analyze(String text) {
        Set<String> words = new LinkedHashSet<>();
        if (text == null) {
            return List.of();
        }
        try (TokenStream ts = ANALYZER.tokenStream("text", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                words.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ArrayList<>(words);
    }

    private Document document(Searchable s) {
        Document d = new Document();
        d.add(new LongPoint("generation", generation()));
        d.add(new StringField("key", s.key(), Field.Store.NO));
        d.add(new StringField("kind", s.kind(), Field.Store.YES));
        d.add(new StoredField("id", s.id()));
        d.add(new StoredField("title", s.title()));
        d.add(new StoredField("text", s.text()));
        // One field, title written twice: the words' conjunction is one that Lucene skips through fast (a second
        // field for the title, as optional clauses, cost ten times as much on common words), and a title word
        // counts double in BM25.
        d.add(new TextField("all", s.title() + "\n" + s.title() + "\n" + s.text(), Field.Store.NO));
        if (s.year() != null) {
            d.add(new IntPoint("year", s.year()));
            d.add(new StoredField("year", s.year()));
        }
        long program = s.programId() == null ? NO_PROGRAM : s.programId().value();
        d.add(new LongPoint("program", program));
        d.add(new NumericDocValuesField("program", program));
        d.add(new StoredField("program", program));
        for (OrganizationId o : s.organizationIds()) {
            d.add(new LongPoint("org", o.value()));
        }
        for (String reader : s.readers().keys()) {
            d.add(new StringField("readers", reader, Field.Store.NO));
        }
        d.add(new StoredField("url", s.url()));
        return d;
    }

    private interface SearcherWork<T> {
        T apply(IndexSearcher searcher) throws IOException;
    }

    private <T> T withSearcher(SearcherWork<T> work) {
        try {
            IndexSearcher s = searchers.acquire();
            try {
                return work.apply(s);
            } finally {
                searchers.release(s);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        try {
            searchers.close();
            writer.close();
            directory.close();
        } finally {
            onClose.run();
        }
    }
}
