package org.crmgateway.crm.history;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.crmgateway.crm.ActivityId;
import org.crmgateway.crm.ActivityRecorded;
import org.crmgateway.crm.BatchResult;
import org.crmgateway.crm.Capture;
import org.crmgateway.crm.CaptureBody;
import org.crmgateway.crm.CaptureKind;
import org.crmgateway.crm.CaptureOutcome;
import org.crmgateway.crm.CaptureOutcome.Kind;
import org.crmgateway.crm.HistoryRecorder;
import org.crmgateway.crm.InvitationReceived;
import org.crmgateway.crm.MatchingSettingsStore;
import org.crmgateway.crm.QuarantineItem;
import org.crmgateway.crm.SourceBatch;
import org.crmgateway.crm.TenantId;
import org.crmgateway.crm.UserId;
import org.crmgateway.crm.Visibility;
import org.crmgateway.crm.checkpoint.JdbcCheckpoints;
import org.crmgateway.crm.matching.JdbcPartnerIndex;
import org.crmgateway.crm.matching.MatchInput;
import org.crmgateway.crm.matching.MatchResult;
import org.crmgateway.crm.matching.Matcher;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one door: records a {@link SourceBatch} in one transaction (see the ADR on the recorder's
 * transaction). Events are published inside the transaction; listeners that act on them use
 * {@code @TransactionalEventListener} (AFTER_COMMIT) or Modulith's {@code @ApplicationModuleListener},
 * so nothing outside learns of a batch that rolled back.
 */
@Service
class JdbcHistoryRecorder implements HistoryRecorder {

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate named;
    private final MatchingSettingsStore settings;
    private final ActivityRows activities;
    private final ThreadLinker threads;
    private final ContactCreator contacts;
    private final SideRows side;
    private final JdbcCheckpoints checkpoints;
    private final ApplicationEventPublisher events;

    JdbcHistoryRecorder(JdbcClient jdbc, NamedParameterJdbcTemplate named, MatchingSettingsStore settings,
                        ActivityRows activities, ThreadLinker threads, ContactCreator contacts, SideRows side,
                        JdbcCheckpoints checkpoints, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.named = named;
        this.settings = settings;
        this.activities = activities;
        this.threads = threads;
        this.contacts = contacts;
        this.side = side;
        this.checkpoints = checkpoints;
        this.events = events;
    }

    @Override
    @Transactional
    public BatchResult record(SourceBatch batch) {
        TenantId tenant = batch.checkpoint().tenant();
        Matcher matcher = new Matcher(settings.get(tenant));
        List<Capture> captures = batch.captures().stream().map(JdbcHistoryRecorder::visible).toList();
        Known known = known(tenant, captures);
        List<Object> published = new ArrayList<>();
        List<Supplier<CaptureOutcome>> outcomes = new ArrayList<>(captures.size());
        for (Capture capture : captures) {
            outcomes.add(record(capture, matcher, known, published));
        }
        known.pending().flush();
        threads.releaseUnused(tenant, known.threads());
        List<CaptureOutcome> recorded = outcomes.stream().map(Supplier::get).toList();
        for (QuarantineItem q : batch.quarantined()) {
            side.quarantine(q);
        }
        List<Long> withdrawn = side.withdraw(tenant, batch.withdrawnSourceKeys());
        withdrawn.forEach(id -> published.add(new ActivityRecorded(tenant, ActivityId.of(id), CaptureKind.MEETING, false)));
        checkpoints.save(batch.checkpoint());
        published.forEach(events::publishEvent);
        return new BatchResult(recorded, batch.quarantined().size(), withdrawn.size());
    }

    /**
     * What the batch's captures need to know from the database, read in one query per kind up front
     * and kept current while the batch is recorded; {@code added} holds the activities of this batch.
     */
    private record Known(Map<String, Long> activities, Map<String, NewActivity> added, BatchThreads threads,
                         BatchPartnerIndex index, PendingRows pending) {

        Optional<Long> activity(String sourceKey) {
            NewActivity inBatch = added.get(sourceKey);
            if (inBatch != null) {
                pending.flush();
                return Optional.of(inBatch.id());
            }
            return Optional.ofNullable(activities.get(sourceKey));
        }
    }

