package org.crmgateway.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.crmgateway.cli.ConsoleNotice;
import org.crmgateway.crm.EmailAddress;
import org.crmgateway.crm.MailAccounts;
import org.crmgateway.crm.MailAuth;
import org.crmgateway.crm.MailSecurity;
import org.crmgateway.crm.MatchingSettings;
import org.crmgateway.crm.MatchingSettingsStore;
import org.crmgateway.crm.NewMailAccount;
import org.crmgateway.crm.NewPartner;
import org.crmgateway.crm.NewUser;
import org.crmgateway.crm.Partner;
import org.crmgateway.crm.PartnerId;
import org.crmgateway.crm.PartnerKind;
import org.crmgateway.crm.Partners;
import org.crmgateway.crm.Role;
import org.crmgateway.crm.StaffUser;
import org.crmgateway.crm.StaffUsers;
import org.crmgateway.crm.TenantId;
import org.crmgateway.crm.Visibility;
import org.crmgateway.security.AdminBootstrap;
import org.crmgateway.security.AdminProperties;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Seeds the default tenant for the demo: the staff user whose mailbox the demo IMAP server holds,
 * four partners (three companies with contacts, one freelancer on free mail), the tenant's own
 * domain as internal, and the mailbox registered as a normal mail account. Idempotent: a second
 * demo start on the same data folder adds nothing.
 */
@Component
@Profile("demo")
@Order(AdminBootstrap.ORDER + 10)
class DemoSetup implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(DemoSetup.class);
    private static final TenantId TENANT = TenantId.DEFAULT;

    private final DemoMailServer mail;
    private final StaffUsers users;
    private final Partners partners;
    private final MatchingSettingsStore settings;
    private final MailAccounts accounts;
    private final PasswordEncoder encoder;
    private final AdminBootstrap admin;
    private final AdminProperties adminProperties;
    private final Environment environment;

    DemoSetup(DemoMailServer mail, StaffUsers users, Partners partners, MatchingSettingsStore settings,
              MailAccounts accounts, PasswordEncoder encoder, AdminBootstrap admin, AdminProperties adminProperties,
              Environment environment) {
        this.mail = mail;
        this.users = users;
        this.partners = partners;
        this.settings = settings;
        this.accounts = accounts;
        this.encoder = encoder;
        this.admin = admin;
        this.adminProperties = adminProperties;
        this.environment = environment;
    }

    @Override
    public void run(ApplicationArguments args) {
        StaffUser olena = users.byUsername(DemoMailServer.USER).orElseGet(() -> users.create(TENANT,
                new NewUser(DemoMailServer.USER, new EmailAddress(DemoMailServer.ADDRESS), List.of(),
                        encoder.encode(DemoMailServer.PASSWORD), Role.USER)));
        internalDomain("northbridge.example");
        PartnerId acme = company("Acme Logistics", "acme-logistics.example");
        person("Maria Schmidt", "maria.schmidt@acme-logistics.example", acme);
        PartnerId dnipro = company("Dnipro Steel", "dniprosteel.example");
        person("Taras Bondarenko", "t.bondarenko@dniprosteel.example", dnipro);
        company("Nordwind Consulting GmbH", "nordwind.example");
        person("Lucas Martin", "lucas.martin.consult@gmail.com", null);
        long accountId = registerMailbox(olena);
        printBanner(accountId);
    }

    private void internalDomain(String domain) {
        MatchingSettings current = settings.get(TENANT);
        if (!current.internalDomains().contains(domain)) {
            List<String> internal = new ArrayList<>(current.internalDomains());
            internal.add(domain);
            settings.put(TENANT, new MatchingSettings(internal, current.ignoredAddresses(), current.freeMailDomains(),
                    current.unknownSenders(), current.sharedAddressPolicy(), current.caseSensitiveLocalPart(),
                    current.foldSubAddresses(), current.logBulkMail()));
        }
    }

    private PartnerId company(String name, String domain) {
        return existing(name).orElseGet(() -> partners.create(TENANT,
                new NewPartner(PartnerKind.COMPANY, name, List.of(), List.of(domain), null)).id());
    }

    private void person(String name, String address, @Nullable PartnerId company) {
        if (existing(name).isEmpty()) {
            partners.create(TENANT, new NewPartner(PartnerKind.PERSON, name, List.of(new EmailAddress(address)),
                    List.of(), company));
        }
    }

    private Optional<PartnerId> existing(String name) {
        return partners.search(TENANT, name, 10).stream().filter(p -> p.name().equals(name)).map(Partner::id).findFirst();
    }

    private long registerMailbox(StaffUser owner) {
        return accounts.list(TENANT).stream()
                .filter(a -> owner.id().equals(a.owner()) && a.host().equals(DemoMailServer.HOST)
                        && a.port() == mail.port() && a.username().equals(DemoMailServer.USER))
                .findFirst()
                .map(a -> a.id())
                .orElseGet(() -> {
                    long id = accounts.register(TENANT, new NewMailAccount(owner.id(), DemoMailServer.HOST, mail.port(),
                            MailSecurity.NONE, DemoMailServer.USER, MailAuth.PASSWORD, DemoMailServer.PASSWORD,
                            List.of("INBOX", "Sent"), null, Visibility.EVERYTHING, false)).id();
                    LOG.info("Registered the demo mailbox as mail account {}", id);
                    return id;
                });
    }

    private void printBanner(long accountId) {
        String port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
        String base = "http://localhost:" + port;
        String password = admin.generatedPassword()
                .or(() -> adminProperties.password().isBlank() ? Optional.empty() : Optional.of("(from CRM_ADMIN_PASSWORD)"))
                .orElse("(set on the first start of this data folder)");
        ConsoleNotice.print("CRM Gateway demo is running",
                "URL:        " + base + "/",
                "admin:      " + adminProperties.username() + " / " + password,
                "demo IMAP:  " + DemoMailServer.HOST + ":" + mail.port() + "  user " + DemoMailServer.USER
                        + " / " + DemoMailServer.PASSWORD + "  (mail account " + accountId + ")",
                "try:        curl -u " + adminProperties.username() + ":PASSWORD " + base + "/api/partners",
                "history:    curl -u " + adminProperties.username() + ":PASSWORD " + base
                        + "/api/partners/ID/activities");
    }
}
