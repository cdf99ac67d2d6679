package org.crmgateway.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.crmgateway.crm.Role;
import org.crmgateway.crm.StaffUser;
import org.crmgateway.crm.TenantId;
import org.crmgateway.testing.GatewayIT;
import org.crmgateway.testing.HttpSession;
import org.crmgateway.testing.Seed;
import org.crmgateway.web.audit.AuditAction;
import org.crmgateway.web.audit.AuditLog;
import org.crmgateway.web.html.MailHtml;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Form login and its lockout, CSRF, the audit of logins, and the security headers of pages. */
@GatewayIT
class LoginSecurityIT {

    @LocalServerPort
    int port;
    @Autowired
    Seed seed;
    @Autowired
    AuditLog audit;

    @Test
    void repeatedFailuresLockTheNameOnEveryWayInAndAreAudited() {
        TenantId tenant = seed.tenant("Lockout");
        StaffUser user = seed.user(tenant, Seed.unique("victim"), Seed.unique("firm") + ".example", Role.USER);
        HttpSession http = HttpSession.anonymous(port);

        for (int i = 0; i < LoginThrottle.MAX_FAILURES_PER_USER; i++) {
            var failed = http.formLogin(user.username(), "wrong-" + i);
            assertThat(failed.headers().firstValue("Location").orElse("")).endsWith("/login?error");
        }
        var locked = http.formLogin(user.username(), Seed.PASSWORD);
        assertThat(locked.headers().firstValue("Location").orElse("")).endsWith("/login?locked");
        assertThat(http.basic("GET", "/api/partners?query=", user.username(), Seed.PASSWORD).statusCode()).isEqualTo(429);

        assertThat(audit.list(tenant, 50)).extracting(e -> e.action())
                .contains(AuditAction.LOGIN_FAILED, AuditAction.LOGIN_LOCKED)
                .doesNotContain(AuditAction.LOGIN);
        assertThat(audit.list(tenant, 50)).allSatisfy(e -> assertThat(e.detail()).doesNotContain("wrong-"));
    }

    @Test
    void loginIsAuditedAndPagesNeedItAndCsrf() {
        TenantId tenant = seed.tenant("Audit");
        StaffUser user = seed.user(tenant, Seed.unique("audited"), Seed.unique("firm") + ".example", Role.USER);
        HttpSession anonymous = HttpSession.anonymous(port);

        assertThat(anonymous.get("/partners").headers().firstValue("Location").orElse("")).endsWith("/login");
        HttpSession session = HttpSession.login(port, user.username(), Seed.PASSWORD);
        assertThat(audit.list(tenant, 10)).extracting(e -> e.action()).contains(AuditAction.LOGIN);

        var withoutToken = session.send(java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create("http://127.0.0.1:" + port + "/settings/preferences"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("language=uk")));
        assertThat(withoutToken.statusCode()).isEqualTo(403);
        assertThat(session.get("/admin/users").statusCode()).as("a USER is no admin").isEqualTo(403);
    }

    @Test
    void pagesAndMessageFramesCarryTheirSecurityHeaders() {
        var login = HttpSession.anonymous(port).get("/login");

        assertThat(login.headers().firstValue("Content-Security-Policy").orElse(""))
                .contains("default-src 'self'", "script-src 'self'", "frame-ancestors 'none'", "object-src 'none'");
        assertThat(login.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(login.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
        assertThat(login.headers().firstValue("X-Frame-Options")).isPresent();
        assertThat(login.body()).contains("name=\"_csrf\"");

        TenantId tenant = seed.tenant("Headers");
        StaffUser user = seed.user(tenant, Seed.unique("hdr"), Seed.unique("firm") + ".example", Role.USER);
        var id = seed.mail(tenant, user, "x@" + Seed.unique("h") + ".example", user.email().value(), "Framed")
                .html("<p>hi</p>").record();
        var body = HttpSession.login(port, user.username(), Seed.PASSWORD).get("/activities/" + id + "/body");
        assertThat(body.headers().firstValue("Content-Security-Policy")).hasValue(MailHtml.CSP_WITHOUT_REMOTE_IMAGES);
        assertThat(body.headers().firstValue("X-Frame-Options")).hasValue("SAMEORIGIN");
    }
}
