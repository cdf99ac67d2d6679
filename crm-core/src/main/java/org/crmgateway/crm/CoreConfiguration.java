package org.crmgateway.crm;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds {@link CoreProperties}; the core's beans are found by component scanning. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CoreProperties.class)
class CoreConfiguration {
}
