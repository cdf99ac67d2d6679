package org.crmgateway.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.crmgateway.crm.ActivityDetail;
import org.crmgateway.crm.ActivityId;
import org.crmgateway.crm.History;
import org.crmgateway.crm.Partner;
import org.crmgateway.crm.Role;
import org.crmgateway.crm.StaffUser;
import org.crmgateway.crm.TenantId;
import org.crmgateway.crm.Viewer;
import org.crmgateway.testing.GatewayIT;
import org.crmgateway.testing.HttpSession;
import org.crmgateway.testing.Seed;
import org.crmgateway.web.credential.CredentialKind;
import org.crmgateway.web.credential.PersonalCredentials;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Two tenants with the same kinds of data: nothing of one is reachable by the other's users,
 * whatever the way in (pages, REST with a password or a token, search, attachments).
 */
@GatewayIT
class TenantIsolationIT {

    @LocalServerPort
    int port;
    @Autowired
    Seed seed;
    @Autowired
    History history;
    @Autowired
    PersonalCredentials credentials;

    private Side a;
    private Side b;

    /** One tenant's user, partner, activity and attachment. */
    record Side(TenantId tenant, StaffUser user, Partner partner, ActivityId activity, long attachment) {
    }

    private Side side(String name) {
        TenantId tenant = seed.tenant(name);
        StaffUser user = seed.user(tenant, Seed.unique(name.toLowerCase() + "-user"), Seed.unique("firm") + ".example",
                Role.ADMIN);
        String domain = Seed.unique(name.toLowerCase()) + ".example";
        Partner partner = seed.company(tenant, Seed.unique(name + " Secret Partner "), domain);
        ActivityId activity = seed.mail(tenant, user, "ceo@" + domain, user.email().value(), name + " confidential offer")
                .html("<p>" + name + " price list</p>")
                .attach(name + "-prices.pdf", "application/pdf", Seed.utf8(name + " prices"), null)
                .record();
        ActivityDetail detail = history.find(new Viewer(tenant, user.id(), Role.ADMIN), activity).orElseThrow();
        return new Side(tenant, user, partner, activity, detail.attachments().getFirst().id());
    }

    @BeforeEach
    void twoTenants() {
        a = side("Alpha");
        b = side("Bravo");
    }

    @Test
    void pagesShowNothingOfTheOtherTenant() {
        HttpSession alpha = HttpSession.login(port, a.user().username(), Seed.PASSWORD);

        assertThat(alpha.get("/partners/" + a.partner().id()).statusCode()).isEqualTo(200);
        for (String path : List.of("/partners/" + b.partner().id(), "/partners/" + b.partner().id() + "/timeline",
                "/activities/" + b.activity(), "/activities/" + b.activity() + "/body",
                "/activities/" + b.activity() + "/attachments/" + b.attachment(),
                "/activities/" + a.activity() + "/attachments/" + b.attachment())) {
            var response = alpha.get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(404);
            assertThat(response.body()).as(path).doesNotContain("Bravo");
        }
        assertThat(alpha.get("/partners?q=Secret+Partner").body()).contains(a.partner().name())
                .doesNotContain(b.partner().name());
        assertThat(alpha.get("/partners?q=").body()).doesNotContain(b.partner().name());
        assertThat(alpha.get("/admin/users").body()).contains(a.user().username()).doesNotContain(b.user().username());
        assertThat(alpha.get("/admin/audit").body()).doesNotContain(b.user().username());
    }

    @Test
    void theApiShowsNothingOfTheOtherTenantWithPasswordOrToken() {
        HttpSession http = HttpSession.anonymous(port);
        String token = credentials.issue(a.tenant(), a.user().id(), CredentialKind.API_TOKEN, "isolation").secret();

        assertThat(http.basic("GET", "/api/partners/" + a.partner().id(), a.user().username(), Seed.PASSWORD)
                .statusCode()).isEqualTo(200);
        assertThat(http.bearer("/api/partners/" + a.partner().id(), token).statusCode()).isEqualTo(200);
        for (String path : List.of("/api/partners/" + b.partner().id(), "/api/partners/" + b.partner().id() + "/activities",
                "/api/activities/" + b.activity(), "/api/activities/" + b.activity() + "/attachments/" + b.attachment())) {
            var withPassword = http.basic("GET", path, a.user().username(), Seed.PASSWORD);
            var withToken = http.bearer(path, token);
            assertThat(withPassword.statusCode()).as(path).isEqualTo(404);
            assertThat(withToken.statusCode()).as(path).isEqualTo(404);
            assertThat(withPassword.body() + withToken.body()).as(path).doesNotContain("Bravo");
        }
        assertThat(http.bearer("/api/partners?query=Secret", token).body()).contains(a.partner().name())
                .doesNotContain(b.partner().name());
    }

    @Test
    void aTokenOpensOnlyItsOwnUsersTenantAndNoPages() {
        String token = credentials.issue(b.tenant(), b.user().id(), CredentialKind.API_TOKEN, "pages").secret();
        HttpSession http = HttpSession.anonymous(port);

        assertThat(http.bearer("/api/partners/" + a.partner().id(), token).statusCode()).isEqualTo(404);
        assertThat(http.bearer("/partners/" + b.partner().id(), token).statusCode()).isEqualTo(302);
    }
}
