/**
 * Search (tìm kiếm) across every module's items — programs, tasks, progress reports, directions; meetings,
 * conclusions and meeting documents (the meetings module's source); opinion notes and cases as their modules join —
 * folded for case and Vietnamese diacritics, ranked, filtered by kind, year and body, and shown only to those who may
 * see each item.
 *
 * <h2>Indexing contract</h2>
 * A module describes its items as {@link vn.phoihop.search.Searchable} records through a
 * {@link vn.phoihop.search.SearchableSource} bean (its kinds, one item now, all items for a rebuild) and publishes
 * {@link vn.phoihop.search.SearchableChanged} / {@link vn.phoihop.search.SearchableRemoved} in its transaction; the
 * index is updated after the commit (Modulith's event registry retries a failed update). This module never reads
 * another module's tables. Programs and tasks are described here ({@code ProgramDocuments}, asking their facades)
 * because they cannot depend on search; they publish {@code ProgramChanged}, {@code TaskCreated},
 * {@code TaskChanged} and {@code ProgressReported}. A kind's label is the message key {@code search.kind.<KIND>}.
 * <p>
 * Visibility: an item with a program is visible to whoever may see the program ({@code Programs.access}, checked
 * once per program per request); an item without one, to ADMIN and the bodies in its {@code organizationIds}; an
 * item with {@link vn.phoihop.search.Readers} only to the roles and users it names among those (ADMIN not implied).
 * Progress reports follow their task's program, as the tasks module shows them. Never index what some of those
 * readers must not read: a case is indexed without a denouncer's (or any citizen's) name, address or contact — the
 * cases module leaves those fields out of {@code title} and {@code text}. See {@link vn.phoihop.search.SearchableSource}
 * for plugging in a module.
 *
 * <h2>Engines</h2>
 * {@link vn.phoihop.search.SearchIndex} has two implementations passing one contract test, chosen by
 * {@code phoihop.search.engine} ({@code auto}: PostgreSQL when the database is PostgreSQL, else Lucene):
 * <ul>
 * <li>Lucene 9 with ICU folding (which folds đ → d itself) for the embedded single-node default, in
 * {@code phoihop.search.lucene-dir} (default {@code <data dir>/search/<database key>}); near-real-time, every write
 * committed and visible when it returns.</li>
 * <li>PostgreSQL full-text search, table {@code search_document} with a generated {@code tsvector} over
 * {@code search_fold(…)} ({@code unaccent} + {@code translate(đĐ → dD)} + {@code lower}, config {@code simple},
 * GIN indexes on it and on the title alone, ranked with {@code ts_rank} within a bounded number of matches — see
 * {@code PostgresIndex}), so that every node behind the load balancer shares one index. The
 * migration creates {@code unaccent}: that needs a superuser or, since PostgreSQL 13 (a trusted extension), the
 * database owner; otherwise a DBA runs {@code create extension unaccent schema public} before the first start.</li>
 * </ul>
 * Rebuild: {@code java -jar phoihop.jar search-rebuild} or {@code POST /api/v1/search/rebuild} (ADMIN).
 *
 * <h2>OpenSearch at national scale</h2>
 * A national deployment aggregating provinces would add a module (e.g. {@code search.opensearch}) with a
 * {@code SearchIndex} bean and set {@code phoihop.search.engine=external}: {@code put}/{@code remove} become bulk
 * index/delete requests on an index whose mapping has {@code kind}, {@code programId}, {@code organizationIds},
 * {@code year} as keywords/longs and {@code title}, {@code text} as text fields analysed with the ICU plugin
 * ({@code icu_tokenizer} + {@code icu_folding}, title boosted); {@code find} is a {@code bool} query (each word a
 * {@code must} over both fields, filters as {@code filter} clauses, the visible programs as a {@code terms} filter,
 * the user's reader keys ({@link vn.phoihop.search.Readers}) as a {@code terms} filter on a {@code readers} keyword);
 * {@code programsMatching} a {@code terms} aggregation on {@code programId}; {@code rebuild} an alias swap to a fresh
 * index. Snippets stay server-built ({@code Snippets}) from the returned source, so pages do not change; a province
 * code would be added to each document by that module for the national view.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"shared", "web", "accounts", "organizations", "programs", "tasks"})
package vn.phoihop.search;
