package vn.phoihop.search;

import java.util.List;

/**
 * A page of hits, best first: {@code GET /api/v1/search} answers {@code {items, total, totalExact}}. {@code total} is
 * exact when {@code totalExact}; when more items match than an engine counts exactly (10,000 for Lucene, as
 * OpenSearch's {@code track_total_hits}; 500 for PostgreSQL, which then ranks only the first 501 matches it
 * meets, title matches first), it is that number and {@code totalExact} is false — ask with more words or a filter.
 */
public record SearchResults(List<SearchHit> items, long total, boolean totalExact) {

    public SearchResults {
        items = List.copyOf(items);
    }

    static SearchResults none() {
        return new SearchResults(List.of(), 0, true);
    }
}
