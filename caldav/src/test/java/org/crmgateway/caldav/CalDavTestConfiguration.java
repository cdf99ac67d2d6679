package org.crmgateway.caldav;

import org.crmgateway.crm.StaffUsers;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * Test wiring: fixed users, a recording history and HTTP Basic in front of the endpoint. With
 * {@code caldav.test.real-core=true} the core's own users and recorder serve instead.
 */
@Configuration(proxyBeanMethods = false)
class CalDavTestConfiguration {
    static final String REAL_CORE = "caldav.test.real-core";

    @Bean
    @Primary
    @ConditionalOnProperty(name = REAL_CORE, havingValue = "false", matchIfMissing = true)
    TestUsers testUsers() {
        return new TestUsers();
    }

    @Bean
    @Primary
    @ConditionalOnProperty(name = REAL_CORE, havingValue = "false", matchIfMissing = true)
    RecordingHistory recordingHistory() {
        return new RecordingHistory();
    }

    @Bean
    FilterRegistrationBean<TestBasicAuthFilter> testBasicAuth(StaffUsers users) {
        FilterRegistrationBean<TestBasicAuthFilter> registration = new FilterRegistrationBean<>(
                new TestBasicAuthFilter(users));
        registration.addUrlPatterns("/dav", "/dav/*", "/.well-known/*");
        return registration;
    }
}
