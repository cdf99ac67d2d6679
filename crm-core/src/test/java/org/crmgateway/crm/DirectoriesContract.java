package org.crmgateway.crm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.security.MessageDigest;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.crmgateway.TestApplication;
import org.crmgateway.crm.checkpoint.JdbcCheckpoints;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.support.TransactionTemplate;

/** The directories of the core (tenants, users, partners, settings, accounts, checkpoints, attachments) on a real database. */
@SpringBootTest(classes = TestApplication.class)
@RecordApplicationEvents
abstract class DirectoriesContract {

    @Autowired Tenants tenants;
    @Autowired StaffUsers users;
    @Autowired Partners partners;
    @Autowired MatchingSettingsStore settings;
    @Autowired MailAccounts mailAccounts;
    @Autowired CalendarAccounts calendarAccounts;
    @Autowired Checkpoints checkpoints;
    @Autowired JdbcCheckpoints checkpointWriter;
    @Autowired AttachmentStore attachments;
    @Autowired TransactionTemplate tx;
    @Autowired JdbcClient jdbc;
    @Autowired ApplicationEvents events;

    TenantId tenant;

    @BeforeEach
    void freshTenant() {
        tenant = tenants.create("t-" + UUID.randomUUID()).id();
    }

    @Test
    void theDefaultTenantExistsAndNamesAreUnique() {
        assertThat(tenants.find(TenantId.DEFAULT)).map(Tenant::name).contains("default");
        String name = tenants.find(tenant).orElseThrow().name();
        assertThat(tenants.byName(name)).map(Tenant::id).contains(tenant);
        assertThatThrownBy(() -> tenants.create(name)).isInstanceOf(CrmConflictException.class);
    }

    @Test
    void staffUsersKeepAliasesAndUsernamesAreGloballyUnique() {
        String username = "u" + UUID.randomUUID().toString().substring(0, 8);
        StaffUser user = users.create(tenant, new NewUser(username, new EmailAddress("Olena@Firm.example"),
                List.of(new EmailAddress("sales@firm.example")), "{noop}x", Role.USER));
        assertThat(user.email().value()).isEqualTo("Olena@firm.example");
        assertThat(user.aliases()).containsExactly(new EmailAddress("sales@firm.example"));
        assertThat(users.byUsername(username)).map(StaffUser::id).contains(user.id());
        assertThat(users.find(tenant, user.id())).isPresent();
        TenantId other = tenants.create("o-" + UUID.randomUUID()).id();
        assertThat(users.find(other, user.id())).isEmpty();
        assertThatThrownBy(() -> users.create(other, new NewUser(username, new EmailAddress("x@y.example"), List.of(),
                "{noop}x", Role.USER))).isInstanceOf(CrmConflictException.class);
        users.changePassword(tenant, user.id(), "{noop}new");
        assertThat(users.find(tenant, user.id()).orElseThrow().passwordHash()).isEqualTo("{noop}new");
    }

    @Test
    void partnersRoundTripAndATakenAddressIsAConflictNamingTheOwner() {
        Partner acme = partners.create(tenant, new NewPartner(PartnerKind.COMPANY, "Acme", List.of(),
                List.of("Acme.example"), null));
        Partner ivan = partners.create(tenant, new NewPartner(PartnerKind.PERSON, "Ivan Petrenko",
                List.of(new EmailAddress("Ivan@acme.example")), List.of(), acme.id()));
        assertThat(partners.find(tenant, ivan.id()).orElseThrow()).isEqualTo(ivan);
        assertThat(ivan.companyId()).isEqualTo(acme.id());
        assertThat(acme.domains()).containsExactly("acme.example");

        assertThatThrownBy(() -> partners.create(tenant, new NewPartner(PartnerKind.PERSON, "Other",
                List.of(new EmailAddress("ivan@ACME.example")), List.of(), null)))
                .isInstanceOf(CrmConflictException.class).hasMessageContaining("Ivan Petrenko");
        assertThatThrownBy(() -> partners.create(tenant, new NewPartner(PartnerKind.PERSON, "Nobody",
                List.of(), List.of(), ivan.id())))
                .isInstanceOfSatisfying(CrmValidationException.class, e -> assertThat(e.field()).isEqualTo("companyId"));
        assertThatThrownBy(() -> partners.create(tenant, new NewPartner(PartnerKind.COMPANY, "Acme 2",
                List.of(), List.of("acme.example"), null))).isInstanceOf(CrmConflictException.class);

        Partner anna = partners.create(tenant, new NewPartner(PartnerKind.PERSON, "anna", List.of(), List.of(), acme.id()));
        assertThat(partners.persons(tenant, acme.id())).extracting(Partner::id).containsExactly(anna.id(), ivan.id());
        assertThat(partners.search(tenant, "petren", 10)).extracting(Partner::id).containsExactly(ivan.id());
        assertThat(partners.search(tenant, "ACME.EX", 10)).extracting(Partner::id).contains(acme.id(), ivan.id());
        assertThat(partners.search(tenant, "", 10)).hasSize(3);
        TenantId other = tenants.create("o-" + UUID.randomUUID()).id();
        assertThat(partners.find(other, ivan.id())).isEmpty();
        assertThat(partners.search(other, "", 10)).isEmpty();
    }

