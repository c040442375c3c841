package vn.phoihop.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import vn.phoihop.ApiIntegrationTest;
import vn.phoihop.OnH2;

/**
 * The application's controller lookup is the one that reads the request method once (and is still htmx-spring-boot's
 * mapping), and requests still reach their controllers by path and method.
 */
@OnH2
class HandlerLookupTest extends ApiIntegrationTest {

    @Autowired
    ApplicationContext context;

    @Test
    void theControllerLookupIsTheFastOne() {
        assertThat(context.getBean("requestMappingHandlerMapping", RequestMappingHandlerMapping.class))
                .isInstanceOf(HandlerLookup.Mapping.class)
                .isInstanceOf(io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequestMappingHandlerMapping.class);
        // and requests with path variables still reach their controllers, with the right method
        long office = api.body("Văn phòng Tỉnh ủy");
        var user = api.user(office, "SECRETARIAT");
        long program = api.post("/api/v1/programs", user.token(), java.util.Map.of("title", "Chương trình tra cứu",
                "year", 2026, "parties", java.util.List.of(java.util.Map.of("organizationId", office)))).id();
        assertThat(api.get("/api/v1/programs/" + program, user.token()).status()).isEqualTo(200);
        assertThat(api.send("DELETE", "/api/v1/programs/" + program + "/tasks", user.token(), null, null).status()).isEqualTo(405);
    }
}
