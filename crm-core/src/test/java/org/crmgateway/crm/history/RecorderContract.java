package org.crmgateway.crm.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crmgateway.crm.history.Fixture.T0;

import java.time.Duration;
import java.util.List;
import org.crmgateway.TestApplication;
import org.crmgateway.crm.ActivityDetail;
import org.crmgateway.crm.ActivityId;
import org.crmgateway.crm.ActivityRecorded;
import org.crmgateway.crm.ActivitySummary;
import org.crmgateway.crm.BatchResult;
import org.crmgateway.crm.Capture;
import org.crmgateway.crm.CaptureBody;
import org.crmgateway.crm.CaptureOutcome.Kind;
import org.crmgateway.crm.Checkpoints;
import org.crmgateway.crm.Direction;
import org.crmgateway.crm.History;
import org.crmgateway.crm.HistoryQuery;
import org.crmgateway.crm.HistoryRecorder;
import org.crmgateway.crm.MailTraits;
import org.crmgateway.crm.MatchRule;
import org.crmgateway.crm.MatchingSettingsStore;
import org.crmgateway.crm.Partner;
import org.crmgateway.crm.PartnerId;
import org.crmgateway.crm.PartnerKind;
import org.crmgateway.crm.Partners;
import org.crmgateway.crm.SourceBatch;
import org.crmgateway.crm.SourceKind;
import org.crmgateway.crm.SourceRef;
import org.crmgateway.crm.StaffUsers;
import org.crmgateway.crm.Tenants;
import org.crmgateway.crm.UnknownSenders;
import org.crmgateway.crm.Unresolved;
import org.crmgateway.crm.UnresolvedMessage;
import org.crmgateway.crm.Visibility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** The history recorder and the history it writes, on a real database. */
@SpringBootTest(classes = TestApplication.class)
@RecordApplicationEvents
abstract class RecorderContract {

    @Autowired HistoryRecorder recorder;
    @Autowired History history;
    @Autowired Unresolved unresolved;
    @Autowired Checkpoints checkpoints;
    @Autowired Tenants tenants;
    @Autowired StaffUsers users;
    @Autowired Partners partners;
    @Autowired MatchingSettingsStore settings;
    @Autowired ApplicationEvents events;
    @Autowired org.crmgateway.crm.Quarantine quarantine;
    @Autowired org.crmgateway.crm.Invitations invitations;
    @Autowired JdbcClient jdbc;

    Fixture f;

    @BeforeEach
    void fixture() {
        f = new Fixture(tenants, users, partners, settings);
    }

    BatchResult record(Capture... captures) {
        SourceBatch.Builder b = SourceBatch.to(f.checkpoint("pos-" + captures.length));
        for (Capture c : captures) {
            b.add(c);
        }
        return recorder.record(b.build());
    }

    List<ActivitySummary> timeline(Partner p) {
        return history.timeline(f.viewer(), HistoryQuery.of(p.id(), null, 200)).items();
    }

    @Test
    void theSameCaptureTwiceIsOneActivityAndTheCheckpointIsStored() {
        Capture c = f.mail("a", T0, "ivan@acme.example", "olena@firm.example").build();
        BatchResult first = record(c);
        BatchResult second = record(c);
        assertThat(first.outcomes()).extracting(o -> o.kind()).containsExactly(Kind.RECORDED);
        assertThat(second.outcomes()).extracting(o -> o.kind()).containsExactly(Kind.ALREADY_RECORDED);
        assertThat(second.outcomes().getFirst().activity()).isEqualTo(first.outcomes().getFirst().activity());
        assertThat(timeline(f.ivan)).hasSize(1);
        assertThat(history.find(f.viewer(), first.outcomes().getFirst().activity()).orElseThrow().sources()).hasSize(1);
        assertThat(checkpoints.position(f.tenant, SourceKind.MAIL, 1, "INBOX")).contains("pos-1");
        assertThat(events.stream(ActivityRecorded.class).filter(e -> e.tenant().equals(f.tenant))).hasSize(1);
    }

