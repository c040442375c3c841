package vn.phoihop.web;

import java.time.LocalDate;

import org.hibernate.boot.model.TypeContributions;
import org.hibernate.boot.model.TypeContributor;
import org.hibernate.service.ServiceRegistry;
import org.hibernate.type.descriptor.java.LocalDateJavaType;
import org.hibernate.type.descriptor.jdbc.JdbcType;
import org.hibernate.type.descriptor.jdbc.JdbcTypeIndicators;
import org.hibernate.type.descriptor.jdbc.LocalDateJdbcType;

/**
 * Reads and writes {@link LocalDate} attributes through the driver's own {@code java.time} support
 * ({@code getObject(i, LocalDate.class)}) instead of {@code java.sql.Date} with a UTC {@code Calendar}, which is
 * what Hibernate does by default when {@code hibernate.jdbc.time_zone} is set. A {@code date} column has no time
 * zone, so the values are the same; the default path converted each date through {@code java.util.Calendar} and was
 * more than a third of the CPU time of a program's task list (every task's due dates and every progress report's
 * date). Only {@code LocalDate} changes: instants keep Hibernate's UTC handling. Hibernate finds this contributor
 * through {@code META-INF/services/org.hibernate.boot.model.TypeContributor}.
 */
public class DirectLocalDates implements TypeContributor {

    /** {@link LocalDateJavaType} recommending the direct JDBC type. */
    static final class DirectLocalDateJavaType extends LocalDateJavaType {
        @Override
        public JdbcType getRecommendedJdbcType(JdbcTypeIndicators context) {
            return LocalDateJdbcType.INSTANCE;
        }
    }

    @Override
    public void contribute(TypeContributions contributions, ServiceRegistry services) {
        contributions.contributeJavaType(new DirectLocalDateJavaType());
    }
}
