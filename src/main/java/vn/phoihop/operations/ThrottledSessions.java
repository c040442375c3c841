package vn.phoihop.operations;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;

/**
 * Page sessions live in the database (every node sees them). Spring Session writes a session's last-access time back
 * on every request, which made each page view one more write transaction; this repository, in front of the JDBC one,
 * moves the stored last-access time on only when it is a minute or more behind. A session may therefore end up to a
 * minute before 30 idle minutes have passed, never later; everything else (attributes, sign-in, sign-out, a new
 * session id) is written as before.
 */
@Configuration(proxyBeanMethods = false)
class ThrottledSessions {

    static final Duration PRECISION = Duration.ofMinutes(1);

    /**
     * Puts the throttle in front of the JDBC repository Spring Boot configures (a repository bean of our own would
     * switch Boot's off); the session filter and the actuator see it through the {@code SessionRepository} type.
     */
    @Bean
    static BeanPostProcessor throttledSessionRepository() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return bean instanceof JdbcIndexedSessionRepository jdbc ? new ThrottledSessionRepository(jdbc) : bean;
            }
        };
    }

    /**
     * Two requests of one session may each add the same attribute, such as the CSRF token that the first page after
     * sign-in makes when the browser asks for several pages at once. The JDBC repository's plain INSERT then failed the
     * later one with a duplicate key (a 500 for the user); an upsert, in the database's own words, stores the last one.
     */
    @Bean
    SessionRepositoryCustomizer<JdbcIndexedSessionRepository> upsertSessionAttributes(DataSource dataSource) {
        return repository -> {
            String product;
            try {
                product = JdbcUtils.extractDatabaseMetaData(dataSource, meta -> meta.getDatabaseProductName());
            } catch (MetaDataAccessException e) {
                throw new IllegalStateException("cannot tell which database holds the sessions", e);
            }
            if ("PostgreSQL".equals(product)) {
                new PostgreSqlJdbcIndexedSessionRepositoryCustomizer().customize(repository);
            } else if ("H2".equals(product)) {
                repository.setCreateSessionAttributeQuery("""
                        MERGE INTO %TABLE_NAME%_ATTRIBUTES (SESSION_PRIMARY_ID, ATTRIBUTE_NAME, ATTRIBUTE_BYTES)
                        KEY (SESSION_PRIMARY_ID, ATTRIBUTE_NAME) VALUES (?, ?, ?)
                        """);
            }
        };
    }

    /** The JDBC repository with the last-access write kept to one a minute. */
    static final class ThrottledSessionRepository
            implements FindByIndexNameSessionRepository<ThrottledSessionRepository.ThrottledSession> {

        private final FindByIndexNameSessionRepository<Session> delegate;

        @SuppressWarnings({"unchecked", "rawtypes"})
        ThrottledSessionRepository(JdbcIndexedSessionRepository delegate) {
            // Its session class is not public: held through the interface it implements.
            this.delegate = (FindByIndexNameSessionRepository) delegate;
        }

        @Override
        public ThrottledSession createSession() {
            return new ThrottledSession(delegate.createSession());
        }

        @Override
        public void save(ThrottledSession session) {
            delegate.save(session.inner);
        }

        @Override
        public ThrottledSession findById(String id) {
            Session found = delegate.findById(id);
            return found == null ? null : new ThrottledSession(found);
        }

        @Override
        public void deleteById(String id) {
            delegate.deleteById(id);
        }

        @Override
        public Map<String, ThrottledSession> findByIndexNameAndIndexValue(String indexName, String indexValue) {
            Map<String, ThrottledSession> result = new LinkedHashMap<>();
            delegate.findByIndexNameAndIndexValue(indexName, indexValue)
                    .forEach((id, s) -> result.put(id, new ThrottledSession(s)));
            return result;
        }

        /** A session whose last-access time is passed on only when it moves by a minute or more. */
        static final class ThrottledSession implements Session {

            private final Session inner;

            ThrottledSession(Session inner) {
                this.inner = inner;
            }

            @Override
            public void setLastAccessedTime(Instant time) {
                Instant stored = inner.getLastAccessedTime();
                if (stored == null || time.isBefore(stored) || !time.isBefore(stored.plus(PRECISION))) {
                    inner.setLastAccessedTime(time);
                }
            }

            @Override
            public Instant getLastAccessedTime() {
                return inner.getLastAccessedTime();
            }

            @Override
            public String getId() {
                return inner.getId();
            }

            @Override
            public String changeSessionId() {
                return inner.changeSessionId();
            }

            @Override
            public <T> T getAttribute(String name) {
                return inner.getAttribute(name);
            }

            @Override
            public Set<String> getAttributeNames() {
                return inner.getAttributeNames();
            }

            @Override
            public void setAttribute(String name, Object value) {
                inner.setAttribute(name, value);
            }

            @Override
            public void removeAttribute(String name) {
                inner.removeAttribute(name);
            }

            @Override
            public Instant getCreationTime() {
                return inner.getCreationTime();
            }

            @Override
            public void setMaxInactiveInterval(Duration interval) {
                inner.setMaxInactiveInterval(interval);
            }

            @Override
            public Duration getMaxInactiveInterval() {
                return inner.getMaxInactiveInterval();
            }

            @Override
            public boolean isExpired() {
                return inner.isExpired();
            }
        }
    }
}