    @Test
    void anAddressCanBeSharedDeliberately() {
        Partner a = person("A", "a@shared.example");
        Partner b = person("B", "b@shared.example");
        partners.addEmail(tenant, b.id(), new EmailAddress("a@shared.example"));
        partners.addEmail(tenant, b.id(), new EmailAddress("A@shared.example"));
        assertThat(partners.find(tenant, b.id()).orElseThrow().emails()).hasSize(2);
        assertThat(a.emails()).hasSize(1);
    }

    @Test
    void matchingSettingsDefaultAndReplace() {
        assertThat(settings.get(tenant)).isEqualTo(MatchingSettings.DEFAULT);
        MatchingSettings mine = new MatchingSettings(List.of("firm.example"), List.of("@hr.example"),
                List.of("gmail.com", "gmx.*"), UnknownSenders.CREATE_CONTACT, SharedAddressPolicy.MOST_RECENT,
                true, true, true);
        settings.put(tenant, mine);
        settings.put(tenant, mine);
        assertThat(settings.get(tenant)).isEqualTo(mine);
        assertThat(settings.get(TenantId.DEFAULT)).isEqualTo(MatchingSettings.DEFAULT);
    }

    @Test
    void mailAccountSecretsAreEncryptedAndLeasesExclusive() {
        StaffUser owner = user();
        MailAccount account = mailAccounts.register(tenant, new NewMailAccount(owner.id(), "imap.example", 993,
                MailSecurity.SSL, "olena", MailAuth.PASSWORD, "s3cret-pass", List.of("INBOX"), null,
                Visibility.EVERYTHING, false));
        assertThat(account.state()).isEqualTo(SyncState.PENDING);
        assertThat(events.stream(MailAccountRegistered.class)).contains(new MailAccountRegistered(tenant, account.id()));
        String stored = jdbc.sql("select secret from mail_account where id = :id").param("id", account.id())
                .query(String.class).single();
        assertThat(stored).startsWith("v1:").doesNotContain("s3cret");
        assertThat(mailAccounts.secret(tenant, account.id())).isEqualTo("s3cret-pass");
        assertThat(account.toString()).doesNotContain("s3cret");

        assertThat(mailAccounts.lease(account.id(), "node-a", Duration.ofMinutes(1))).isTrue();
        assertThat(mailAccounts.lease(account.id(), "node-b", Duration.ofMinutes(1))).isFalse();
        assertThat(mailAccounts.lease(account.id(), "node-a", Duration.ofMinutes(1))).isTrue();
        mailAccounts.release(account.id(), "node-a");
        assertThat(mailAccounts.lease(account.id(), "node-b", Duration.ofMillis(-1))).isTrue();
        assertThat(mailAccounts.lease(account.id(), "node-a", Duration.ofMinutes(1))).as("expired lease").isTrue();

        Instant now = Instant.parse("2026-01-01T00:00:00Z");
        mailAccounts.reportFolder(tenant, account.id(), new FolderProgress("INBOX", 7L, 10L, 20, 5, now, now));
        mailAccounts.reportFolder(tenant, account.id(), new FolderProgress("INBOX", 7L, 20L, 20, 20, now, now));
        assertThat(mailAccounts.folders(tenant, account.id()))
                .containsExactly(new FolderProgress("INBOX", 7L, 20L, 20, 20, now, now));
        mailAccounts.reportState(tenant, account.id(), SyncState.ERROR, "login failed");
        assertThat(mailAccounts.find(tenant, account.id()).orElseThrow().lastError()).isEqualTo("login failed");
        assertThat(mailAccounts.active()).extracting(MailAccount::id).contains(account.id());
        assertThat(mailAccounts.list(tenants.create("o-" + UUID.randomUUID()).id())).isEmpty();
        mailAccounts.delete(tenant, account.id());
        assertThat(mailAccounts.find(tenant, account.id())).isEmpty();
    }

