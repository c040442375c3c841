package vn.phoihop.audit;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The chain writer runs on a schedule (see {@link AuditChain}). */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class AuditScheduling {
}
