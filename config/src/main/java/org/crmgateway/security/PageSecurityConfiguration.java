package org.crmgateway.security;

import java.time.Clock;

import org.crmgateway.crm.StaffUsers;
import org.crmgateway.web.audit.AuditLog;
import org.crmgateway.web.credential.PersonalCredentials;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Security of the web client: form login with a session and CSRF protection, logout, security
 * headers; plus what every chain shares: personal API tokens and app passwords, login throttling
 * and the audit of logins.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class PageSecurityConfiguration {

    /** Pages: scripts and styles only from the gateway itself, never framed by another site. */
    static final String PAGE_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "frame-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'none'; object-src 'none'";

    /**
     * Everything the API, CalDAV and health chains did not take, except the other actuator
     * endpoints, which stay with the fallback chain.
     */
    @Bean
    @Order(SecurityOrder.PAGES)
    SecurityFilterChain pageSecurityFilterChain(HttpSecurity http) throws Exception {
        http.securityMatcher(new NegatedRequestMatcher(PathPatternRequestMatcher.withDefaults().matcher("/actuator/**")))
                .authorizeHttpRequests(a -> a
                        .requestMatchers("/login", "/css/**", "/webjars/**", "/favicon.ico", "/error").permitAll()
                        .requestMatchers("/admin/**").hasRole("ADMIN")
                        .anyRequest().authenticated())
                .formLogin(f -> f.loginPage("/login").defaultSuccessUrl("/partners", true)
                        .failureUrl("/login?error").permitAll())
                .logout(l -> l.logoutUrl("/logout").logoutSuccessUrl("/login?logout")
                        .deleteCookies("JSESSIONID").permitAll())
                .sessionManagement(s -> s.sessionFixation(f -> f.changeSessionId()))
                .csrf(Customizer.withDefaults())
                .headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives(PAGE_CSP)));
        return http.build();
    }

    /** Applied by Spring Security to every filter chain, the API's and CalDAV's too. */
    @Bean
    Customizer<HttpSecurity> personalCredentialsAndHeaders(PersonalCredentials credentials, StaffUsers staff,
                                                           ObjectProvider<UserDetailsService> userDetails) {
        return http -> {
            try {
                http.addFilterBefore(new PersonalCredentialFilter(credentials, staff, userDetails),
                                BasicAuthenticationFilter.class)
                        .headers(h -> h.referrerPolicy(r -> r.policy(ReferrerPolicy.SAME_ORIGIN))
                                .frameOptions(f -> f.sameOrigin()));
            } catch (Exception e) {
                throw new IllegalStateException("Configuring personal credentials", e);
            }
        };
    }

    @Bean
    LoginThrottle loginThrottle() {
        return new LoginThrottle(Clock.systemUTC());
    }

    @Bean
    SecurityAudit securityAudit(AuditLog log, StaffUsers staff, LoginThrottle throttle) {
        return new SecurityAudit(log, staff, throttle);
    }

    /** Ahead of all security chains, so a locked name is refused before any password is checked. */
    @Bean
    FilterRegistrationBean<LoginThrottleFilter> loginThrottleFilter(LoginThrottle throttle, SecurityAudit audit) {
        FilterRegistrationBean<LoginThrottleFilter> registration =
                new FilterRegistrationBean<>(new LoginThrottleFilter(throttle, audit));
        registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 1);
        return registration;
    }
}