    @Test
    void theSameMessageFromTwoMailboxesIsOneActivityWithTwoSources() {
        Capture inOlenas = f.mail("shared", T0, "ivan@acme.example", "olena@firm.example", "petro@firm.example").build();
        Capture inPetros = Capture.email(f.tenant, new SourceRef(SourceKind.MAIL, 2, "INBOX", "77"), inOlenas.sourceKey(), T0)
                .participants(inOlenas.participants()).thread(inOlenas.thread()).build();
        ActivityId id = record(inOlenas).outcomes().getFirst().activity();
        assertThat(record(inPetros).outcomes().getFirst().kind()).isEqualTo(Kind.ALREADY_RECORDED);
        ActivityDetail detail = history.find(f.viewer(), id).orElseThrow();
        assertThat(detail.sources()).extracting(SourceRef::accountId).containsExactly(1L, 2L);
        assertThat(timeline(f.ivan)).hasSize(1);
    }

    @Test
    void threadsFollowReferencesAndALateParentJoins() {
        ActivityId reply = record(f.mail("r1", T0.plusSeconds(60), "ivan@acme.example", "olena@firm.example")
                .thread(Fixture.reply("r1", "root")).build()).outcomes().getFirst().activity();
        ActivityId root = record(f.mail("root", T0, "olena@firm.example", "ivan@acme.example").build())
                .outcomes().getFirst().activity();
        ActivityId second = record(f.mail("r2", T0.plusSeconds(120), "olena@firm.example", "ivan@acme.example")
                .thread(Fixture.reply("r2", "root", "r1")).build()).outcomes().getFirst().activity();
        List<ActivitySummary> thread = history.thread(f.viewer(), second);
        assertThat(thread).extracting(ActivitySummary::id).containsExactly(root, reply, second);
        assertThat(thread).extracting(ActivitySummary::threadId).containsOnly(thread.getFirst().threadId());
    }

    @Test
    void twoThreadsMergeWhenAMessageReferencesBoth() {
        ActivityId a = record(f.mail("a1", T0, "ivan@acme.example", "olena@firm.example").build()).outcomes().getFirst().activity();
        ActivityId b = record(f.mail("b1", T0.plusSeconds(1), "ivan@acme.example", "olena@firm.example").build())
                .outcomes().getFirst().activity();
        record(f.mail("c1", T0.plusSeconds(2), "ivan@acme.example", "olena@firm.example")
                .thread(Fixture.reply("c1", "a1", "b1")).build());
        assertThat(history.thread(f.viewer(), a)).extracting(ActivitySummary::id).contains(a, b).hasSize(3);
    }

    @Test
    void aReplyFromAnUnknownAddressKeepsTheThreadsPartners() {
        record(f.mail("q1", T0, "ivan@acme.example", "olena@firm.example").build());
        BatchResult r = record(f.mail("q2", T0.plusSeconds(60), "ivans.assistant@gmail.com", "olena@firm.example")
                .thread(Fixture.reply("q2", "q1")).build());
        assertThat(r.outcomes().getFirst().kind()).isEqualTo(Kind.RECORDED);
        assertThat(timeline(f.ivan)).hasSize(2);
        assertThat(timeline(f.acme)).hasSize(2);
    }

    @Test
    void aCaptureSeesWhatEarlierCapturesOfItsBatchRecorded() {
        Capture root = f.mail("w1", T0, "ivan@acme.example", "olena@firm.example").build();
        BatchResult r = record(root,
                f.mail("w2", T0.plusSeconds(60), "ivans.assistant@gmail.com", "olena@firm.example")
                        .thread(Fixture.reply("w2", "w1")).build(),
                root,
                f.mail("x1", T0.plusSeconds(90), "ivan@acme.example", "olena@firm.example").build(),
                f.mail("w3", T0.plusSeconds(120), "ivan@acme.example", "olena@firm.example")
                        .thread(Fixture.reply("w3", "w1", "x1")).build());
        assertThat(r.outcomes()).extracting(o -> o.kind())
                .containsExactly(Kind.RECORDED, Kind.RECORDED, Kind.ALREADY_RECORDED, Kind.RECORDED, Kind.RECORDED);
        assertThat(history.thread(f.viewer(), r.outcomes().getFirst().activity())).hasSize(4);
        assertThat(timeline(f.ivan)).hasSize(4);
    }

