package org.crmgateway.mailingest.e2e;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.crmgateway.TestApplication;
import org.crmgateway.crm.EmailAddress;
import org.crmgateway.crm.MailAccounts;
import org.crmgateway.crm.MailAuth;
import org.crmgateway.crm.MailSecurity;
import org.crmgateway.crm.NewMailAccount;
import org.crmgateway.crm.NewUser;
import org.crmgateway.crm.Role;
import org.crmgateway.crm.StaffUser;
import org.crmgateway.crm.StaffUsers;
import org.crmgateway.crm.TenantId;
import org.crmgateway.crm.Visibility;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A gateway process for {@link CrashRecoveryIT}: the core and the mail ingest on an H2
 * database, syncing one mailbox until it is killed. Arguments: JDBC URL, data folder, IMAP port,
 * mailbox user name.
 */
public final class CrashTestGateway {
    private CrashTestGateway() {
    }

    public static void main(String[] args) throws InterruptedException {
        SpringApplication app = new SpringApplication(TestApplication.class);
        app.setWebApplicationType(WebApplicationType.NONE);
        // command-line properties win over the test application.properties
        ConfigurableApplicationContext context = app.run(
                "--spring.datasource.url=" + args[0],
                "--spring.datasource.username=sa",
                "--spring.datasource.password=",
                "--crm.core.data-dir=" + args[1],
                "--crm.mail.batch-size=10",
                "--crm.mail.instance-id=crash-test",
                "--crm.mail.lease-ttl=10s",
                "--crm.mail.poll-interval=1s");
        MailAccounts accounts = context.getBean(MailAccounts.class);
        if (accounts.list(TenantId.DEFAULT).isEmpty()) {
            StaffUser ivan = context.getBean(StaffUsers.class).create(TenantId.DEFAULT, new NewUser("ivan",
                    new EmailAddress("ivan@example.com"), List.of(), "{noop}x", Role.USER));
            accounts.register(TenantId.DEFAULT, new NewMailAccount(ivan.id(), "127.0.0.1", Integer.parseInt(args[2]),
                    MailSecurity.NONE, args[3], MailAuth.PASSWORD, "secret", List.of("INBOX"), null,
                    Visibility.EVERYTHING, false));
        }
        // account runners are virtual (daemon) threads: keep the process alive until it is killed
        new CountDownLatch(1).await();
    }
}
