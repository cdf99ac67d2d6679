package org.crmgateway.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.crmgateway.crm.Role;
import org.crmgateway.crm.StaffUser;
import org.crmgateway.crm.TenantId;
import org.crmgateway.testing.GatewayIT;
import org.crmgateway.testing.HttpSession;
import org.crmgateway.testing.Seed;
import org.crmgateway.web.audit.AuditAction;
import org.crmgateway.web.audit.AuditLog;
import org.crmgateway.web.credential.CredentialKind;
import org.crmgateway.web.credential.PersonalCredentials;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** API tokens and app passwords: created and revoked in the settings page, stored hashed, accepted where they belong. */
@GatewayIT
class PersonalCredentialsIT {

    private static final Pattern SECRET = Pattern.compile("id=\"issued-secret\">([^<]+)<");

    @LocalServerPort
    int port;
    @Autowired
    Seed seed;
    @Autowired
    PersonalCredentials credentials;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    AuditLog audit;

    @Test
    void aTokenCreatedInSettingsOpensTheApiUntilRevoked() {
        TenantId tenant = seed.tenant("Tokens");
        StaffUser user = seed.user(tenant, Seed.unique("tok"), Seed.unique("firm") + ".example", Role.USER);
        HttpSession page = HttpSession.login(port, user.username(), Seed.PASSWORD);

        var created = page.post("/settings/credentials", Map.of("kind", "API_TOKEN", "name", "reporting script"));
        assertThat(created.statusCode()).isEqualTo(302);
        String settings = page.get("/settings").body();
        Matcher m = SECRET.matcher(settings);
        assertThat(m.find()).as("the new token is shown once").isTrue();
        String token = m.group(1);
        assertThat(page.get("/settings").body()).as("and only once").doesNotContain(token);
        assertThat(jdbc.sql("select count(*) from user_credential where secret_hash = :s or name = :s")
                .param("s", token).query(Long.class).single()).as("never stored in clear").isZero();

        HttpSession api = HttpSession.anonymous(port);
        assertThat(api.bearer("/api/partners?query=", token).statusCode()).isEqualTo(200);
        assertThat(api.bearer("/api/partners?query=", token + "x").statusCode()).isEqualTo(401);

        long id = credentials.list(tenant, user.id()).getFirst().id();
        assertThat(page.post("/settings/credentials/" + id + "/revoke", Map.of()).statusCode()).isEqualTo(302);
        assertThat(api.bearer("/api/partners?query=", token).statusCode()).isEqualTo(401);
        assertThat(audit.list(tenant, 50)).extracting(e -> e.action())
                .contains(AuditAction.CREDENTIAL_CREATED, AuditAction.CREDENTIAL_REVOKED);
    }

    @Test
    void anAppPasswordIsNoApiPasswordAndOthersCannotRevokeIt() {
        TenantId tenant = seed.tenant("AppPw");
        String firm = Seed.unique("firm") + ".example";
        StaffUser user = seed.user(tenant, Seed.unique("cal"), firm, Role.USER);
        StaffUser other = seed.user(tenant, Seed.unique("other"), firm, Role.ADMIN);
        var issued = credentials.issue(tenant, user.id(), CredentialKind.APP_PASSWORD, "Thunderbird");

        HttpSession api = HttpSession.anonymous(port);
        assertThat(api.basic("GET", "/api/partners?query=", user.username(), issued.secret()).statusCode())
                .isEqualTo(401);
        assertThat(api.bearer("/api/partners?query=", issued.secret()).statusCode()).isEqualTo(401);

        HttpSession admin = HttpSession.login(port, other.username(), Seed.PASSWORD);
        assertThat(admin.post("/settings/credentials/" + issued.credential().id() + "/revoke", Map.of()).statusCode())
                .isEqualTo(404);
        assertThat(credentials.list(tenant, user.id()).getFirst().active()).isTrue();
    }
}
