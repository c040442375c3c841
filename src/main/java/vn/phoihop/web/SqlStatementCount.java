package vn.phoihop.web;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import org.hibernate.resource.jdbc.spi.StatementInspector;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Counts the SQL statements Hibernate prepares while one request is served (Hibernate's {@link StatementInspector},
 * named in {@code application.properties}). Counting is off unless {@code phoihop.perf.count-statements=true}
 * turns on the {@link Filter} below; the tests set it to catch a page whose statements grow with its rows (N+1).
 */
public final class SqlStatementCount implements StatementInspector {

    private static final ThreadLocal<int[]> CURRENT = new ThreadLocal<>();
    private static final Map<String, Integer> LAST = new LinkedHashMap<>(64, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Integer> eldest) {
            return size() > 500;
        }
    };

    @Override
    public String inspect(String sql) {
        int[] count = CURRENT.get();
        if (count != null) {
            count[0]++;
        }
        return sql;
    }

    /**
     * The number of statements of the last finished request to this path (with its query string, if any), waiting
     * up to two seconds for the request to finish on the server; -1 if none was counted.
     */
    public static int lastFor(String pathAndQuery) {
        long until = System.nanoTime() + 2_000_000_000L;
        while (true) {
            synchronized (LAST) {
                Integer n = LAST.remove(pathAndQuery);
                if (n != null) {
                    return n;
                }
            }
            if (System.nanoTime() > until) {
                return -1;
            }
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return -1;
            }
        }
    }

    /**
     * Counts per request when {@code phoihop.perf.count-statements=true} (the tests); passes every request on
     * otherwise. Read at start, not as a bean condition, so that a jar processed ahead of time honours it too.
     */
    @Component
    @Order(Ordered.HIGHEST_PRECEDENCE)
    static class Filter extends OncePerRequestFilter {

        private final boolean enabled;

        Filter(@Value("${phoihop.perf.count-statements:false}") boolean enabled) {
            this.enabled = enabled;
        }

        @Override
        protected boolean shouldNotFilter(HttpServletRequest request) {
            return !enabled;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            int[] count = new int[1];
            CURRENT.set(count);
            try {
                chain.doFilter(request, response);
            } finally {
                CURRENT.remove();
                String key = request.getQueryString() == null ? request.getRequestURI()
                        : request.getRequestURI() + "?" + request.getQueryString();
                synchronized (LAST) {
                    LAST.put(key, count[0]);
                }
            }
        }
    }
}
