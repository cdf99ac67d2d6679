package org.crmgateway.crm.history;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.crmgateway.crm.ActivityAttachment;
import org.crmgateway.crm.ActivityDetail;
import org.crmgateway.crm.ActivityId;
import org.crmgateway.crm.ActivityPage;
import org.crmgateway.crm.ActivitySummary;
import org.crmgateway.crm.CaptureBody;
import org.crmgateway.crm.CrmNotFoundException;
import org.crmgateway.crm.CrmValidationException;
import org.crmgateway.crm.History;
import org.crmgateway.crm.HistoryQuery;
import org.crmgateway.crm.SourceKind;
import org.crmgateway.crm.SourceRef;
import org.crmgateway.crm.Viewer;
import org.crmgateway.crm.db.Sql;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads history. A timeline walks the {@code activity_partner} index newest first with a keyset
 * (occurred_at, id) cursor; a company's timeline also covers its persons' activities.
 */
@Service
class JdbcHistory implements History {

    private final JdbcClient jdbc;
    private final SummaryReader summaries;

    JdbcHistory(JdbcClient jdbc, SummaryReader summaries) {
        this.jdbc = jdbc;
        this.summaries = summaries;
    }

    @Override
    public ActivityPage timeline(Viewer viewer, HistoryQuery q) {
        long tenant = viewer.tenant().value();
        int known = jdbc.sql("select count(*) from partner where id = :p and tenant_id = :t")
                .param("p", q.partner().value()).param("t", tenant).query(Integer.class).single();
        if (known == 0) {
            throw new CrmNotFoundException("Partner", q.partner());
        }
        List<Long> partners = new ArrayList<>(List.of(q.partner().value()));
        partners.addAll(jdbc.sql("select id from partner where company_id = :p and tenant_id = :t")
                .param("p", q.partner().value()).param("t", tenant).query(Long.class).list());
        StringBuilder sql = new StringBuilder("""
                select distinct ap.occurred_at, ap.activity_id from activity_partner ap join activity a on a.id = ap.activity_id
                where ap.tenant_id = :t and ap.partner_id in (:partners) and (a.private_flag = false or a.owner_id = :viewer)""");
        Map<String, Object> params = new HashMap<>();
        params.put("t", tenant);
        params.put("partners", partners);
        params.put("viewer", viewer.user().value());
        params.put("n", q.limit() + 1);
        if (q.type() != null) {
            sql.append(" and a.type = :type");
            params.put("type", q.type().name());
        }
        if (q.staff() != null) {
            sql.append(" and a.owner_id = :staff");
            params.put("staff", q.staff().value());
        }
        if (q.from() != null) {
            sql.append(" and ap.occurred_at >= :from");
            params.put("from", Sql.ts(q.from()));
        }
        if (q.to() != null) {
            sql.append(" and ap.occurred_at < :to");
            params.put("to", Sql.ts(q.to()));
        }
        if (q.cursor() != null && !q.cursor().isBlank()) {
            Cursor c = Cursor.decode(q.cursor());
            sql.append(" and (ap.occurred_at < :cts or (ap.occurred_at = :cts and ap.activity_id < :cid))");
            params.put("cts", Sql.ts(c.occurredAt()));
            params.put("cid", c.id());
        }
        sql.append(" order by ap.occurred_at desc, ap.activity_id desc limit :n");
        List<Cursor> keys = jdbc.sql(sql.toString()).params(params).query((rs, i) -> new Cursor(Sql.requiredInstant(rs, "occurred_at"),
                rs.getLong("activity_id"))).list();
        boolean more = keys.size() > q.limit();
        List<Cursor> page = more ? keys.subList(0, q.limit()) : keys;
        List<ActivitySummary> items = summaries.load(viewer, page.stream().map(Cursor::id).toList());
        return new ActivityPage(items, more ? page.getLast().encode() : null);
    }

    @Override
    public Optional<ActivityDetail> find(Viewer viewer, ActivityId id) {
        List<ActivitySummary> found = summaries.load(viewer, List.of(id.value()));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        CaptureBody body = jdbc.sql("select body_text, body_html, snippet, body_note from activity where id = :id")
                .param("id", id.value())
                .query((rs, i) -> new CaptureBody(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .single();
        List<ActivityAttachment> attachments = jdbc.sql("""
                select id, file_name, media_type, size_bytes, sha256, content_id, inline_part from attachment
                where activity_id = :id order by id""").param("id", id.value())
                .query((rs, i) -> new ActivityAttachment(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4),
                        rs.getString(5), rs.getString(6), rs.getBoolean(7))).list();
        List<SourceRef> sources = jdbc.sql("""
                select kind, account_id, scope, locator from activity_source where activity_id = :id order by id""")
                .param("id", id.value())
                .query((rs, i) -> new SourceRef(SourceKind.valueOf(rs.getString(1)), rs.getLong(2), rs.getString(3),
                        rs.getString(4))).list();
        return Optional.of(new ActivityDetail(found.getFirst(), body, attachments, sources));
    }

    @Override
    public List<ActivitySummary> thread(Viewer viewer, ActivityId id) {
        List<Long> ids = jdbc.sql("""
                select b.id from activity a join activity b on b.thread_id = a.thread_id
                where a.tenant_id = :t and a.id = :id and b.tenant_id = :t order by b.occurred_at, b.id""")
                .param("t", viewer.tenant().value()).param("id", id.value()).query(Long.class).list();
        return summaries.load(viewer, ids.isEmpty() ? List.of(id.value()) : ids);
    }

    @Override
    @Transactional
    public void setPrivate(Viewer viewer, ActivityId id, boolean privateToOwner) {
        ActivitySummary a = summaries.load(viewer, List.of(id.value())).stream().findFirst()
                .orElseThrow(() -> new CrmNotFoundException("Activity", id));
        if (a.owner() == null || !a.owner().equals(viewer.user())) {
            throw new CrmValidationException("privateToOwner", "only the activity's owner may change it");
        }
        jdbc.sql("update activity set private_flag = :p where tenant_id = :t and id = :id")
                .param("p", privateToOwner).param("t", viewer.tenant().value()).param("id", id.value()).update();
    }
}
