package org.crmgateway.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.crmgateway.crm.MatchingSettingsStore;
import org.crmgateway.crm.QuarantineReason;
import org.crmgateway.crm.Quarantine;
import org.crmgateway.crm.Role;
import org.crmgateway.crm.StaffUser;
import org.crmgateway.crm.TenantId;
import org.crmgateway.crm.UnknownSenders;
import org.crmgateway.testing.GatewayIT;
import org.crmgateway.testing.HttpSession;
import org.crmgateway.testing.Seed;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The admin pages: users, matching rules, the quarantine and the audit log, each within the admin's tenant. */
@GatewayIT
class AdminPagesIT {

    @LocalServerPort
    int port;
    @Autowired
    Seed seed;
    @Autowired
    MatchingSettingsStore matching;
    @Autowired
    Quarantine quarantine;

    @Test
    void adminManagesUsersRulesAndQuarantineAndEveryChangeIsAudited() {
        TenantId tenant = seed.tenant("Admin");
        StaffUser admin = seed.user(tenant, Seed.unique("chief"), "admin-firm.example", Role.ADMIN);
        HttpSession page = HttpSession.login(port, admin.username(), Seed.PASSWORD);

        String newbie = Seed.unique("newbie");
        assertThat(page.post("/admin/users", Map.of("username", newbie, "email", newbie + "@admin-firm.example",
                "password", "a-long-enough-password", "role", "USER")).statusCode()).isEqualTo(302);
        assertThat(page.get("/admin/users").body()).contains(newbie).doesNotContain("a-long-enough-password", "{bcrypt}");
        HttpSession.login(port, newbie, "a-long-enough-password");

        page.post("/admin/matching", Map.of("internalDomains", "admin-firm.example\nadmin-firm.test",
                "ignoredAddresses", "noreply@billing.example", "freeMailDomains", "gmail.com",
                "unknownSenders", "IGNORE"));
        assertThat(matching.get(tenant).internalDomains()).containsExactly("admin-firm.example", "admin-firm.test");
        assertThat(matching.get(tenant).unknownSenders()).isEqualTo(UnknownSenders.IGNORE);
        assertThat(page.get("/admin/matching").body()).contains("noreply@billing.example");

        byte[] raw = Seed.utf8("From: broken\r\nSubject: =?bad?=\r\n\r\nno date");
        seed.quarantine(tenant, raw, QuarantineReason.MISSING_REQUIRED_FIELD, "no Date header that can be read");
        long id = quarantine.list(tenant, 10).getFirst().id();
        assertThat(page.get("/admin/quarantine").body()).contains("A required part is missing",
                "no Date header that can be read");
        assertThat(page.getBytes("/admin/quarantine/" + id + "/raw").body()).isEqualTo(raw);
        assertThat(page.post("/admin/quarantine/" + id + "/retry", Map.of()).statusCode()).isEqualTo(302);

        assertThat(page.get("/admin/audit").body()).contains("User created", newbie, "Matching rules changed",
                "Quarantine retry", "Logged in");
        HttpSession user = HttpSession.login(port, newbie, "a-long-enough-password");
        for (String path : new String[] {"/admin/users", "/admin/matching", "/admin/quarantine", "/admin/audit",
                "/admin/quarantine/" + id + "/raw"}) {
            assertThat(user.get(path).statusCode()).as(path).isEqualTo(403);
        }
    }
}
