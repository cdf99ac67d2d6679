package org.crmgateway.mailingest;

import org.crmgateway.crm.AttachmentStore;
import org.crmgateway.crm.Checkpoints;
import org.crmgateway.crm.HistoryRecorder;
import org.crmgateway.crm.MailAccounts;
import org.crmgateway.crm.Quarantine;
import org.crmgateway.crm.StaffUsers;
import org.crmgateway.mailingest.dropbox.Dropbox;
import org.crmgateway.mailingest.parse.MailParser;
import org.crmgateway.mailingest.sync.FolderSync;
import org.crmgateway.mailingest.sync.MailSyncScheduler;
import org.crmgateway.mailingest.sync.MessageReader;
import org.crmgateway.mailingest.sync.QuarantineRetry;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.transaction.PlatformTransactionManager;

/** Wires the mail ingest: parser, reader, folder sync, the per-account scheduler and quarantine retries. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MailIngestProperties.class)
public class MailIngestConfiguration {

    @Bean
    MailParser mailParser(AttachmentStore attachments) {
        return new MailParser(attachments);
    }

    @Bean
    Dropbox dropbox(StaffUsers staff) {
        return new Dropbox(staff);
    }

    @Bean
    MessageReader messageReader(MailParser parser, Dropbox dropbox, MailIngestProperties properties) {
        return new MessageReader(parser, dropbox, properties.maxMessageSize().toBytes());
    }

    @Bean
    FolderSync folderSync(HistoryRecorder recorder, Checkpoints checkpoints, MailAccounts accounts,
                          MessageReader reader, MailIngestProperties properties) {
        return new FolderSync(recorder, checkpoints, accounts, reader, properties);
    }

    @Bean
    @ConditionalOnMissingBean
    MailSecrets mailSecrets(MailAccounts accounts) {
        return account -> accounts.secret(account.tenant(), account.id());
    }

    /** Not while a command-line subcommand (such as {@code import}) runs. */
    @Bean
    @Profile("!cli")
    MailSyncScheduler mailSyncScheduler(MailAccounts accounts, MailSecrets secrets, FolderSync folderSync,
                                        MailIngestProperties properties) {
        return new MailSyncScheduler(accounts, secrets, folderSync, properties);
    }

    @Bean
    QuarantineRetry mailQuarantineRetry(Quarantine quarantine, MailAccounts accounts, HistoryRecorder recorder,
                                        MessageReader reader, PlatformTransactionManager transactions) {
        return new QuarantineRetry(quarantine, accounts, recorder, reader, transactions);
    }
}
