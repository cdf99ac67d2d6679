package org.crmgateway.crm.quarantine;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.crmgateway.crm.CrmNotFoundException;
import org.crmgateway.crm.Quarantine;
import org.crmgateway.crm.QuarantineReason;
import org.crmgateway.crm.QuarantineRetryRequested;
import org.crmgateway.crm.QuarantinedEntry;
import org.crmgateway.crm.SourceKind;
import org.crmgateway.crm.SourceRef;
import org.crmgateway.crm.TenantId;
import org.crmgateway.crm.db.Sql;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Quarantined items; written by the history recorder with the batch they arrived in. */
@Service
class JdbcQuarantine implements Quarantine {

    private static final String COLUMNS = "id, kind, account_id, scope, locator, reason, detail, quarantined_at, raw_size, retries";

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    JdbcQuarantine(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    @Override
    public List<QuarantinedEntry> list(TenantId tenant, int limit) {
        return jdbc.sql("select " + COLUMNS + " from quarantine where tenant_id = :t order by id desc limit :n")
                .param("t", tenant.value()).param("n", Math.max(1, Math.min(limit, 1000)))
                .query(JdbcQuarantine::entry).list();
    }

    @Override
    public Optional<QuarantinedEntry> find(TenantId tenant, long id) {
        return jdbc.sql("select " + COLUMNS + " from quarantine where tenant_id = :t and id = :id")
                .param("t", tenant.value()).param("id", id).query(JdbcQuarantine::entry).optional();
    }

    @Override
    public Optional<byte[]> raw(TenantId tenant, long id) {
        return jdbc.sql("select raw from quarantine where tenant_id = :t and id = :id")
                .param("t", tenant.value()).param("id", id).query((rs, i) -> rs.getBytes(1)).optional();
    }

    @Override
    @Transactional
    public void retry(TenantId tenant, long id) {
        QuarantinedEntry e = find(tenant, id).orElseThrow(() -> new CrmNotFoundException("Quarantined item", id));
        jdbc.sql("update quarantine set retries = retries + 1 where tenant_id = :t and id = :id")
                .param("t", tenant.value()).param("id", id).update();
        events.publishEvent(new QuarantineRetryRequested(tenant, id, e.source().kind()));
    }

    @Override
    @Transactional
    public void resolve(TenantId tenant, long id) {
        jdbc.sql("delete from quarantine where tenant_id = :t and id = :id").param("t", tenant.value()).param("id", id)
                .update();
    }

    @Override
    @Transactional
    public void retryFailed(TenantId tenant, long id, QuarantineReason reason, String detail) {
        jdbc.sql("update quarantine set reason = :r, detail = :d where tenant_id = :t and id = :id")
                .param("r", reason.name()).param("d", detail).param("t", tenant.value()).param("id", id).update();
    }

    private static QuarantinedEntry entry(ResultSet rs, int i) throws SQLException {
        return new QuarantinedEntry(rs.getLong("id"), new SourceRef(SourceKind.valueOf(rs.getString("kind")),
                rs.getLong("account_id"), rs.getString("scope"), rs.getString("locator")),
                QuarantineReason.valueOf(rs.getString("reason")), rs.getString("detail"),
                Sql.requiredInstant(rs, "quarantined_at"), rs.getLong("raw_size"), rs.getInt("retries"));
    }
}
