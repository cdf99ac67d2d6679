package org.crmgateway.mailingest.sync;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.crmgateway.crm.BatchResult;
import org.crmgateway.crm.Checkpoint;
import org.crmgateway.crm.Checkpoints;
import org.crmgateway.crm.EmailAddress;
import org.crmgateway.crm.FolderProgress;
import org.crmgateway.crm.HistoryRecorder;
import org.crmgateway.crm.MailAccount;
import org.crmgateway.crm.MailAccounts;
import org.crmgateway.crm.SourceBatch;
import org.crmgateway.crm.SourceKind;
import org.crmgateway.crm.SourceRef;
import org.crmgateway.mailingest.MailIngestProperties;
import org.crmgateway.mailingest.fetch.FetchedMail;
import org.crmgateway.mailingest.fetch.FolderState;
import org.crmgateway.mailingest.fetch.ImapFolderReader;
import org.crmgateway.mailingest.fetch.MailFetchException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One pass over one folder: reads every message above the stored checkpoint, in batches, and
 * records each batch with its checkpoint through the {@link HistoryRecorder} in one transaction.
 * The next batch is fetched and parsed while the current one is recorded ({@link ReadAhead}).
 * A crash between batches loses nothing and logs nothing twice. When UIDVALIDITY changed, the
 * folder is read again from the start; source keys keep the history free of duplicates.
 */
public final class FolderSync {
    private static final Logger LOG = LoggerFactory.getLogger(FolderSync.class);
    private static final Duration PROGRESS_LOG = Duration.ofSeconds(10);

    private final HistoryRecorder recorder;
    private final Checkpoints checkpoints;
    private final MailAccounts accounts;
    private final MessageReader reader;
    private final MailIngestProperties properties;

    public FolderSync(HistoryRecorder recorder, Checkpoints checkpoints, MailAccounts accounts, MessageReader reader,
                      MailIngestProperties properties) {
        this.recorder = recorder;
        this.checkpoints = checkpoints;
        this.accounts = accounts;
        this.reader = reader;
        this.properties = properties;
    }

    public SyncCounts sync(MailAccount account, ImapFolderReader folder, BooleanSupplier stopped)
            throws MailFetchException, IOException {
        FolderState state = folder.state();
        String name = state.name();
        Optional<UidCheckpoint> stored = checkpoints.position(account.tenant(), SourceKind.MAIL, account.id(), name)
                .flatMap(UidCheckpoint::parse);
        boolean reset = stored.isPresent() && stored.get().uidValidity() != state.uidValidity();
        if (reset) {
            LOG.info("Folder {} of account {} has a new UIDVALIDITY ({} -> {}); reading it again", name, account.id(),
                    stored.get().uidValidity(), state.uidValidity());
        }
        long lastUid = stored.filter(c -> !reset).map(UidCheckpoint::lastUid).orElse(0L);
        long[] uids = folder.uidsAfter(lastUid, account.since());
        Instant startedAt = Instant.now();
        if (uids.length == 0) {
            if (stored.isEmpty() || reset) {
                recorder.record(SourceBatch.to(checkpoint(account, name, state.uidValidity(), lastUid)).build());
            }
            report(account, name, state.uidValidity(), lastUid, 0, 0, startedAt);
            return SyncCounts.NONE;
        }
        SyncCounts counts = SyncCounts.NONE;
        Instant lastLog = startedAt;
        try (ReadAhead ahead = new ReadAhead(index -> prepare(account, folder, state, uids, index), stopped)) {
            for (ReadAhead.Prepared next = ahead.next(); next != null; next = ahead.next()) {
                BatchResult result = recorder.record(next.batch());
                counts = counts.plus(SyncCounts.of(next.fetched(), result));
                report(account, name, state.uidValidity(), next.lastUid(), uids.length, next.done(), startedAt);
                if (Duration.between(lastLog, Instant.now()).compareTo(PROGRESS_LOG) > 0) {
                    lastLog = Instant.now();
                    LOG.info("Account {} {}: {}/{} messages, {}", account.id(), name, next.done(), uids.length,
                            Eta.describe(startedAt, next.done(), uids.length));
                }
            }
        }
        LOG.info("Account {} {}: {} in {} ms", account.id(), name, counts,
                Duration.between(startedAt, Instant.now()).toMillis());
        return counts;
    }

    /** Fetches and parses batch number {@code index} of {@code uids}; null past the end. */
    private ReadAhead.@Nullable Prepared prepare(MailAccount account, ImapFolderReader folder, FolderState state,
                                                 long[] uids, int index) throws MailFetchException, IOException {
        int batch = properties.batchSize();
        int from = index * batch;
        if (from >= uids.length) {
            return null;
        }
        String name = state.name();
        long[] chunk = Arrays.copyOfRange(uids, from, Math.min(uids.length, from + batch));
        long chunkLast = chunk[chunk.length - 1];
        SourceBatch.Builder builder = SourceBatch.to(checkpoint(account, name, state.uidValidity(), chunkLast));
        List<FetchedMail> mails = folder.fetch(chunk, properties.maxMessageSize().toBytes(),
                properties.memoryLimit().toBytes());
        EmailAddress mailbox = EmailAddress.parseOrNull(account.username());
        try {
            for (FetchedMail mail : mails) {
                try (mail) {
                    MailOrigin origin = new MailOrigin(account.tenant(), account.owner(),
                            new SourceRef(SourceKind.MAIL, account.id(), name, Long.toString(mail.uid())),
                            account.visibility(), account.dropbox(), mailbox);
                    switch (reader.read(origin, mail.raw(), mail.internalDate(), mail.headersOnly(), mail.size())) {
                        case MessageReader.Read.Captured c -> builder.add(c.capture());
                        case MessageReader.Read.Quarantined q -> {
                            LOG.warn("Quarantined UID {} of {} (account {}): {}", mail.uid(), name, account.id(),
                                    q.item().detail());
                            builder.quarantine(q.item());
                        }
                    }
                }
            }
        } finally {
            // a batch that fails half-way still deletes the temporary files of its messages not yet read
            mails.forEach(FetchedMail::close);
        }
        return new ReadAhead.Prepared(builder.build(), mails.size(), chunkLast, from + chunk.length);
    }

    private static Checkpoint checkpoint(MailAccount account, String folder, long uidValidity, long lastUid) {
        return new Checkpoint(account.tenant(), SourceKind.MAIL, account.id(), folder,
                new UidCheckpoint(uidValidity, lastUid).position());
    }

    private void report(MailAccount account, String name, long uidValidity, long lastUid, long total, long done,
                        Instant startedAt) {
        accounts.reportFolder(account.tenant(), account.id(),
                new FolderProgress(name, uidValidity, lastUid, total, done, startedAt, Instant.now()));
    }
}
