package org.crmgateway.calendarsync.retry;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.crmgateway.calendarsync.ical.CaptureOrigin;
import org.crmgateway.calendarsync.ical.MeetingReader;
import org.crmgateway.calendarsync.invitation.InvitationProcessor;
import org.crmgateway.calendarsync.sync.BatchWriter;
import org.crmgateway.crm.CalendarAccount;
import org.crmgateway.crm.CalendarAccounts;
import org.crmgateway.crm.Checkpoint;
import org.crmgateway.crm.Checkpoints;
import org.crmgateway.crm.Quarantine;
import org.crmgateway.crm.QuarantineRetryRequested;
import org.crmgateway.crm.QuarantinedEntry;
import org.crmgateway.crm.SourceKind;
import org.crmgateway.crm.SourceRef;
import org.crmgateway.crm.Visibility;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reads a quarantined calendar object or invitation again when a user retries it: recorded and
 * resolved when it now parses, kept with the new reason when it does not. The calendar's sync
 * position is left as it is.
 *
 * <p>The request arrives after the transaction that asked for it has committed; a transaction
 * joined there would never commit as one, so the meeting and the end of the quarantine item are
 * stored in a transaction of their own, together or not at all.
 */
@Component
class QuarantineRetry {
    private final Quarantine quarantine;
    private final CalendarAccounts accounts;
    private final Checkpoints checkpoints;
    private final BatchWriter writer;
    private final InvitationProcessor invitations;
    private final MeetingReader reader;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;

    QuarantineRetry(Quarantine quarantine, CalendarAccounts accounts, Checkpoints checkpoints, BatchWriter writer,
                    InvitationProcessor invitations, MeetingReader reader, PlatformTransactionManager transactions,
                    ObjectProvider<Clock> clock) {
        this.quarantine = quarantine;
        this.accounts = accounts;
        this.checkpoints = checkpoints;
        this.writer = writer;
        this.invitations = invitations;
        this.reader = reader;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(QuarantineRetryRequested event) {
        if (event.kind() != SourceKind.CALENDAR && event.kind() != SourceKind.INVITATION) {
            return;
        }
        Optional<QuarantinedEntry> entry = quarantine.find(event.tenant(), event.quarantineId());
        Optional<byte[]> raw = quarantine.raw(event.tenant(), event.quarantineId());
        if (entry.isEmpty() || raw.isEmpty()) {
            return;
        }
        String text = new String(raw.get(), StandardCharsets.UTF_8);
        SourceRef source = entry.get().source();
        Optional<CalendarAccount> account = event.kind() == SourceKind.CALENDAR
                ? accounts.find(event.tenant(), source.accountId()) : Optional.empty();
        CaptureOrigin origin = new CaptureOrigin(event.tenant(), account.map(CalendarAccount::owner).orElse(null),
                source, account.map(CalendarAccount::visibility).orElse(Visibility.EVERYTHING));
        MeetingReader.Result result = reader.read(text, origin, clock.instant());
        if (result instanceof MeetingReader.Rejected r) {
            quarantine.retryFailed(event.tenant(), event.quarantineId(), r.reason(), r.detail());
            return;
        }
        ownTransaction.executeWithoutResult(status -> {
            if (event.kind() == SourceKind.INVITATION) {
                invitations.apply(text, origin, "retry " + event.quarantineId());
            } else {
                String position = checkpoints.position(event.tenant(), SourceKind.CALENDAR, source.accountId(),
                        source.scope()).orElse("");
                writer.write(new Checkpoint(event.tenant(), SourceKind.CALENDAR, source.accountId(), source.scope(),
                        position), List.of(new BatchWriter.Read(source.locator(), null, raw.get(), origin, result)),
                        List.of());
            }
            quarantine.resolve(event.tenant(), event.quarantineId());
        });
    }
}