    @Test
    void directionAndOwnerComeFromTheSender() {
        Capture out = f.mail("o1", T0, "Sales@Firm.example", "ivan@acme.example").owner(null).build();
        Capture in = f.mail("i1", T0.plusSeconds(1), "ivan@acme.example", "olena@firm.example").build();
        record(out, in);
        List<ActivitySummary> items = timeline(f.ivan);
        assertThat(items).extracting(ActivitySummary::direction).containsExactly(Direction.INBOUND, Direction.OUTBOUND);
        assertThat(items.getLast().owner()).isEqualTo(f.olena.id());
        assertThat(items.getLast().participants().getFirst().rule()).isEqualTo(MatchRule.STAFF);
        assertThat(items.getFirst().participants().getFirst().partnerId()).isEqualTo(f.ivan.id());
    }

    @Test
    void unresolvedMailIsKeptAndAssigningTeachesTheAddress() {
        BatchResult r = record(
                f.mail("u1", T0, "stranger@newco.example", "olena@firm.example").build(),
                f.mail("u2", T0.plusSeconds(5), "olena@firm.example", "Stranger@newco.example").build(),
                f.mail("u3", T0.plusSeconds(9), "other@elsewhere.example", "olena@firm.example").build());
        assertThat(r.outcomes()).extracting(o -> o.kind()).containsOnly(Kind.UNRESOLVED);
        List<UnresolvedMessage> list = unresolved.list(f.tenant, 50);
        assertThat(list).hasSize(3);
        UnresolvedMessage first = list.stream().filter(u -> u.activity().equals(r.outcomes().getFirst().activity()))
                .findFirst().orElseThrow();
        assertThat(first.unknownAddresses()).containsExactly("stranger@newco.example");

        Partner person = partners.create(f.tenant, new org.crmgateway.crm.NewPartner(PartnerKind.PERSON, "Stranger",
                List.of(), List.of(), f.acme.id()));
        assertThat(unresolved.assign(f.tenant, first.id(), person.id())).isEqualTo(2);
        assertThat(unresolved.list(f.tenant, 50)).extracting(UnresolvedMessage::subject).containsExactly("Subject u3");
        assertThat(partners.find(f.tenant, person.id()).orElseThrow().emails()).extracting(Object::toString)
                .containsExactly("stranger@newco.example");
        List<ActivitySummary> items = timeline(person);
        assertThat(items).hasSize(2);
        assertThat(items.getLast().participants().getFirst().rule()).isEqualTo(MatchRule.MANUAL_ASSIGNMENT);
        assertThat(items.getFirst().participants().get(1).rule()).isEqualTo(MatchRule.PERSON_ADDRESS);
        assertThat(timeline(f.acme)).hasSize(2);

        BatchResult later = record(f.mail("u4", T0.plusSeconds(20), "stranger@newco.example", "olena@firm.example").build());
        assertThat(later.outcomes().getFirst().kind()).isEqualTo(Kind.RECORDED);
    }

    @Test
    void createContactMakesAPersonAndACompanyUnlessFreeMail() {
        settings.put(f.tenant, Fixture.settings(UnknownSenders.CREATE_CONTACT));
        record(f.mail("n1", T0, "maria@newco.example", "olena@firm.example").build(),
                f.mail("n2", T0.plusSeconds(1), "taras@gmail.com", "olena@firm.example").build(),
                f.mail("n3", T0.plusSeconds(2), "maria@newco.example", "olena@firm.example").build());
        Partner maria = partners.search(f.tenant, "maria@newco.example", 5).getFirst();
        Partner newco = partners.find(f.tenant, maria.companyId()).orElseThrow();
        assertThat(newco.domains()).containsExactly("newco.example");
        assertThat(timeline(newco)).hasSize(2);
        assertThat(timeline(maria).getLast().participants().getFirst().rule()).isEqualTo(MatchRule.CREATED_CONTACT);
        Partner taras = partners.search(f.tenant, "taras@gmail.com", 5).getFirst();
        assertThat(taras.companyId()).isNull();
        assertThat(partners.search(f.tenant, "gmail.com", 5)).extracting(Partner::kind).containsOnly(PartnerKind.PERSON);
    }