    private Known known(TenantId tenant, List<Capture> captures) {
        List<String> sourceKeys = new ArrayList<>(captures.size());
        List<String> messageIds = new ArrayList<>();
        for (Capture c : captures) {
            sourceKeys.add(c.sourceKey());
            if (c.kind() != CaptureKind.MEETING) {
                messageIds.addAll(ThreadLinker.ids(c.thread()));
            }
        }
        PendingRows pending = new PendingRows(named);
        Map<String, Long> recorded = activities.bySourceKeys(tenant, sourceKeys);
        BatchThreads known = threads.read(tenant, messageIds);
        int mayStartThread = 0;
        for (Capture c : captures) {
            List<String> ids = c.kind() == CaptureKind.MEETING ? List.of() : ThreadLinker.ids(c.thread());
            if (!ids.isEmpty() && !recorded.containsKey(c.sourceKey()) && known.existing(ids).isEmpty()) {
                mayStartThread++;
            }
        }
        threads.reserve(tenant, known, mayStartThread);
        return new Known(recorded, new HashMap<>(), known,
                new BatchPartnerIndex(new JdbcPartnerIndex(jdbc, tenant), pending, captures), pending);
    }

    /**
     * Records one capture. A new activity's outcome is only complete once the batch's pending rows
     * are inserted and its id is known, so each outcome is returned as a supplier, called then.
     */
    private Supplier<CaptureOutcome> record(Capture c, Matcher matcher, Known known, List<Object> published) {
        Optional<Long> existing = known.activity(c.sourceKey());
        BatchPartnerIndex index = known.index();
        boolean meeting = c.kind() == CaptureKind.MEETING;
        if (existing.isPresent()) {
            known.pending().flush();
            long id = existing.get();
            boolean newSource = activities.addSource(c.tenant(), id, c.source());
            if (meeting) {
                MatchResult match = matcher.match(new MatchInput(c.participants(), c.traits(), Set.of()), index);
                if (match.decision() != MatchResult.Decision.SKIP && activities.updateMeeting(id, c, match)) {
                    published.add(new ActivityRecorded(c.tenant(), ActivityId.of(id), c.kind(), false));
                    return done(new CaptureOutcome(c.sourceKey(), Kind.UPDATED, ActivityId.of(id), "meeting changed"));
                }
            }
            return done(new CaptureOutcome(c.sourceKey(), Kind.ALREADY_RECORDED, ActivityId.of(id),
                    newSource ? "source added" : "already recorded from this source"));
        }
        List<String> ids = meeting ? List.of() : ThreadLinker.ids(c.thread());
        List<Long> knownThreads = known.threads().existing(ids);
        MatchResult matched = matcher.match(
                new MatchInput(c.participants(), c.traits(), known.threads().partnersOf(knownThreads)), index);
        if (matched.decision() == MatchResult.Decision.SKIP) {
            return done(new CaptureOutcome(c.sourceKey(), Kind.SKIPPED, null, matched.reason()));
        }
        MatchResult match = matched.toCreate().isEmpty() ? matched : contacts.create(c.tenant(), matched);
        if (match != matched) {
            index.forget();
        }
        Long thread = threads.link(c.tenant(), ids, knownThreads, known.threads(), known.pending());
        if (thread != null) {
            known.threads().linked(thread, match.links().keySet());
        }
        UserId owner = c.owner() != null ? c.owner() : match.staffSender() == null ? null : UserId.of(match.staffSender());
        NewActivity activity = activities.insert(c, match, thread, owner == null ? null : owner.value(), known.pending());
        known.added().put(c.sourceKey(), activity);
        return () -> {
            ActivityId id = ActivityId.of(activity.id());
            published.add(new ActivityRecorded(c.tenant(), id, c.kind(), true));
            for (Long invitation : side.invitations(c.tenant(), id.value(), owner, c.calendarParts())) {
                published.add(new InvitationReceived(c.tenant(), invitation));
            }
            if (match.decision() == MatchResult.Decision.UNRESOLVED) {
                side.unresolved(c.tenant(), id.value(), match.unknown());
                return new CaptureOutcome(c.sourceKey(), Kind.UNRESOLVED, id, match.reason());
            }
            return new CaptureOutcome(c.sourceKey(), Kind.RECORDED, id, "");
        };
    }

    private static Supplier<CaptureOutcome> done(CaptureOutcome outcome) {
        return () -> outcome;
    }

    /** Drops what the source's visibility does not let CRM users read, before anything is stored. */
    static Capture visible(Capture c) {
        if (c.visibility() == Visibility.EVERYTHING) {
            return c;
        }
        String subject = c.visibility() == Visibility.METADATA_ONLY ? null : c.subject();
        return new Capture(c.tenant(), c.owner(), c.kind(), c.source(), c.sourceKey(), c.occurredAt(), c.participants(),
                subject, CaptureBody.EMPTY, List.of(), c.thread(), c.traits(), c.meeting(), c.calendarParts(),
                c.visibility(), c.privateToOwner());
    }
}
