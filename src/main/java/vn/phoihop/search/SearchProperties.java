package vn.phoihop.search;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param engine    {@code auto} (PostgreSQL full-text search when the database is PostgreSQL, Lucene otherwise),
 *                  {@code lucene}, {@code postgres}, or {@code external} (another module provides the
 *                  {@link SearchIndex} bean)
 * @param luceneDir where the Lucene index lives; default {@code <data dir>/search}. Each database gets its own
 *                  sub-directory (named by the key in {@code search_state}), so a replaced database never meets a
 *                  stale index; an in-memory database gets an in-memory index.
 */
@ConfigurationProperties("phoihop.search")
record SearchProperties(@DefaultValue("auto") Engine engine, Path luceneDir) {

    enum Engine {
        AUTO, LUCENE, POSTGRES, EXTERNAL
    }
}
