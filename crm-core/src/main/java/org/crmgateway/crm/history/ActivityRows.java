package org.crmgateway.crm.history;

import java.time.Instant;
import java.util.ArrayList;
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
import org.springframework.stereotype.Component;

/** Writes an activity with its participants, partner links, attachments and sources. */
@Component
class ActivityRows {

    private static final int CHUNK = 1000;
    private static final int SNIPPET_LENGTH = 300;
    private static final String INSERT_SOURCE = """
            insert into activity_source (tenant_id, activity_id, kind, account_id, scope, locator)
            values (:t, :a, :k, :acc, :s, :l)""";
    private static final String INSERT_PARTICIPANT = """
            insert into activity_participant (tenant_id, activity_id, seq, address, base_key, display_name, role,
              partner_id, rule, answer)
            values (:t, :a, :seq, :address, :base, :name, :role, :partner, :rule, :answer)""";

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
            // "tenant_id + 0" keeps the planner on the source-key index: while a new, fast-growing table
            // has no statistics yet, PostgreSQL otherwise scans all of the tenant's rows for every batch
            jdbc.sql("select source_key, id from activity where tenant_id + 0 = :t and source_key in (:k)")
                    .param("t", tenant.value()).param("k", keys.subList(from, Math.min(keys.size(), from + CHUNK)))
                    .query(rs -> {
                        found.put(rs.getString(1), rs.getLong(2));
                    });
        }
        return found;
    }

    /** Adds the activity and its other rows to {@code pending}, which inserts them at its next flush. */
    NewActivity insert(Capture c, MatchResult match, @Nullable Long thread, @Nullable Long owner, PendingRows pending) {
        Direction direction = c.kind() == CaptureKind.EMAIL ? (match.outbound() ? Direction.OUTBOUND : Direction.INBOUND) : null;
        MeetingDetails m = c.meeting();
        NewActivity activity = pending.activity("""
                insert into activity (tenant_id, type, direction, occurred_at, subject, snippet, body_text, body_html,
                  body_note, source_key, message_id, thread_id, owner_id, private_flag, visibility, meeting_uid,
                  recurrence_id, meeting_start, meeting_end, all_day, location, meeting_status)
                values (:t, :type, :dir, :at, :subject, :snippet, :text, :html, :note, :key, :mid, :thread, :owner,
                  :private, :vis, :uid, :rid, :start, :end, :allDay, :location, :status)""",
                new MapSqlParameterSource().addValue("t", c.tenant().value()).addValue("type", c.kind().name())
                        .addValue("dir", direction == null ? null : direction.name())
                        .addValue("at", Sql.ts(c.occurredAt())).addValue("subject", c.subject())
                        .addValue("snippet", snippet(c)).addValue("text", c.body().text())
                        .addValue("html", c.body().html()).addValue("note", c.body().note())
                        .addValue("key", c.sourceKey())
                        .addValue("mid", c.kind() == CaptureKind.EMAIL ? c.thread().messageId() : null)
                        .addValue("thread", thread).addValue("owner", owner).addValue("private", c.privateToOwner())
                        .addValue("vis", c.visibility().name()).addValue("uid", m == null ? null : clamp(m.uid(), 1000))
                        .addValue("rid", m == null ? null : Sql.ts(m.recurrenceId()))
                        .addValue("start", m == null ? null : Sql.ts(m.start()))
                        .addValue("end", m == null ? null : Sql.ts(m.end()))
                        .addValue("allDay", m == null ? null : m.allDay())
                        .addValue("location", m == null ? null : m.location())
                        .addValue("status", m == null ? null : m.status().name()));
        for (MapSqlParameterSource row : participantRows(c.tenant(), match.participants())) {
            pending.add(INSERT_PARTICIPANT, row, activity);
        }
        links.linkNew(c.tenant(), activity, c.occurredAt(), match.links(), pending);
        attachments(c, activity, pending);
        pending.add(INSERT_SOURCE, sourceRow(c.tenant(), null, c.source()), activity);
        return activity;
    }

    private void attachments(Capture c, NewActivity activity, PendingRows pending) {
        for (var a : c.attachments()) {
            pending.add("""
                    insert into attachment (tenant_id, activity_id, file_name, media_type, size_bytes, sha256, content_id, inline_part)
                    values (:t, :a, :name, :type, :size, :sha, :cid, :inline)""",
                    new MapSqlParameterSource().addValue("t", c.tenant().value())
                            .addValue("name", clamp(a.fileName(), 1000)).addValue("type", clamp(a.mediaType(), 255))
                            .addValue("size", a.size()).addValue("sha", a.sha256())
                            .addValue("cid", a.contentId() == null ? null : clamp(a.contentId(), 1000))
                            .addValue("inline", a.inline()), activity);
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
        named.batchUpdate(INSERT_PARTICIPANT, participantRows(c.tenant(), match.participants()).stream()
                .map(row -> row.addValue("a", id)).toArray(MapSqlParameterSource[]::new));
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

    private static MapSqlParameterSource sourceRow(TenantId tenant, @Nullable Long activity, SourceRef s) {
        return new MapSqlParameterSource().addValue("t", tenant.value()).addValue("a", activity)
                .addValue("k", s.kind().name()).addValue("acc", s.accountId()).addValue("s", s.scope())
                .addValue("l", s.locator());
    }

    /** The participant rows, without the activity id ({@code a}). */
    private static List<MapSqlParameterSource> participantRows(TenantId tenant, List<ParticipantMatch> participants) {
        List<MapSqlParameterSource> rows = new ArrayList<>(participants.size());
        for (int i = 0; i < participants.size(); i++) {
            ParticipantMatch p = participants.get(i);
            rows.add(new MapSqlParameterSource().addValue("t", tenant.value())
                    .addValue("seq", i).addValue("address", p.participant().address().value())
                    .addValue("base", AddressKeys.baseKey(p.participant().address()))
                    .addValue("name", p.participant().displayName() == null ? null : clamp(p.participant().displayName(), 500))
                    .addValue("role", p.participant().role().name()).addValue("partner", p.partner())
                    .addValue("rule", p.rule().name())
                    .addValue("answer", p.participant().answer() == null ? null : clamp(p.participant().answer(), 30)));
        }
        return rows;
    }

    /** The first 300 characters of the snippet, or else of the text, with every run of white space as one space. */
    private static @Nullable String snippet(Capture c) {
        String s = c.body().snippet() != null ? c.body().snippet() : c.body().text();
        if (s == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(Math.min(s.length(), SNIPPET_LENGTH));
        boolean space = false;
        for (int i = 0; i < s.length() && out.length() < SNIPPET_LENGTH; i++) {
            char ch = s.charAt(i);
            if (Character.isWhitespace(ch)) {
                space = !out.isEmpty();
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(ch);
            }
        }
        return clamp(out.toString(), SNIPPET_LENGTH);
    }

    static String clamp(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}
