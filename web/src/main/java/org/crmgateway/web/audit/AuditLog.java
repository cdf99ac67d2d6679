package org.crmgateway.web.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.crmgateway.crm.TenantId;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Appends to and reads the audit log. Entries are never changed or deleted by the application. */
@Component
public class AuditLog {

    private final JdbcClient jdbc;
    private final Clock clock = Clock.systemUTC();

    public AuditLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void record(@Nullable TenantId tenant, String actor, AuditAction action, String detail,
                       @Nullable String remoteAddress) {
        jdbc.sql("""
                        insert into audit_event (tenant_id, occurred_at, actor, action, detail, remote_address)
                        values (:tenant, :at, :actor, :action, :detail, :remote)""")
                .param("tenant", tenant == null ? null : tenant.value())
                .param("at", OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC))
                .param("actor", clip(actor, 320)).param("action", action.name())
                .param("detail", clip(detail, 1000))
                .param("remote", remoteAddress == null ? null : clip(remoteAddress, 64))
                .update();
    }

    /** The tenant's entries, newest first. */
    public List<AuditEntry> list(TenantId tenant, int limit) {
        return jdbc.sql("select * from audit_event where tenant_id = :tenant order by id desc limit :limit")
                .param("tenant", tenant.value()).param("limit", Math.clamp(limit, 1, 1000))
                .query(AuditLog::map).list();
    }

    private static String clip(String s, int max) {
        String oneLine = s.replaceAll("[\\r\\n\\t]", " ");
        return oneLine.length() <= max ? oneLine : oneLine.substring(0, max);
    }

    private static AuditEntry map(ResultSet rs, int row) throws SQLException {
        long tenant = rs.getLong("tenant_id");
        return new AuditEntry(rs.getLong("id"), rs.wasNull() ? null : TenantId.of(tenant),
                rs.getObject("occurred_at", OffsetDateTime.class).toInstant(), rs.getString("actor"),
                AuditAction.valueOf(rs.getString("action")), rs.getString("detail"), rs.getString("remote_address"));
    }
}
