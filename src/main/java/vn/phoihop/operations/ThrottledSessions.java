package vn.phoihop.operations;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

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
