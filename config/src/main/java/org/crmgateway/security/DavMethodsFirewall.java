package org.crmgateway.security;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.security.web.firewall.StrictHttpFirewall;

/**
 * Spring Security's firewall answers 400 to every method outside plain HTTP; calendar clients
 * need the WebDAV and CalDAV ones (RFC 4918 section 9, RFC 4791 section 5.3.1, RFC 3253 section 3.6).
 * Everything else the strict firewall checks stays on.
 */
@Configuration(proxyBeanMethods = false)
class DavMethodsFirewall {

    static final List<String> METHODS = List.of("GET", "HEAD", "POST", "PUT", "DELETE", "OPTIONS", "PATCH",
            "PROPFIND", "PROPPATCH", "REPORT", "MKCALENDAR", "MKCOL", "COPY", "MOVE", "LOCK", "UNLOCK");

    @Bean
    HttpFirewall httpFirewall() {
        StrictHttpFirewall firewall = new StrictHttpFirewall();
        firewall.setAllowedHttpMethods(METHODS);
        return firewall;
    }
}
