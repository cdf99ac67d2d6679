package org.crmgateway.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.crmgateway.crm.MailAccounts;
import org.crmgateway.crm.Role;
import org.crmgateway.crm.StaffUser;
import org.crmgateway.crm.TenantId;
import org.crmgateway.testing.GatewayIT;
import org.crmgateway.testing.HttpSession;
import org.crmgateway.testing.Seed;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Mailbox and calendar passwords entered in the web client: encrypted at rest, never shown in a
 * page or returned by the API, never logged.
 */
@GatewayIT
@ExtendWith(OutputCaptureExtension.class)
class SecretsIT {

    private static final String MAIL_SECRET = "imap-pa55-Zebra-Quartz";
    private static final String CALENDAR_SECRET = "caldav-pa55-Heron-Basalt";

    @LocalServerPort
    int port;
    @Autowired
    Seed seed;
    @Autowired
    MailAccounts mailAccounts;
    @Autowired
    JdbcClient jdbc;

    @Test
    void accountSecretsAreEncryptedNeverReturnedAndNeverLogged(CapturedOutput output) {
        TenantId tenant = seed.tenant("Secrets");
        StaffUser user = seed.user(tenant, Seed.unique("owner"), Seed.unique("firm") + ".example", Role.USER);
        HttpSession page = HttpSession.login(port, user.username(), Seed.PASSWORD);

        page.post("/settings/mail-accounts", Map.of("host", "imap.invalid", "port", "993", "security", "SSL",
                "username", "owner", "password", MAIL_SECRET, "folders", "", "visibility", "EVERYTHING"));
        page.post("/settings/calendar-accounts", Map.of("url", "https://dav.invalid/cal/", "username", "owner",
                "password", CALENDAR_SECRET, "visibility", "EVERYTHING"));
        long mailId = mailAccounts.list(tenant).getFirst().id();

        assertThat(mailAccounts.secret(tenant, mailId)).as("stored and readable by the sync").isEqualTo(MAIL_SECRET);
        List<String> stored = jdbc.sql("select secret from mail_account where tenant_id = :t union all "
                        + "select secret from calendar_account where tenant_id = :t")
                .param("t", tenant.value()).query(String.class).list();
        assertThat(stored).hasSize(2).allSatisfy(s -> assertThat(s).doesNotContain(MAIL_SECRET, CALENDAR_SECRET,
                "Zebra", "Heron"));

        String settings = page.get("/settings").body();
        String api = HttpSession.anonymous(port).basic("GET", "/api/mail-accounts/" + mailId, user.username(),
                Seed.PASSWORD).body();
        assertThat(settings + api).contains("imap.invalid").doesNotContain(MAIL_SECRET, CALENDAR_SECRET);
        assertThat(output.getAll()).doesNotContain(MAIL_SECRET, CALENDAR_SECRET, Seed.PASSWORD);
    }
}
