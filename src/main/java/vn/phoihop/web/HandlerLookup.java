package vn.phoihop.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxMvcAutoConfiguration;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequestMappingHandlerMapping;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.webmvc.autoconfigure.WebMvcRegistrations;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.ExceptionHandlerExceptionResolver;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Finding the controller method of a request with a path variable means testing it against every route (some 400);
 * each test asks the request for its method several times, and the request has passed through a dozen filters that
 * each wrapped it, so every one of those calls walked the whole chain of wrappers: 8–15 % of the CPU time of a request.
 * The lookup here sees the request through one more wrapper that answers the method from a field.
 */
@Configuration(proxyBeanMethods = false)
class HandlerLookup {

    /**
     * Primary over the registrations of htmx-spring-boot (two would cancel each other: Spring Boot uses only a unique
     * or primary one); its handler adapter and exception resolver are kept, and the lookup below extends its mapping.
     */
    @Bean
    @Primary
    static WebMvcRegistrations handlerLookupRegistrations(ObjectProvider<HtmxMvcAutoConfiguration> htmx) {
        return new WebMvcRegistrations() {
            @Override
            public RequestMappingHandlerMapping getRequestMappingHandlerMapping() {
                return new Mapping();
            }

            @Override
            public RequestMappingHandlerAdapter getRequestMappingHandlerAdapter() {
                HtmxMvcAutoConfiguration h = htmx.getIfAvailable();
                return h == null ? null : h.getRequestMappingHandlerAdapter();
            }

            @Override
            public ExceptionHandlerExceptionResolver getExceptionHandlerExceptionResolver() {
                HtmxMvcAutoConfiguration h = htmx.getIfAvailable();
                return h == null ? null : h.getExceptionHandlerExceptionResolver();
            }
        };
    }

    static final class Mapping extends HtmxRequestMappingHandlerMapping {
        @Override
        protected HandlerMethod getHandlerInternal(HttpServletRequest request) throws Exception {
            return super.getHandlerInternal(new MethodRead(request));
        }
    }

    /** The request with its method read once. */
    static final class MethodRead extends HttpServletRequestWrapper {
        private final String method;

        MethodRead(HttpServletRequest request) {
            super(request);
            this.method = request.getMethod();
        }

        @Override
        public String getMethod() {
            return method;
        }
    }
}
