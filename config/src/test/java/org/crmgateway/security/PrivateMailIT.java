package org.crmgateway.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.crmgateway.crm.ActivityId;
import org.crmgateway.crm.Partner;
import org.crmgateway.crm.Role;
import org.crmgateway.crm.StaffUser;
import org.crmgateway.crm.TenantId;
import org.crmgateway.testing.GatewayIT;
import org.crmgateway.testing.HttpSession;
import org.crmgateway.testing.Seed;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A private message is its owner's alone: colleagues, even admins, see nothing of it, not even that it exists. */
@GatewayIT
class PrivateMailIT {

    @LocalServerPort
    int port;
    @Autowired
    Seed seed;

    @Test
    void privateMailIsVisibleToItsOwnerOnly() {
        TenantId tenant = seed.tenant("Private");
        String firm = Seed.unique("firm") + ".example";
        StaffUser alice = seed.user(tenant, Seed.unique("alice"), firm, Role.USER);
        StaffUser boss = seed.user(tenant, Seed.unique("boss"), firm, Role.ADMIN);
        String domain = Seed.unique("client") + ".example";
        Partner client = seed.company(tenant, "Client Co", domain);
        ActivityId shared = seed.mail(tenant, alice, "buyer@" + domain, alice.email().value(), "Order 17 confirmed").record();
        ActivityId secret = seed.mail(tenant, alice, "buyer@" + domain, alice.email().value(), "Job offer for Alice")
                .privateToOwner().record();

        HttpSession owner = HttpSession.login(port, alice.username(), Seed.PASSWORD);
        HttpSession colleague = HttpSession.login(port, boss.username(), Seed.PASSWORD);
        HttpSession api = HttpSession.anonymous(port);

        assertThat(owner.get("/partners/" + client.id()).body()).contains("Order 17 confirmed", "Job offer for Alice");
        assertThat(owner.get("/activities/" + secret).statusCode()).isEqualTo(200);
        assertThat(colleague.get("/partners/" + client.id()).body()).contains("Order 17 confirmed")
                .doesNotContain("Job offer");
        assertThat(colleague.get("/activities/" + secret).statusCode()).isEqualTo(404);
        assertThat(colleague.get("/activities/" + secret + "/body").statusCode()).isEqualTo(404);
        assertThat(api.basic("GET", "/api/activities/" + secret, boss.username(), Seed.PASSWORD).statusCode())
                .isEqualTo(404);
        assertThat(api.basic("GET", "/api/partners/" + client.id() + "/activities", boss.username(), Seed.PASSWORD)
                .body()).contains("Order 17").doesNotContain("Job offer", "\"id\":" + secret.value() + ",");

        // the owner marks the shared one private from the message page; colleagues lose it too
        assertThat(owner.post("/activities/" + shared + "/private", Map.of("value", "true")).statusCode()).isEqualTo(302);
        assertThat(colleague.get("/activities/" + shared).statusCode()).isEqualTo(404);
        // a colleague cannot flip someone else's message
        assertThat(colleague.post("/activities/" + secret + "/private", Map.of("value", "false")).statusCode())
                .isEqualTo(404);
        assertThat(colleague.get("/activities/" + secret).statusCode()).isEqualTo(404);
    }
}
