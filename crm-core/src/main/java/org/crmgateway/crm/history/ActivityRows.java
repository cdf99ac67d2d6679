package org.crmgateway.crm.history;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.crmgateway.crm.Capture;
import org.crmgateway.crm.CaptureKind;
import org.crmgateway.crm.Direction;
import org.crmgateway.crm.MeetingDetails;
import org.crmgateway.crm.SourceRef;
import org.crmgateway.crm.TenantId;
import org.crmgateway.crm.db.Sql;
import org.crmgateway.crm.matching.AddressKeys;
import org.crmgateway.crm.matching.MatchResult;
import org.crmgateway.crm.matching.MatchResult.ParticipantMatch;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/** Writes an activity with its participants, partner links, attachments and sources. */
@Component
class ActivityRows {

    private static final int CHUNK = 1000;
    private static final String INSERT_SOURCE = """
            insert into activity_source (tenant_id, activity_id, kind, account_id, scope, locator)
            values (:t, :a, :k, :acc, :s, :l)""";

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate named;
    private final ActivityLinks links;

    ActivityRows(JdbcClient jdbc, NamedParameterJdbcTemplate named, ActivityLinks links) {
        this.jdbc = jdbc;
        this.named = named;
        this.links = links;
    }

    /** The ids of the activities with these source keys; keys of no activity are left out. */
    Map<String, Long> bySourceKeys(TenantId tenant, Collection<String> sourceKeys) {
        Map<String, Long> found = new HashMap<>();
        List<String> keys = List.copyOf(new HashSet<>(sourceKeys));
        for (int from = 0; from < keys.size(); from += CHUNK) {
            jdbc.sql("select source_key, id from activity where tenant_id = :t and source_key in (:k)")
                    .param("t", tenant.value()).param("k", keys.subList(from, Math.min(keys.size(), from + CHUNK)))
                    .query(rs -> {
                        found.put(rs.getString(1), rs.getLong(2));
                    });
        }
        return found;
    }