    @Test
    void aBatchKeepsNoThreadRowThatNoMessageUses() {
        Capture root = f.mail("t1", T0, "ivan@acme.example", "olena@firm.example").build();
        record(root);
        BatchResult r = record(root,
                f.mail("t2", T0.plusSeconds(60), "ivan@acme.example", "olena@firm.example")
                        .thread(Fixture.reply("t2", "t1")).build(),
                f.mail("t3", T0.plusSeconds(90), "ivan@acme.example", "olena@firm.example").build(),
                f.mail("t4", T0.plusSeconds(100), "ivan@acme.example", "olena@firm.example")
                        .thread(Fixture.reply("t4", "t3")).build(),
                f.mail("t5", T0.plusSeconds(120), "news@acme.example", "olena@firm.example")
                        .traits(new MailTraits("List-Unsubscribe")).build());

        assertThat(r.outcomes()).extracting(o -> o.kind())
                .containsExactly(Kind.ALREADY_RECORDED, Kind.RECORDED, Kind.RECORDED, Kind.RECORDED, Kind.SKIPPED);
        assertThat(jdbc.sql("select count(*) from thread where tenant_id = :t").param("t", f.tenant.value())
                .query(Long.class).single()).isEqualTo(2);
        assertThat(jdbc.sql("""
                select count(*) from thread t where t.tenant_id = :t
                and not exists (select 1 from activity a where a.thread_id = t.id)""")
                .param("t", f.tenant.value()).query(Long.class).single()).isZero();
    }

    @Test
    void bulkMailIsNotLogged() {
        BatchResult r = record(f.mail("b1", T0, "news@acme.example", "olena@firm.example")
                .traits(new MailTraits("List-Unsubscribe")).build());
        assertThat(r.outcomes().getFirst().kind()).isEqualTo(Kind.SKIPPED);
        assertThat(r.outcomes().getFirst().reason()).contains("List-Unsubscribe");
        assertThat(timeline(f.acme)).isEmpty();
    }

    @Test
    void internalMailIsNotLogged() {
        BatchResult r = record(f.mail("i1", T0, "olena@firm.example", "petro@firm.example").build());
        assertThat(r.outcomes().getFirst().kind()).isEqualTo(Kind.SKIPPED);
    }

    @Test
    void visibilityDecidesWhatIsStored() {
        CaptureBody body = new CaptureBody("the text", "<p>the text</p>", "the text", null);
        ActivityId subjectOnly = record(f.mail("v1", T0, "ivan@acme.example", "olena@firm.example").body(body)
                .visibility(Visibility.SUBJECT_AND_METADATA).build()).outcomes().getFirst().activity();
        ActivityId metadata = record(f.mail("v2", T0, "ivan@acme.example", "olena@firm.example").body(body)
                .visibility(Visibility.METADATA_ONLY).build()).outcomes().getFirst().activity();
        ActivityId everything = record(f.mail("v3", T0, "ivan@acme.example", "olena@firm.example").body(body)
                .build()).outcomes().getFirst().activity();
        ActivityDetail s = history.find(f.viewer(), subjectOnly).orElseThrow();
        assertThat(s.summary().subject()).isEqualTo("Subject v1");
        assertThat(s.body()).isEqualTo(CaptureBody.EMPTY);
        ActivityDetail m = history.find(f.viewer(), metadata).orElseThrow();
        assertThat(m.summary().subject()).isNull();
        assertThat(m.body()).isEqualTo(CaptureBody.EMPTY);
        assertThat(m.summary().participants()).hasSize(2);
        assertThat(history.find(f.viewer(), everything).orElseThrow().body().html()).isEqualTo("<p>the text</p>");
    }

