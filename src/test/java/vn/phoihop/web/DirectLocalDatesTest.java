package vn.phoihop.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManagerFactory;

import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.phoihop.ApiIntegrationTest;
import vn.phoihop.OnH2;

/** Dates go through the driver's {@code java.time} support, and come back as they were stored. */
@OnH2
class DirectLocalDatesTest extends ApiIntegrationTest {

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Test
    void localDatesUseTheDirectTypeAndKeepTheirDay() {
        assertThat(entityManagerFactory.unwrap(SessionFactoryImplementor.class).getTypeConfiguration()
                .getJavaTypeRegistry().getDescriptor(LocalDate.class))
                .isInstanceOf(DirectLocalDates.DirectLocalDateJavaType.class);
        long office = api.body("Văn phòng Tỉnh ủy");
        var user = api.user(office, "SECRETARIAT");
        long program = api.post("/api/v1/programs", user.token(), Map.of("title", "Chương trình ngày tháng",
                "year", 2026, "parties", List.of(Map.of("organizationId", office)))).id();
        long task = api.post("/api/v1/programs/" + program + "/tasks", user.token(), Map.of("title", "Việc cuối năm",
                "leadOrganizationId", office, "dueDate", "2026-12-31")).id();
        assertThat(api.get("/api/v1/tasks/" + task, user.token()).text("dueDate")).isEqualTo("2026-12-31");
    }
}
