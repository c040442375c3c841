package vn.phoihop;

import org.springframework.aot.AotDetector;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.DependencyDescriptor;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.ContextAnnotationAutowireCandidateResolver;
import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.data.repository.Repository;

/**
 * Spring Data's deferred repository bootstrap ({@code spring.data.jpa.repositories.bootstrap-mode=deferred}) in a jar
 * processed ahead of time as well: beans get a proxy for each repository they need, and the repositories are made
 * once the context is refreshed, so that no bean waits for Hibernate, which boots in the background meanwhile.
 * Without ahead-of-time processing Spring Data does this itself while reading the configuration, a step such a jar
 * skips.
 */
@Configuration(proxyBeanMethods = false)
class DeferredRepositories {

    @Bean
    static BeanFactoryPostProcessor lazyRepositoryInjection() {
        return beanFactory -> {
            if (AotDetector.useGeneratedArtifacts()
                    && beanFactory instanceof DefaultListableBeanFactory factory) {
                factory.setAutowireCandidateResolver(new ContextAnnotationAutowireCandidateResolver() {
                    @Override
                    protected boolean isLazy(DependencyDescriptor descriptor) {
                        return Repository.class.isAssignableFrom(descriptor.getDependencyType())
                                || super.isLazy(descriptor);
                    }
                });
            }
        };
    }

    @Bean
    static ApplicationListener<ContextRefreshedEvent> repositoryInitialization() {
        return new ApplicationListener<>() {
            @Override
            public void onApplicationEvent(ContextRefreshedEvent event) {
                if (AotDetector.useGeneratedArtifacts()) {
                    event.getApplicationContext().getBeansOfType(Repository.class);
                }
            }
        };
    }
}
