package org.crmgateway.crm.history;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.crmgateway.crm.ActivityId;
import org.crmgateway.crm.ActivityParticipant;
import org.crmgateway.crm.ActivitySummary;
import org.crmgateway.crm.CaptureKind;
import org.crmgateway.crm.Direction;
import org.crmgateway.crm.MatchRule;
import org.crmgateway.crm.MeetingDetails;
import org.crmgateway.crm.MeetingStatus;
import org.crmgateway.crm.ParticipantRole;
import org.crmgateway.crm.PartnerId;
import org.crmgateway.crm.UserId;
import org.crmgateway.crm.Viewer;
import org.crmgateway.crm.db.Sql;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Loads activity summaries by id in three queries (activities, participants, attachment counts). */
@Component
class SummaryReader {

    /** What a viewer may see: the tenant's activities, private ones only when the viewer owns them. */
    static final String VISIBLE = "a.tenant_id = :t and (a.private_flag = false or a.owner_id = :viewer)";

    private final JdbcClient jdbc;

    SummaryReader(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The visible ones of the given activities, in the given order. */
    List<ActivitySummary> load(Viewer viewer, Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, List<ActivityParticipant>> participants = new HashMap<>();
        jdbc.sql("""
                select activity_id, address, display_name, role, partner_id, rule, answer from activity_participant
                where tenant_id = :t and activity_id in (:ids) order by activity_id, seq""")
                .param("t", viewer.tenant().value()).param("ids", ids)
                .query(rs -> {
                    Long partner = Sql.nullableLong(rs, "partner_id");
                    participants.computeIfAbsent(rs.getLong("activity_id"), k -> new ArrayList<>()).add(
                            new ActivityParticipant(rs.getString("address"), rs.getString("display_name"),
                                    ParticipantRole.valueOf(rs.getString("role")),
                                    partner == null ? null : PartnerId.of(partner), MatchRule.valueOf(rs.getString("rule")),
                                    rs.getString("answer")));
                });
        Map<Long, Integer> attachments = new HashMap<>();
        jdbc.sql("select activity_id, count(*) from attachment where tenant_id = :t and activity_id in (:ids) group by activity_id")
                .param("t", viewer.tenant().value()).param("ids", ids)
                .query(rs -> {
                    attachments.put(rs.getLong(1), rs.getInt(2));
                });
        Map<Long, ActivitySummary> found = new LinkedHashMap<>();
        jdbc.sql("select a.* from activity a where " + VISIBLE + " and a.id in (:ids)")
                .param("t", viewer.tenant().value()).param("viewer", viewer.user().value()).param("ids", ids)
                .query(rs -> {
                    long id = rs.getLong("id");
                    found.put(id, summary(rs, participants.getOrDefault(id, List.of()), attachments.getOrDefault(id, 0)));
                });
        return ids.stream().map(found::get).filter(s -> s != null).toList();
    }

    private static ActivitySummary summary(ResultSet rs, List<ActivityParticipant> participants, int attachments)
            throws SQLException {
        CaptureKind type = CaptureKind.valueOf(rs.getString("type"));
        String direction = rs.getString("direction");
        MeetingDetails meeting = type != CaptureKind.MEETING ? null : new MeetingDetails(rs.getString("meeting_uid"),
                Sql.instant(rs, "recurrence_id"), Sql.requiredInstant(rs, "meeting_start"),
                Sql.requiredInstant(rs, "meeting_end"), rs.getBoolean("all_day"), rs.getString("location"),
                MeetingStatus.valueOf(rs.getString("meeting_status")));
        Long owner = Sql.nullableLong(rs, "owner_id");
        return new ActivitySummary(ActivityId.of(rs.getLong("id")), type,
                direction == null ? null : Direction.valueOf(direction), Sql.requiredInstant(rs, "occurred_at"),
                rs.getString("subject"), rs.getString("snippet"), List.copyOf(participants), rs.getString("message_id"),
                Sql.nullableLong(rs, "thread_id"), meeting, owner == null ? null : UserId.of(owner),
                rs.getBoolean("private_flag"), attachments);
    }
}
