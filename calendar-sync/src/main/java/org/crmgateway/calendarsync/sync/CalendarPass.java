package org.crmgateway.calendarsync.sync;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.crmgateway.calendarsync.CalendarSyncProperties;
import org.crmgateway.calendarsync.client.CalDavClient;
import org.crmgateway.calendarsync.client.CalendarCollection;
import org.crmgateway.calendarsync.client.CalendarObject;
import org.crmgateway.calendarsync.client.InvalidSyncTokenException;
import org.crmgateway.calendarsync.client.ObjectRef;
import org.crmgateway.calendarsync.client.SyncChanges;
import org.crmgateway.calendarsync.ical.CaptureOrigin;
import org.crmgateway.calendarsync.ical.MeetingReader;
import org.crmgateway.crm.CalendarAccount;
import org.crmgateway.crm.CalendarAccounts;
import org.crmgateway.crm.Checkpoint;
import org.crmgateway.crm.Checkpoints;
import org.crmgateway.crm.FolderProgress;
import org.crmgateway.crm.SourceKind;
import org.crmgateway.crm.SourceRef;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings one calendar up to date: with sync-collection (RFC 6578) where offered, else by
 * comparing getctag and getetag (the way vdirsyncer does). Objects are fetched with
 * calendar-multiget in batches; each batch is recorded by {@link BatchWriter} in one transaction,
 * and only the last one carries the new position, so a crash anywhere resumes without loss.
 */
public final class CalendarPass {
    private static final Logger LOG = LoggerFactory.getLogger(CalendarPass.class);
    static final String SYNC = "sync-token ";
    static final String CTAG = "ctag ";

    private final CalDavClient client;
    private final CalendarAccount account;
    private final Checkpoints checkpoints;
    private final CalendarAccounts accounts;
    private final CalendarObjectStore store;
    private final BatchWriter writer;
    private final MeetingReader reader;
    private final CalendarSyncProperties settings;
    private final Clock clock;

    public CalendarPass(CalDavClient client, CalendarAccount account, Checkpoints checkpoints, CalendarAccounts accounts,
                        CalendarObjectStore store, BatchWriter writer, MeetingReader reader,
                        CalendarSyncProperties settings, Clock clock) {
        this.client = client;
        this.account = account;
        this.checkpoints = checkpoints;
        this.accounts = accounts;
        this.store = store;
        this.writer = writer;
        this.reader = reader;
        this.settings = settings;
        this.clock = clock;
    }

    /** What one pass over one calendar did. */
    public record Summary(int fetched, int captures, int quarantined, int withdrawn) {
        static final Summary NOTHING = new Summary(0, 0, 0, 0);

        Summary plus(Summary o) {
            return new Summary(fetched + o.fetched, captures + o.captures, quarantined + o.quarantined,
                    withdrawn + o.withdrawn);
        }
    }

    public Summary run(CalendarCollection calendar) {
        String position = checkpoints.position(account.tenant(), SourceKind.CALENDAR, account.id(), calendar.href())
                .orElse("");
        return calendar.syncCollection() && !settings.preferEtagSync()
                ? viaSyncCollection(calendar, position)
                : viaEtags(calendar, position);
    }

    private Summary viaSyncCollection(CalendarCollection calendar, String position) {
        String token = position.startsWith(SYNC) ? position.substring(SYNC.length()) : null;
        boolean full = token == null;
        Set<String> seen = new HashSet<>();
        Summary total = Summary.NOTHING;
        String current = position;
        while (true) {
            SyncChanges changes;
            try {
                changes = client.syncCollection(calendar.url(), token);
            } catch (InvalidSyncTokenException e) {
                if (token == null) {
                    throw e;
                }
                LOG.warn("Sync-token of calendar {} no longer valid; reading it in full", calendar.href());
                token = null;
                full = true;
                continue;
            }
            changes.changed().forEach(r -> seen.add(r.href()));
            List<String> deleted = new ArrayList<>(changes.deleted());
            if (full && !changes.truncated()) {
                // objects deleted while the server had forgotten our token appear in no answer
                store.etags(account.tenant(), account.id(), calendar.href()).keySet().stream()
                        .filter(href -> !seen.contains(href) && !deleted.contains(href)).forEach(deleted::add);
            }
            String next = SYNC + changes.token();
            List<String> involved = new ArrayList<>(deleted);
            changes.changed().forEach(r -> involved.add(r.href()));
            Map<String, @Nullable String> known = full
                    ? store.etags(account.tenant(), account.id(), calendar.href())
                    : store.etags(account.tenant(), account.id(), calendar.href(), involved);
            total = total.plus(apply(calendar, changes.changed(), deleted, known, current, next));
            current = next;
            if (!changes.truncated()) {
                return total;
            }
            token = changes.token();
        }
    }