    /** Inserts the activity now and its other rows into {@code pending}; returns its id. */
    long insert(Capture c, MatchResult match, @Nullable Long thread, @Nullable Long owner, PendingRows pending) {
        Direction direction = c.kind() == CaptureKind.EMAIL ? (match.outbound() ? Direction.OUTBOUND : Direction.INBOUND) : null;
        MeetingDetails m = c.meeting();
        var key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into activity (tenant_id, type, direction, occurred_at, subject, snippet, body_text, body_html,
                  body_note, source_key, message_id, thread_id, owner_id, private_flag, visibility, meeting_uid,
                  recurrence_id, meeting_start, meeting_end, all_day, location, meeting_status)
                values (:t, :type, :dir, :at, :subject, :snippet, :text, :html, :note, :key, :mid, :thread, :owner,
                  :private, :vis, :uid, :rid, :start, :end, :allDay, :location, :status)""")
                .param("t", c.tenant().value()).param("type", c.kind().name())
                .param("dir", direction == null ? null : direction.name()).param("at", Sql.ts(c.occurredAt()))
                .param("subject", c.subject()).param("snippet", snippet(c)).param("text", c.body().text())
                .param("html", c.body().html()).param("note", c.body().note()).param("key", c.sourceKey())
                .param("mid", c.kind() == CaptureKind.EMAIL ? c.thread().messageId() : null)
                .param("thread", thread).param("owner", owner).param("private", c.privateToOwner())
                .param("vis", c.visibility().name()).param("uid", m == null ? null : clamp(m.uid(), 1000))
                .param("rid", m == null ? null : Sql.ts(m.recurrenceId()))
                .param("start", m == null ? null : Sql.ts(m.start())).param("end", m == null ? null : Sql.ts(m.end()))
                .param("allDay", m == null ? null : m.allDay()).param("location", m == null ? null : m.location())
                .param("status", m == null ? null : m.status().name())
                .update(key, "id");
        long id = key.getKeyAs(Long.class);
        participants(c.tenant(), id, match.participants(), pending);
        links.linkNew(c.tenant(), id, c.occurredAt(), match.links(), pending);
        attachments(c, id, pending);
        pending.add(INSERT_SOURCE, sourceRow(c.tenant(), id, c.source()));
        pending.thread(thread);
        return id;
    }

    private void attachments(Capture c, long activity, PendingRows pending) {
        for (var a : c.attachments()) {
            pending.add("""
                    insert into attachment (tenant_id, activity_id, file_name, media_type, size_bytes, sha256, content_id, inline_part)
                    values (:t, :a, :name, :type, :size, :sha, :cid, :inline)""",
                    new MapSqlParameterSource().addValue("t", c.tenant().value()).addValue("a", activity)
                            .addValue("name", clamp(a.fileName(), 1000)).addValue("type", clamp(a.mediaType(), 255))
                            .addValue("size", a.size()).addValue("sha", a.sha256())
                            .addValue("cid", a.contentId() == null ? null : clamp(a.contentId(), 1000))
                            .addValue("inline", a.inline()));
        }
    }

    /** Replaces a meeting's details and participants; false when nothing changed. */
    boolean updateMeeting(long id, Capture c, MatchResult match) {
        MeetingDetails m = Objects.requireNonNull(c.meeting());
        // an iMIP REPLY changes nothing but an attendee's answer
        boolean attendeesChanged = !storedAttendance(id).equals(attendance(match.participants()));
        int changed = jdbc.sql("""
                update activity set subject = :subject, body_text = :text, occurred_at = :start, meeting_start = :start,
                  meeting_end = :end, all_day = :allDay, location = :location, meeting_status = :status, updated_at = :now
                where id = :id and (:attendeesChanged or not (meeting_start = :start and meeting_end = :end and all_day = :allDay
                  and meeting_status = :status and coalesce(subject, '') = :subjectOrEmpty
                  and coalesce(location, '') = :locationOrEmpty and coalesce(body_text, '') = :textOrEmpty))""")
                .param("attendeesChanged", attendeesChanged).param("subject", c.subject()).param("text", c.body().text()).param("start", Sql.ts(m.start()))
                .param("end", Sql.ts(m.end())).param("allDay", m.allDay()).param("location", m.location())
                .param("status", m.status().name()).param("now", Sql.ts(Instant.now())).param("id", id)
                .param("subjectOrEmpty", Objects.requireNonNullElse(c.subject(), ""))
                .param("locationOrEmpty", Objects.requireNonNullElse(m.location(), ""))
                .param("textOrEmpty", Objects.requireNonNullElse(c.body().text(), "")).update();
        if (changed == 0) {
            return false;
        }
        jdbc.sql("delete from activity_participant where activity_id = :id").param("id", id).update();
        PendingRows participants = new PendingRows(named);
        participants(c.tenant(), id, match.participants(), participants);
        participants.flush();
        jdbc.sql("update activity_partner set occurred_at = :at where activity_id = :id")
                .param("at", Sql.ts(m.start())).param("id", id).update();
        links.link(c.tenant(), id, m.start(), match.links());
        return true;
    }

    private List<String> storedAttendance(long activity) {
        return jdbc.sql("select address, role, answer from activity_participant where activity_id = :a order by seq")
                .param("a", activity)
                .query((rs, n) -> rs.getString(1) + "|" + rs.getString(2) + "|" + rs.getString(3)).list();
    }

    private static List<String> attendance(List<ParticipantMatch> participants) {
        return participants.stream().map(ParticipantMatch::participant)
                .map(p -> p.address().value() + "|" + p.role().name() + "|"
                        + (p.answer() == null ? null : clamp(p.answer(), 30)))
                .toList();
    }

    /** Adds where the activity was read; false when this source was known already. */
    boolean addSource(TenantId tenant, long activity, SourceRef s) {
        int known = jdbc.sql("""
                select count(*) from activity_source where activity_id = :a and kind = :k and account_id = :acc
                and scope = :s and locator = :l""")
                .param("a", activity).param("k", s.kind().name()).param("acc", s.accountId()).param("s", s.scope())
                .param("l", s.locator()).query(Integer.class).single();
        if (known > 0) {
            return false;
        }
        named.update(INSERT_SOURCE, sourceRow(tenant, activity, s));
        return true;
    }

    private static MapSqlParameterSource sourceRow(TenantId tenant, long activity, SourceRef s) {
        return new MapSqlParameterSource().addValue("t", tenant.value()).addValue("a", activity)
                .addValue("k", s.kind().name()).addValue("acc", s.accountId()).addValue("s", s.scope())
                .addValue("l", s.locator());
    }

    private void participants(TenantId tenant, long activity, List<ParticipantMatch> participants, PendingRows pending) {
        for (int i = 0; i < participants.size(); i++) {
            ParticipantMatch p = participants.get(i);
            pending.add("""
                    insert into activity_participant (tenant_id, activity_id, seq, address, base_key, display_name, role,
                      partner_id, rule, answer)
                    values (:t, :a, :seq, :address, :base, :name, :role, :partner, :rule, :answer)""",
                    new MapSqlParameterSource().addValue("t", tenant.value()).addValue("a", activity)
                    .addValue("seq", i).addValue("address", p.participant().address().value())
                    .addValue("base", AddressKeys.baseKey(p.participant().address()))
                    .addValue("name", p.participant().displayName() == null ? null : clamp(p.participant().displayName(), 500))
                    .addValue("role", p.participant().role().name()).addValue("partner", p.partner())
                    .addValue("rule", p.rule().name())
                    .addValue("answer", p.participant().answer() == null ? null : clamp(p.participant().answer(), 30)));
        }
    }

    private static @Nullable String snippet(Capture c) {
        String s = c.body().snippet() != null ? c.body().snippet() : c.body().text();
        if (s == null) {
            return null;
        }
        s = s.strip().replaceAll("\\s+", " ");
        return clamp(s, 300);
    }

    static String clamp(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}