    @Test
    void instancesRacingForALeaseGetItOnce() throws Exception {
        MailAccount account = mailAccounts.register(tenant, new NewMailAccount(user().id(), "imap.example", 143,
                MailSecurity.NONE, "u", MailAuth.PASSWORD, "p", List.of(), null, Visibility.EVERYTHING, false));
        int instances = 8;
        var start = new java.util.concurrent.CountDownLatch(1);
        try (var pool = java.util.concurrent.Executors.newFixedThreadPool(instances)) {
            List<java.util.concurrent.Future<Boolean>> results = new java.util.ArrayList<>();
            for (int i = 0; i < instances; i++) {
                String instance = "node-" + i;
                results.add(pool.submit(() -> {
                    start.await();
                    return mailAccounts.lease(account.id(), instance, Duration.ofMinutes(5));
                }));
            }
            start.countDown();
            int won = 0;
            for (var r : results) {
                won += r.get() ? 1 : 0;
            }
            assertThat(won).isOne();
        }
    }

    @Test
    void calendarAccountsLikeMailAccounts() {
        StaffUser owner = user();
        CalendarAccount account = calendarAccounts.register(tenant, new NewCalendarAccount(owner.id(),
                URI.create("https://dav.example/cal/"), "olena", "cal-secret", Visibility.SUBJECT_AND_METADATA, 60));
        assertThat(events.stream(CalendarAccountRegistered.class)).contains(new CalendarAccountRegistered(tenant, account.id()));
        assertThat(calendarAccounts.secret(tenant, account.id())).isEqualTo("cal-secret");
        assertThat(calendarAccounts.find(tenant, account.id()).orElseThrow().pollInterval()).isEqualTo(60);
        Instant now = Instant.parse("2026-01-01T00:00:00Z");
        calendarAccounts.reportCalendar(tenant, account.id(), new FolderProgress("/cal/work/", null, null, 3, 1, null, now));
        assertThat(calendarAccounts.calendars(tenant, account.id())).hasSize(1);
        assertThat(calendarAccounts.lease(account.id(), "a", Duration.ofMinutes(1))).isTrue();
        assertThat(calendarAccounts.lease(account.id(), "b", Duration.ofMinutes(1))).isFalse();
        assertThatThrownBy(() -> calendarAccounts.register(tenants.create("o-" + UUID.randomUUID()).id(),
                new NewCalendarAccount(owner.id(), URI.create("https://dav.example/"), "x", "y", Visibility.EVERYTHING, null)))
                .isInstanceOf(CrmValidationException.class);
    }

    @Test
    void checkpointsNeedATransactionAndReadBack() {
        Checkpoint c = new Checkpoint(tenant, SourceKind.MAIL, 42, "INBOX", "7:100");
        assertThatThrownBy(() -> checkpointWriter.save(c)).isInstanceOf(RuntimeException.class);
        tx.executeWithoutResult(s -> checkpointWriter.save(c));
        tx.executeWithoutResult(s -> checkpointWriter.save(new Checkpoint(tenant, SourceKind.MAIL, 42, "INBOX", "7:120")));
        assertThat(checkpoints.position(tenant, SourceKind.MAIL, 42, "INBOX")).contains("7:120");
        assertThat(checkpoints.position(tenant, SourceKind.MAIL, 42, "Sent")).isEmpty();
        assertThat(checkpoints.position(TenantId.DEFAULT, SourceKind.MAIL, 42, "INBOX")).isEmpty();
    }

    @Test
    void attachmentsAreStoredOncePerTenant() throws Exception {
        byte[] content = "quarterly report".getBytes(StandardCharsets.UTF_8);
        StoredContent first = attachments.store(tenant, new ByteArrayInputStream(content));
        StoredContent second = attachments.store(tenant, new ByteArrayInputStream(content));
        assertThat(second).isEqualTo(first);
        assertThat(first.size()).isEqualTo(content.length);
        assertThat(first.sha256()).isEqualTo(
                HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content)));
        try (InputStream in = attachments.open(tenant, first.sha256()).orElseThrow()) {
            assertThat(in.readAllBytes()).isEqualTo(content);
        }
        assertThat(attachments.open(TenantId.DEFAULT, first.sha256())).isEmpty();
        assertThat(attachments.open(tenant, "../../etc/passwd")).isEmpty();
    }

    private StaffUser user() {
        String name = "u" + UUID.randomUUID().toString().substring(0, 8);
        return users.create(tenant, new NewUser(name, new EmailAddress(name + "@firm.example"), List.of(), "{noop}x", Role.USER));
    }

    private Partner person(String name, String address) {
        return partners.create(tenant, new NewPartner(PartnerKind.PERSON, name, List.of(new EmailAddress(address)),
                List.of(), null));
    }
}
