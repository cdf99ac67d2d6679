package org.crmgateway;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;

/**
 * The whole gateway on a random port over an in-memory H2 database. Every IT with exactly this
 * annotation shares one Spring context (and one database), so each test creates its own data.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(classes = GatewayApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
                "spring.datasource.url=jdbc:h2:mem:gateway-it;DB_CLOSE_DELAY=-1",
                "crm.core.data-dir=target/it-data",
                "crm.admin.password=" + GatewayIT.ADMIN_PASSWORD,
        })
public @interface GatewayIT {

    String ADMIN_PASSWORD = "it-admin-password";
}
