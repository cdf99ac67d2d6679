package org.crmgateway.caldav;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/** Test wiring: fixed users, a recording history and HTTP Basic in front of the endpoint. */
@Configuration(proxyBeanMethods = false)
class CalDavTestConfiguration {

    @Bean
    @Primary
    TestUsers testUsers() {
        return new TestUsers();
    }

    @Bean
    @Primary
    RecordingHistory recordingHistory() {
        return new RecordingHistory();
    }

    @Bean
    FilterRegistrationBean<TestBasicAuthFilter> testBasicAuth() {
        FilterRegistrationBean<TestBasicAuthFilter> registration = new FilterRegistrationBean<>(new TestBasicAuthFilter());
        registration.addUrlPatterns("/dav", "/dav/*", "/.well-known/*");
        return registration;
    }
}
