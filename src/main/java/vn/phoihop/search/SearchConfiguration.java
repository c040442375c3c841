package vn.phoihop.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.UUID;

import javax.sql.DataSource;

import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.core.env.Environment;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.util.FileSystemUtils;

/**
 * Chooses the index: PostgreSQL's own full-text search when the database is PostgreSQL (every node shares it),
 * the embedded Lucene index otherwise. With {@code phoihop.search.engine=external} neither is made: another module
 * provides a {@link SearchIndex} bean (OpenSearch, see package-info), which this primary one forwards to. Decided
 * when the bean is made, not by a bean condition, so that a jar processed ahead of time honours the setting too.
 */
@Configuration(proxyBeanMethods = false)
class SearchConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SearchConfiguration.class);

    /** Spring closes a Lucene index (commit, lock released) with the context: its close method is inferred. */
    @Bean
    @Primary
    SearchIndex searchIndex(SearchProperties properties, DataSource dataSource, PlatformTransactionManager transactions,
                            Environment environment, ListableBeanFactory beans) throws IOException {
        if (properties.engine() == SearchProperties.Engine.EXTERNAL) {
            log.info("Search: the external engine's SearchIndex bean");
            return new ExternalIndex(beans, "searchIndex");
        }
        String url = url(dataSource);
        boolean postgres = url.startsWith("jdbc:postgresql:");
        SearchProperties.Engine engine = properties.engine();
        if (engine == SearchProperties.Engine.POSTGRES || engine == SearchProperties.Engine.AUTO && postgres) {
            log.info("Search: PostgreSQL full-text search (search_document)");
            return new PostgresIndex(dataSource, transactions);
        }
        String key = databaseKey(new JdbcTemplate(dataSource));
        if (url.startsWith("jdbc:h2:mem:")) {
            log.info("Search: Lucene in memory, as the database is");
            return new LuceneIndex(new ByteBuffersDirectory());
        }
        Path root = properties.luceneDir() != null ? properties.luceneDir() : Path.of(environment.resolvePlaceholders(
                "${phoihop.accounts.data-dir:${PHOIHOP_DATA_DIR:./data}}"), "search");
        Path dir = root.resolve(key);
        Files.createDirectories(dir);
        try {
            log.info("Search: Lucene in {}", dir.toAbsolutePath());
            return new LuceneIndex(FSDirectory.open(dir));
        } catch (UncheckedIOException e) {
            if (!(e.getCause() instanceof LockObtainFailedException)) {
                throw e;
            }
            // Another application on the same database holds the index (only tests do that): keep a private one,
            // rebuilt from the database at start.
            Path own = Files.createTempDirectory(root, key + "-");
            log.warn("Search: {} is in use; using a private index in {}", dir, own);
            return new LuceneIndex(FSDirectory.open(own), () -> FileSystemUtils.deleteRecursively(own.toFile()));
        }
    }

    private static String url(DataSource dataSource) {
        try (Connection c = dataSource.getConnection()) {
            return c.getMetaData().getURL();
        } catch (SQLException e) {
            throw new IllegalStateException("Search: cannot reach the database", e);
        }
    }

    /** This database's identity, made once: the Lucene index of another database is never reused. */
    static String databaseKey(JdbcTemplate jdbc) {
        for (int attempt = 0; attempt < 2; attempt++) {
            var keys = jdbc.queryForList("select database_key from search_state where id = 1", String.class);
            if (!keys.isEmpty()) {
                return keys.get(0);
            }
            try {
                jdbc.update("insert into search_state (id, database_key) values (1, ?)", UUID.randomUUID().toString());
            } catch (DataIntegrityViolationException e) {
                // another node made it first: read theirs
            }
        }
        throw new IllegalStateException("Search: no database key");
    }
}
