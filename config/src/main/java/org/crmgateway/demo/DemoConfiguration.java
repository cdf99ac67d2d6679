package org.crmgateway.demo;

import java.io.IOException;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

/** Starts the demo's IMAP server with the application and stops it with it. */
@Configuration(proxyBeanMethods = false)
@Profile("demo")
class DemoConfiguration {

    @Bean(destroyMethod = "close")
    DemoMailServer demoMailServer(DemoProperties properties) throws IOException {
        return DemoMailServer.start(properties.imapPort());
    }
}
