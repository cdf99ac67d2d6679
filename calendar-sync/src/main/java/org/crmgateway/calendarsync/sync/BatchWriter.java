package org.crmgateway.calendarsync.sync;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.crmgateway.calendarsync.ical.CaptureOrigin;
import org.crmgateway.calendarsync.ical.MeetingReader;
import org.crmgateway.crm.Checkpoint;
import org.crmgateway.crm.HistoryRecorder;
import org.crmgateway.crm.SourceBatch;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Records what was read from one calendar in one transaction: the meetings, the occurrences an
 * object no longer holds (withdrawn, so the CRM shows them cancelled), the objects deleted on the
 * server, the quarantined ones, our per-object bookkeeping and the checkpoint.
 */
@Component
public class BatchWriter {
    private final HistoryRecorder recorder;
    private final CalendarObjectStore store;
    private final TransactionTemplate tx;

    public BatchWriter(HistoryRecorder recorder, CalendarObjectStore store, TransactionTemplate tx) {
        this.recorder = recorder;
        this.store = store;
        this.tx = tx;
    }

    /** One fetched object and what reading it gave. */
    public record Read(String href, @Nullable String etag, byte[] raw, CaptureOrigin origin,
                       MeetingReader.Result result) {
    }

    public CalendarPass.Summary write(Checkpoint checkpoint, List<Read> reads, List<String> deleted) {
        return tx.execute(status -> {
            SourceBatch.Builder batch = SourceBatch.to(checkpoint);
            int captures = 0;
            int quarantined = 0;
            Set<String> withdrawn = new HashSet<>();
            for (Read read : reads) {
                Optional<CalendarObjectStore.Stored> before = store.find(checkpoint.tenant(), checkpoint.accountId(),
                        checkpoint.scope(), read.href());
                Set<String> previousKeys = before.map(CalendarObjectStore.Stored::sourceKeys).orElse(Set.of());
                switch (read.result()) {
                    case MeetingReader.Meetings m -> {
                        m.captures().forEach(batch::add);
                        captures += m.captures().size();
                        Set<String> keys = m.sourceKeys();
                        previousKeys.stream().filter(k -> !keys.contains(k)).forEach(withdrawn::add);
                        String uid = m.calendar().uids().stream().sorted().findFirst().orElse(null);
                        store.save(checkpoint.tenant(), checkpoint.accountId(), checkpoint.scope(),
                                new CalendarObjectStore.Stored(read.href(), read.etag(), uid, keys,
                                        new String(read.raw(), java.nio.charset.StandardCharsets.UTF_8)));
                    }
                    case MeetingReader.Rejected r -> {
                        // a broken edit keeps the meetings of the last good version; the item waits in quarantine
                        batch.quarantine(r.toQuarantine(read.origin(), read.raw()));
                        quarantined++;
                        store.save(checkpoint.tenant(), checkpoint.accountId(), checkpoint.scope(),
                                new CalendarObjectStore.Stored(read.href(), read.etag(),
                                        before.map(CalendarObjectStore.Stored::uid).orElse(null), previousKeys,
                                        before.map(CalendarObjectStore.Stored::data).orElse(null)));
                    }
                }
            }
            for (String href : deleted) {
                store.find(checkpoint.tenant(), checkpoint.accountId(), checkpoint.scope(), href).ifPresent(s -> {
                    withdrawn.addAll(s.sourceKeys());
                    store.delete(checkpoint.tenant(), checkpoint.accountId(), checkpoint.scope(), href);
                });
            }
            // an occurrence that moved to another object of this batch is not withdrawn
            reads.forEach(r -> {
                if (r.result() instanceof MeetingReader.Meetings m) {
                    withdrawn.removeAll(m.sourceKeys());
                }
            });
            withdrawn.stream().sorted().forEach(batch::withdraw);
            recorder.record(batch.build());
            return new CalendarPass.Summary(reads.size(), captures, quarantined, withdrawn.size());
        });
    }
}
