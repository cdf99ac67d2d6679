package org.crmgateway.security;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationEntryPoint;
import tools.jackson.databind.json.JsonMapper;

/**
 * One filter chain per area, deny by default. Each is its own bean so that another area (the web
 * client's pages) is added as one more chain with its own {@link SecurityOrder}, without touching these.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    /** {bcrypt} for new hashes; other {id} prefixes stay readable, so hashes can be upgraded later. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /** The filter chains, only when there is a web server (subcommands run without one). */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnWebApplication
    static class Chains {

        /** Health for load balancers; {@code /error} so that Boot's error page can answer whatever chain failed. */
        @Bean
        @Order(SecurityOrder.HEALTH)
        SecurityFilterChain healthChain(HttpSecurity http) throws Exception {
            return http.securityMatcher("/actuator/health", "/actuator/health/**", "/error")
                    .authorizeHttpRequests(a -> a.anyRequest().permitAll())
                    .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                    .csrf(AbstractHttpConfigurer::disable)
                    .requestCache(AbstractHttpConfigurer::disable)
                    .build();
        }

        @Bean
        @Order(SecurityOrder.API)
        SecurityFilterChain apiChain(HttpSecurity http, JsonMapper json) throws Exception {
            JsonSecurityErrors errors = new JsonSecurityErrors(json);
            return http.securityMatcher("/api/**")
                    .authorizeHttpRequests(a -> a.anyRequest().authenticated())
                    .httpBasic(b -> b.realmName(JsonSecurityErrors.REALM).authenticationEntryPoint(errors))
                    .exceptionHandling(e -> e.authenticationEntryPoint(errors).accessDeniedHandler(errors))
                    .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                    .csrf(AbstractHttpConfigurer::disable)
                    .requestCache(AbstractHttpConfigurer::disable)
                    .build();
        }

        /** Calendar clients speak HTTP Basic only; the CalDAV servlet reads {@code request.getRemoteUser()}. */
        @Bean
        @Order(SecurityOrder.DAV)
        SecurityFilterChain davChain(HttpSecurity http) throws Exception {
            BasicAuthenticationEntryPoint challenge = new BasicAuthenticationEntryPoint();
            challenge.setRealmName(JsonSecurityErrors.REALM);
            challenge.afterPropertiesSet();
            return http.securityMatcher("/dav/**", "/.well-known/**")
                    .authorizeHttpRequests(a -> a.anyRequest().authenticated())
                    .httpBasic(b -> b.realmName(JsonSecurityErrors.REALM).authenticationEntryPoint(challenge))
                    .exceptionHandling(e -> e.authenticationEntryPoint(challenge))
                    .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                    .csrf(AbstractHttpConfigurer::disable)
                    .requestCache(AbstractHttpConfigurer::disable)
                    .build();
        }

        @Bean
        @Order(SecurityOrder.FALLBACK)
        SecurityFilterChain fallbackChain(HttpSecurity http) throws Exception {
            return http.authorizeHttpRequests(a -> a.anyRequest().authenticated())
                    .httpBasic(b -> b.realmName(JsonSecurityErrors.REALM))
                    .build();
        }
    }
}