    @Test
    void timelinesPageByKeysetNewestFirstAndACompanyIncludesItsPersons() {
        Partner maria = partners.create(f.tenant, new org.crmgateway.crm.NewPartner(PartnerKind.PERSON, "Maria",
                List.of(new org.crmgateway.crm.EmailAddress("maria@gmail.com")), List.of(), f.acme.id()));
        SourceBatch.Builder b = SourceBatch.to(f.checkpoint("p"));
        for (int i = 0; i < 25; i++) {
            // pairs share a timestamp, so the id breaks ties
            b.add(f.mail("k" + i, T0.plusSeconds(i / 2), i % 5 == 0 ? "maria@gmail.com" : "ivan@acme.example",
                    "olena@firm.example").build());
        }
        recorder.record(b.build());
        List<ActivityId> all = new java.util.ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            var page = history.timeline(f.viewer(), HistoryQuery.of(f.acme.id(), cursor, 10));
            all.addAll(page.items().stream().map(ActivitySummary::id).toList());
            cursor = page.next();
            pages++;
        } while (cursor != null);
        assertThat(pages).isEqualTo(3);
        assertThat(all).hasSize(25).doesNotHaveDuplicates();
        List<ActivitySummary> full = timeline(f.acme);
        assertThat(full).extracting(ActivitySummary::id).containsExactlyElementsOf(all);
        assertThat(full).isSortedAccordingTo((x, y) -> {
            int c = y.occurredAt().compareTo(x.occurredAt());
            return c != 0 ? c : Long.compare(y.id().value(), x.id().value());
        });
        assertThat(timeline(maria)).hasSize(5);
        var filtered = history.timeline(f.viewer(), new HistoryQuery(f.acme.id(), null, null, T0.plusSeconds(10),
                T0.plusSeconds(12), null, 50));
        assertThat(filtered.items()).hasSize(4);
    }

    @Test
    void privateActivitiesAreSeenByTheirOwnerOnly() {
        ActivityId id = record(f.mail("p1", T0, "ivan@acme.example", "olena@firm.example").privateToOwner(true).build())
                .outcomes().getFirst().activity();
        var colleague = users.create(f.tenant, new org.crmgateway.crm.NewUser("c-" + java.util.UUID.randomUUID()
                .toString().substring(0, 8), new org.crmgateway.crm.EmailAddress("petro@firm.example"), List.of(),
                "{noop}x", org.crmgateway.crm.Role.USER));
        assertThat(timeline(f.ivan)).hasSize(1);
        assertThat(history.timeline(f.viewer(colleague.id()), HistoryQuery.of(f.ivan.id(), null, 10)).items()).isEmpty();
        assertThat(history.find(f.viewer(colleague.id()), id)).isEmpty();
        history.setPrivate(f.viewer(), id, false);
        assertThat(history.find(f.viewer(colleague.id()), id)).isPresent();
    }

    @Test
    void nothingCrossesTenants() {
        Fixture other = new Fixture(tenants, users, partners, settings);
        ActivityId mine = record(f.mail("x1", T0, "ivan@acme.example", "olena@firm.example").build())
                .outcomes().getFirst().activity();
        record(f.mail("x2", T0, "nobody@unknown.example", "olena@firm.example").build());
        assertThat(history.timeline(other.viewer(), HistoryQuery.of(other.ivan.id(), null, 10)).items()).isEmpty();
        assertThat(history.find(other.viewer(), mine)).isEmpty();
        assertThat(history.thread(other.viewer(), mine)).isEmpty();
        assertThat(unresolved.list(other.tenant, 10)).isEmpty();
        assertThat(checkpoints.position(other.tenant, SourceKind.MAIL, 1, "INBOX")).isEmpty();
        // the same Message-ID in another tenant is another activity
        Capture same = Capture.email(other.tenant, other.inbox, f.mail("x1", T0, "a@b.example").build().sourceKey(), T0)
                .participants(f.mail("x1", T0, "ivan@acme.example", "olena@firm.example").build().participants()).build();
        BatchResult r = recorder.record(SourceBatch.to(other.checkpoint("1")).add(same).build());
        assertThat(r.outcomes().getFirst().kind()).isEqualTo(Kind.RECORDED);
        assertThat(r.outcomes().getFirst().activity()).isNotEqualTo(mine);
        assertThat(timeline(f.ivan)).hasSize(1);
    }

    @Test
    void meetingsUpdateAndWithdrawnOnesAreCancelled() {
        var details = new org.crmgateway.crm.MeetingDetails("uid-1", null, T0, T0.plus(Duration.ofHours(1)), false,
                "Kyiv", org.crmgateway.crm.MeetingStatus.CONFIRMED);
        SourceRef cal = new SourceRef(SourceKind.CALENDAR, 5, "/cal/work/", "uid-1.ics");
        Capture.Builder meeting = Capture.meeting(f.tenant, cal, org.crmgateway.crm.SourceKeys.ofMeeting("uid-1", null), details)
                .owner(f.olena.id()).subject("Kick-off").participants(List.of(
                        org.crmgateway.crm.CaptureParticipant.of("olena@firm.example", org.crmgateway.crm.ParticipantRole.ORGANIZER),
                        new org.crmgateway.crm.CaptureParticipant(new org.crmgateway.crm.EmailAddress("ivan@acme.example"),
                                "Ivan", org.crmgateway.crm.ParticipantRole.ATTENDEE, "ACCEPTED")));
        assertThat(record(meeting.build()).outcomes().getFirst().kind()).isEqualTo(Kind.RECORDED);
        assertThat(record(meeting.build()).outcomes().getFirst().kind()).isEqualTo(Kind.ALREADY_RECORDED);
        var moved = new org.crmgateway.crm.MeetingDetails("uid-1", null, T0.plus(Duration.ofDays(1)),
                T0.plus(Duration.ofDays(1)).plus(Duration.ofHours(1)), false, "Lviv", org.crmgateway.crm.MeetingStatus.CONFIRMED);
        Capture changed = Capture.meeting(f.tenant, cal, org.crmgateway.crm.SourceKeys.ofMeeting("uid-1", null), moved)
                .owner(f.olena.id()).subject("Kick-off").participants(meeting.build().participants()).build();
        assertThat(record(changed).outcomes().getFirst().kind()).isEqualTo(Kind.UPDATED);
        ActivitySummary s = timeline(f.ivan).getFirst();
        assertThat(s.direction()).isNull();
        assertThat(s.meeting().location()).isEqualTo("Lviv");
        assertThat(s.occurredAt()).isEqualTo(moved.start());
        assertThat(s.participants().get(1).answer()).isEqualTo("ACCEPTED");

        // an attendee's answer alone (an iMIP REPLY) is a change too
        Capture declined = Capture.meeting(f.tenant, cal, org.crmgateway.crm.SourceKeys.ofMeeting("uid-1", null), moved)
                .owner(f.olena.id()).subject("Kick-off").participants(List.of(
                        org.crmgateway.crm.CaptureParticipant.of("olena@firm.example", org.crmgateway.crm.ParticipantRole.ORGANIZER),
                        new org.crmgateway.crm.CaptureParticipant(new org.crmgateway.crm.EmailAddress("ivan@acme.example"),
                                "Ivan", org.crmgateway.crm.ParticipantRole.ATTENDEE, "DECLINED"))).build();
        assertThat(record(declined).outcomes().getFirst().kind()).isEqualTo(Kind.UPDATED);
        assertThat(timeline(f.ivan).getFirst().participants().get(1).answer()).isEqualTo("DECLINED");
        assertThat(record(declined).outcomes().getFirst().kind()).isEqualTo(Kind.ALREADY_RECORDED);
        BatchResult w = recorder.record(SourceBatch.to(new org.crmgateway.crm.Checkpoint(f.tenant, SourceKind.CALENDAR, 5,
                "/cal/work/", "token-2")).withdraw(org.crmgateway.crm.SourceKeys.ofMeeting("uid-1", null)).build());
        assertThat(w.withdrawn()).isEqualTo(1);
        assertThat(timeline(f.ivan).getFirst().meeting().status()).isEqualTo(org.crmgateway.crm.MeetingStatus.CANCELLED);
    }

    @Test
    void attachmentsAreListedWithTheActivity() {
        String sha = "a".repeat(64);
        ActivityId id = record(f.mail("att", T0, "ivan@acme.example", "olena@firm.example").attachments(List.of(
                new org.crmgateway.crm.CaptureAttachment("offer.pdf", "application/pdf", 1234, sha, null, false))).build())
                .outcomes().getFirst().activity();
        ActivityDetail d = history.find(f.viewer(), id).orElseThrow();
        assertThat(d.attachments()).extracting(a -> a.fileName() + ":" + a.sha256()).containsExactly("offer.pdf:" + sha);
        assertThat(d.summary().attachmentCount()).isEqualTo(1);
    }

    @Test
    void anUnknownPartnersTimelineIsNotFound() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> history.timeline(f.viewer(),
                HistoryQuery.of(PartnerId.of(Long.MAX_VALUE), null, 10)))
                .isInstanceOf(org.crmgateway.crm.CrmNotFoundException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> history.timeline(f.viewer(),
                HistoryQuery.of(f.ivan.id(), "garbage!", 10)))
                .isInstanceOf(org.crmgateway.crm.CrmValidationException.class);
    }

    @Test
    void quarantinedItemsAreKeptWithTheBatchAndCanBeRetried() {
        byte[] raw = "not a message\r\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        recorder.record(SourceBatch.to(f.checkpoint("q")).quarantine(new org.crmgateway.crm.QuarantineItem(f.tenant,
                f.inbox, org.crmgateway.crm.QuarantineReason.UNPARSEABLE, "no header section", raw)).build());
        var entries = quarantine.list(f.tenant, 10);
        assertThat(entries).singleElement().satisfies(e -> {
            assertThat(e.detail()).isEqualTo("no header section");
            assertThat(e.rawSize()).isEqualTo(raw.length);
        });
        long id = entries.getFirst().id();
        assertThat(quarantine.raw(f.tenant, id)).hasValueSatisfying(b -> assertThat(b).isEqualTo(raw));
        quarantine.retry(f.tenant, id);
        assertThat(events.stream(org.crmgateway.crm.QuarantineRetryRequested.class))
                .contains(new org.crmgateway.crm.QuarantineRetryRequested(f.tenant, id, SourceKind.MAIL));
        assertThat(quarantine.find(f.tenant, id).orElseThrow().retries()).isEqualTo(1);
        quarantine.retryFailed(f.tenant, id, org.crmgateway.crm.QuarantineReason.INVALID_CONTENT, "still broken");
        assertThat(quarantine.find(f.tenant, id).orElseThrow().reason())
                .isEqualTo(org.crmgateway.crm.QuarantineReason.INVALID_CONTENT);
        assertThat(quarantine.list(TenantIdOfOther.other(tenants), 10)).isEmpty();
        quarantine.resolve(f.tenant, id);
        assertThat(quarantine.find(f.tenant, id)).isEmpty();
    }

    @Test
    void calendarPartsOfMailBecomeInvitations() {
        ActivityId mail = record(f.mail("inv", T0, "ivan@acme.example", "olena@firm.example")
                .calendarParts(List.of("BEGIN:VCALENDAR\r\nMETHOD:REQUEST\r\nEND:VCALENDAR\r\n")).build())
                .outcomes().getFirst().activity();
        var received = events.stream(org.crmgateway.crm.InvitationReceived.class)
                .filter(e -> e.tenant().equals(f.tenant)).toList();
        assertThat(received).hasSize(1);
        var invitation = invitations.find(f.tenant, received.getFirst().invitationId()).orElseThrow();
        assertThat(invitation.mail()).isEqualTo(mail);
        assertThat(invitation.owner()).isEqualTo(f.olena.id());
        assertThat(invitations.unprocessed(1000)).extracting(i -> i.id()).contains(invitation.id());
        invitations.markProcessed(f.tenant, invitation.id());
        assertThat(invitations.unprocessed(1000)).extracting(i -> i.id()).doesNotContain(invitation.id());
    }

    /** Another tenant's id, for isolation checks. */
    static final class TenantIdOfOther {
        static org.crmgateway.crm.TenantId other(Tenants tenants) {
            return tenants.create("other-" + java.util.UUID.randomUUID()).id();
        }
    }
}
