package org.crmgateway.caldav;

import java.time.Clock;
import org.crmgateway.caldav.store.CalendarStore;
import org.crmgateway.caldav.store.JdbcCalendarStore;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Registers {@link CalDavEndpoint} as a plain servlet: Spring MVC's request mappings cannot take
 * PROPFIND or REPORT, a servlet takes any method name.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CalDavProperties.class)
class CalDavConfiguration {

    @Bean
    ServletRegistrationBean<CalDavEndpoint> calDavServlet(CalDavEndpoint endpoint) {
        ServletRegistrationBean<CalDavEndpoint> registration = new ServletRegistrationBean<>(endpoint,
                "/dav", "/dav/*", "/.well-known/caldav", "/.well-known/caldav/");
        registration.setName("caldav");
        registration.setLoadOnStartup(1);
        return registration;
    }

    @Bean
    CalendarStore calendarStore(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        return new JdbcCalendarStore(jdbc, transactions, Clock.systemUTC());
    }
}
