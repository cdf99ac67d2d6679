package org.crmgateway.mailingest.archive;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.crmgateway.crm.BatchResult;
import org.crmgateway.crm.Capture;
import org.crmgateway.crm.Checkpoint;
import org.crmgateway.crm.HistoryRecorder;
import org.crmgateway.crm.QuarantineItem;
import org.crmgateway.crm.SourceBatch;
import org.crmgateway.crm.SourceKind;
import org.crmgateway.crm.SourceRef;
import org.crmgateway.crm.TenantId;
import org.crmgateway.crm.UserId;
import org.crmgateway.crm.Visibility;
import org.crmgateway.mailingest.MailIngestProperties;
import org.crmgateway.mailingest.sync.MailOrigin;
import org.crmgateway.mailingest.sync.MessageReader;
import org.crmgateway.mailingest.sync.SyncCounts;

/**
 * Imports an archive into a staff user's history through the same door as IMAP: each batch of
 * messages is recorded with a checkpoint in one transaction; importing the same archive again
 * logs nothing twice (source keys).
 */
public final class ArchiveImport {
    private final HistoryRecorder recorder;
    private final MessageReader reader;
    private final MailIngestProperties properties;

    public ArchiveImport(HistoryRecorder recorder, MessageReader reader, MailIngestProperties properties) {
        this.recorder = recorder;
        this.reader = reader;
        this.properties = properties;
    }

    /** Receives progress: messages done of the total. */
    @FunctionalInterface
    public interface Progress {
        void update(long done, long total);
    }

    public SyncCounts run(TenantId tenant, UserId user, Path path, Progress progress) throws IOException {
        Archive archive = Archive.open(path, properties.memoryLimit().toBytes());
        long total = archive.count();
        String scope = scope(path);
        SyncCounts counts = SyncCounts.NONE;
        long done = 0;
        progress.update(0, total);
        Iterator<ArchiveMessage> messages = archive.messages();
        while (messages.hasNext()) {
            List<Capture> captures = new ArrayList<>();
            List<QuarantineItem> quarantined = new ArrayList<>();
            int n = 0;
            while (n < properties.batchSize() && messages.hasNext()) {
                try (ArchiveMessage m = messages.next()) {
                    MailOrigin origin = new MailOrigin(tenant, user,
                            new SourceRef(SourceKind.IMPORT, user.value(), scope, m.locator()), Visibility.EVERYTHING,
                            false, null);
                    switch (reader.read(origin, m.raw(), Instant.now(), false, m.raw().size())) {
                        case MessageReader.Read.Captured c -> captures.add(c.capture());
                        case MessageReader.Read.Quarantined q -> quarantined.add(q.item());
                    }
                }
                n++;
            }
            done += n;
            Checkpoint checkpoint = new Checkpoint(tenant, SourceKind.IMPORT, user.value(), scope, "done:" + done);
            BatchResult result = recorder.record(new SourceBatch(checkpoint, captures, quarantined, List.of()));
            counts = counts.plus(SyncCounts.of(n, result));
            progress.update(done, total);
        }
        return counts;
    }

    private static String scope(Path path) {
        String s = path.toAbsolutePath().normalize().toString();
        return s.length() > 1000 ? s.substring(s.length() - 1000) : s;
    }
}
