package org.crmgateway.mailingest.sync;

import java.io.IOException;
import java.util.Optional;
import org.crmgateway.crm.Checkpoint;
import org.crmgateway.crm.EmailAddress;
import org.crmgateway.crm.HistoryRecorder;
import org.crmgateway.crm.MailAccount;
import org.crmgateway.crm.MailAccounts;
import org.crmgateway.crm.Quarantine;
import org.crmgateway.crm.QuarantineRetryRequested;
import org.crmgateway.crm.QuarantinedEntry;
import org.crmgateway.crm.SourceBatch;
import org.crmgateway.crm.SourceKind;
import org.crmgateway.crm.SourceRef;
import org.crmgateway.crm.UserId;
import org.crmgateway.crm.Visibility;
import org.crmgateway.mailingest.fetch.RawMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Parses a quarantined message again when a user asks for it: records it and removes it from
 * quarantine when it can be read now, else keeps it with the new reason. Idempotent: a retry
 * delivered twice finds the item gone, or records a source key that is already there.
 *
 * <p>The request arrives after the transaction that asked for it has committed, so recording and
 * resolving run in a transaction of their own, together: a failure leaves the item in quarantine
 * and nothing recorded. The message is filed under its own checkpoint scope, so a retry never
 * writes the position of the folder it came from while that folder may be syncing.
 */
public class QuarantineRetry {
    private static final Logger LOG = LoggerFactory.getLogger(QuarantineRetry.class);
    /**
     * Checkpoint scope of retried messages; its position is the last quarantine item recorded. The
     * asterisk is a LIST wildcard, which IMAP servers refuse in folder names, so no folder shares it.
     */
    public static final String SCOPE = "*quarantine-retry";

    private final Quarantine quarantine;
    private final MailAccounts accounts;
    private final HistoryRecorder recorder;
    private final MessageReader reader;
    private final TransactionTemplate ownTransaction;

    public QuarantineRetry(Quarantine quarantine, MailAccounts accounts, HistoryRecorder recorder,
                           MessageReader reader, PlatformTransactionManager transactions) {
        this.quarantine = quarantine;
        this.accounts = accounts;
        this.recorder = recorder;
        this.reader = reader;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    public void on(QuarantineRetryRequested event) throws IOException {
        if (event.kind() != SourceKind.MAIL && event.kind() != SourceKind.IMPORT) {
            return;
        }
        Optional<QuarantinedEntry> entry = quarantine.find(event.tenant(), event.quarantineId());
        Optional<byte[]> raw = quarantine.raw(event.tenant(), event.quarantineId());
        if (entry.isEmpty() || raw.isEmpty()) {
            return;
        }
        SourceRef source = entry.get().source();
        Optional<MailOrigin> origin = origin(event, source);
        if (origin.isEmpty()) {
            quarantine.retryFailed(event.tenant(), event.quarantineId(), entry.get().reason(),
                    "the mail account this message came from no longer exists");
            return;
        }
        switch (reader.read(origin.get(), RawMessage.of(raw.get()), entry.get().quarantinedAt(), false,
                raw.get().length)) {
            case MessageReader.Read.Captured c -> {
                Checkpoint retried = new Checkpoint(event.tenant(), source.kind(), source.accountId(), SCOPE,
                        Long.toString(event.quarantineId()));
                ownTransaction.executeWithoutResult(status -> {
                    recorder.record(SourceBatch.to(retried).add(c.capture()).build());
                    quarantine.resolve(event.tenant(), event.quarantineId());
                });
                LOG.info("Quarantined message {} parsed on retry and recorded", event.quarantineId());
            }
            case MessageReader.Read.Quarantined q -> {
                quarantine.retryFailed(event.tenant(), event.quarantineId(), q.item().reason(), q.item().detail());
                LOG.info("Quarantined message {} still unreadable: {}", event.quarantineId(), q.item().detail());
            }
        }
    }

    private Optional<MailOrigin> origin(QuarantineRetryRequested event, SourceRef source) {
        if (source.kind() == SourceKind.IMPORT) {
            return Optional.of(new MailOrigin(event.tenant(), UserId.of(source.accountId()), source,
                    Visibility.EVERYTHING, false, null));
        }
        return accounts.find(event.tenant(), source.accountId()).map((MailAccount a) -> new MailOrigin(a.tenant(),
                a.owner(), source, a.visibility(), a.dropbox(),
                EmailAddress.parseOrNull(a.username())));
    }
}
