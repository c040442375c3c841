package vn.phoihop.web;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

/**
 * Links in pages are written as they are. Spring Boot registers {@link ResourceUrlEncodingFilter} as soon as a
 * WebJars locator is present, so every {@code @{…}} link of every page — {@code /programs/12} as much as a style
 * sheet — was looked up on the class path as a static file, and a miss is not cached: most of a page's rendering
 * time. PhoiHop links static files by unversioned paths ({@code /webjars/bootstrap/css/…}) that the resource
 * handler resolves when they are requested, so nothing needs rewriting.
 */
@Configuration(proxyBeanMethods = false)
class ResourceLinks {

    @Bean
    FilterRegistrationBean<ResourceUrlEncodingFilter> resourceUrlEncodingFilter() {
        FilterRegistrationBean<ResourceUrlEncodingFilter> registration =
                new FilterRegistrationBean<>(new ResourceUrlEncodingFilter());
        registration.setEnabled(false);
        return registration;
    }
}