    private Summary viaEtags(CalendarCollection calendar, String position) {
        CalendarCollection now = client.describe(calendar.url());
        String next = CTAG + Objects.requireNonNullElse(now.ctag(), "");
        if (now.ctag() != null && position.equals(next)) {
            return Summary.NOTHING;
        }
        List<ObjectRef> listing = client.listObjects(calendar.url());
        Set<String> listed = new HashSet<>();
        listing.forEach(r -> listed.add(r.href()));
        Map<String, @Nullable String> known = store.etags(account.tenant(), account.id(), calendar.href());
        List<String> deleted = known.keySet().stream().filter(href -> !listed.contains(href)).toList();
        return apply(calendar, listing, deleted, known, position, next);
    }

    /**
     * Fetches what changed (skipping objects whose etag we already hold) and records it batch by
     * batch; {@code known} holds our etags of at least the objects involved.
     */
    private Summary apply(CalendarCollection calendar, List<ObjectRef> changed, List<String> deleted,
                          Map<String, @Nullable String> known, String from, String to) {
        List<ObjectRef> toFetch = changed.stream()
                .filter(r -> r.etag() == null || !r.etag().equals(known.get(r.href()))).toList();
        List<String> gone = deleted.stream().filter(known::containsKey).toList();
        Instant startedAt = clock.instant();
        int batchSize = settings.multigetBatch();
        int batches = Math.max(1, (toFetch.size() + batchSize - 1) / batchSize);
        Summary total = Summary.NOTHING;
        for (int i = 0; i < batches; i++) {
            List<String> hrefs = toFetch.subList(i * batchSize, Math.min(toFetch.size(), (i + 1) * batchSize))
                    .stream().map(ObjectRef::href).toList();
            List<CalendarObject> objects = client.multiget(calendar.url(), hrefs);
            boolean last = i == batches - 1;
            Checkpoint checkpoint = new Checkpoint(account.tenant(), SourceKind.CALENDAR, account.id(),
                    calendar.href(), last ? to : from);
            total = total.plus(writer.write(checkpoint, objects(calendar, objects), i == 0 ? gone : List.of()));
            accounts.reportCalendar(account.tenant(), account.id(), new FolderProgress(calendar.href(), null, null,
                    toFetch.size(), Math.min(toFetch.size(), (long) (i + 1) * batchSize), startedAt, clock.instant()));
        }
        if (toFetch.isEmpty()) {
            accounts.reportCalendar(account.tenant(), account.id(),
                    new FolderProgress(calendar.href(), null, null, 0, 0, startedAt, clock.instant()));
        }
        return total;
    }

    private List<BatchWriter.Read> objects(CalendarCollection calendar, List<CalendarObject> objects) {
        Instant now = clock.instant();
        List<BatchWriter.Read> reads = new ArrayList<>();
        for (CalendarObject o : objects) {
            CaptureOrigin origin = new CaptureOrigin(account.tenant(), account.owner(),
                    new SourceRef(SourceKind.CALENDAR, account.id(), calendar.href(), o.href()), account.visibility());
            reads.add(new BatchWriter.Read(o.href(), o.etag(), o.data().getBytes(StandardCharsets.UTF_8), origin,
                    reader.read(o.data(), origin, now)));
        }
        return reads;
    }
}
