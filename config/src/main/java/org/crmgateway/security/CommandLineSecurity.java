package org.crmgateway.security;

import org.springframework.boot.autoconfigure.condition.ConditionalOnNotWebApplication;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;

/**
 * Subcommands run without a web server, where Spring Boot does not switch web security on; the
 * filter chain beans still need their {@code HttpSecurity} to be built, though nothing uses them.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnNotWebApplication
@EnableWebSecurity
class CommandLineSecurity {
}
