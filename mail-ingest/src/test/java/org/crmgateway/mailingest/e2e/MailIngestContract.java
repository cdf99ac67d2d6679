package org.crmgateway.mailingest.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Flags;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.crmgateway.TestApplication;
import org.crmgateway.crm.FolderProgress;
import org.crmgateway.crm.History;
import org.crmgateway.crm.HistoryQuery;
import org.crmgateway.crm.MailAccount;
import org.crmgateway.crm.MailAccounts;
import org.crmgateway.crm.MailAuth;
import org.crmgateway.crm.MailSecurity;
import org.crmgateway.crm.NewMailAccount;
import org.crmgateway.crm.Partner;
import org.crmgateway.crm.Partners;
import org.crmgateway.crm.Quarantine;
import org.crmgateway.crm.QuarantinedEntry;
import org.crmgateway.crm.Role;
import org.crmgateway.crm.StaffUser;
import org.crmgateway.crm.StaffUsers;
import org.crmgateway.crm.SyncState;
import org.crmgateway.crm.TenantId;
import org.crmgateway.crm.Tenants;
import org.crmgateway.crm.Viewer;
import org.crmgateway.crm.Visibility;
import org.crmgateway.mailingest.TestTenant;
import org.crmgateway.mailingest.archive.ImportCommand;
import org.crmgateway.mailingest.fetch.GreenMailboxes;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import picocli.CommandLine;

/** Mailbox to history through the real core: scheduler, IMAP, parser, recorder, checkpoints, quarantine. */
@SpringBootTest(classes = TestApplication.class)
abstract class MailIngestContract {

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.IMAP.dynamicPort())
            .withConfiguration(GreenMailConfiguration.aConfig());

    @Autowired Tenants tenants;
    @Autowired StaffUsers users;
    @Autowired Partners partners;
    @Autowired MailAccounts accounts;
    @Autowired History history;
    @Autowired Quarantine quarantine;
    @Autowired ImportCommand importCommand;
    @Autowired JdbcClient jdbc;

    TenantId tenant;
    StaffUser ivan;
    Partner partner;
    String mailbox;

    @BeforeEach
    void tenantWithAStaffUserAndAPartner() {
        TestTenant created = TestTenant.create(tenants, users, partners);
        tenant = created.id();
        ivan = created.ivan();
        partner = created.partner();
        mailbox = ivan.username() + "@example.com";
        greenMail.setUser(mailbox, "secret");
    }

    private MailAccount register(String password) {
        return accounts.register(tenant, new NewMailAccount(ivan.id(), "127.0.0.1", greenMail.getImap().getPort(),
                MailSecurity.NONE, mailbox, MailAuth.PASSWORD, password, List.of("INBOX"), null, Visibility.EVERYTHING,
                false));
    }

    private long activities() {
        return jdbc.sql("select count(*) from activity where tenant_id = ?").param(tenant.value()).query(Long.class)
                .single();
    }

    private long timeline() {
        return history.timeline(new Viewer(tenant, ivan.id(), Role.USER), HistoryQuery.of(partner.id(), null, 200))
                .items().size();
    }

    @Test
    void logsAMailboxIntoThePartnersHistoryExactlyOnceAndQuarantinesWhatItCannotRead() throws Exception {
        for (int i = 1; i <= 11; i++) {
            GreenMailboxes.append(greenMail, mailbox, "INBOX", GreenMailboxes.message(i), new Date(), new Flags());
        }
        GreenMailboxes.append(greenMail, mailbox, "INBOX", "Subject: no sender\r\n\r\nwho?\r\n", new Date(), new Flags());

        MailAccount account = register("secret");

        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> {
            List<FolderProgress> folders = accounts.folders(tenant, account.id());
            return folders.size() == 1 && folders.getFirst().messagesDone() == 12
                    && accounts.find(tenant, account.id()).orElseThrow().state() == SyncState.IDLE;
        });
        assertThat(activities()).isEqualTo(11);
        assertThat(timeline()).isEqualTo(11);
        List<QuarantinedEntry> quarantined = quarantine.list(tenant, 10);
        assertThat(quarantined).singleElement().satisfies(q -> assertThat(q.detail()).isEqualTo("no From header"));

        GreenMailboxes.append(greenMail, mailbox, "INBOX", GreenMailboxes.message(12), new Date(), new Flags());
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> activities() == 12);
        assertThat(accounts.folders(tenant, account.id()).getFirst().lastUid()).isEqualTo(13);

        quarantine.retry(tenant, quarantined.getFirst().id());
        assertThat(quarantine.find(tenant, quarantined.getFirst().id())).hasValueSatisfying(q ->
                assertThat(q.retries()).isEqualTo(1));
    }

    @Test
    void tellsTheOwnerInPlainWordsThatThePasswordIsWrong() {
        MailAccount account = register("wrong");
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() ->
                accounts.find(tenant, account.id()).orElseThrow().state() == SyncState.ERROR);
        assertThat(accounts.find(tenant, account.id()).orElseThrow().lastError())
                .isEqualTo("authentication failed: check the password");
    }

    @Test
    void importsAnMboxThroughTheSameDoorWithoutDuplicates(@TempDir Path dir) throws Exception {
        StringBuilder mbox = new StringBuilder();
        for (int i = 101; i <= 103; i++) {
            mbox.append("From p").append(i).append("@partner.example Mon Mar  2 10:00:00 2026\n")
                    .append(GreenMailboxes.message(i).replace("\r\n", "\n")
                            .replace("Body " + i, "Body " + i + "\n>From the archive\n")).append('\n');
        }
        Path file = dir.resolve("archive.mbox");
        Files.writeString(file, mbox, StandardCharsets.UTF_8);

        CommandLine cli = new CommandLine(importCommand);
        int exit = cli.execute("--user", ivan.username(), file.toString());
        int again = cli.execute("--user", ivan.username(), file.toString());

        assertThat(exit).isZero();
        assertThat(again).isZero();
        assertThat(activities()).isEqualTo(3);
        assertThat(timeline()).isEqualTo(3);
        String text = jdbc.sql("select body_text from activity where tenant_id = ? and subject = 'Offer 101'")
                .param(tenant.value()).query(String.class).single();
        assertThat(text).contains("\nFrom the archive");
    }

    @Test
    void refusesToImportForAnUnknownUser(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a.eml"), GreenMailboxes.message(1));
        assertThat(new CommandLine(importCommand).execute("--user", "nobody-" + UUID.randomUUID(), dir.toString()))
                .isEqualTo(2);
    }
}
