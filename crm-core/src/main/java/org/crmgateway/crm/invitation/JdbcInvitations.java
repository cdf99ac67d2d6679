package org.crmgateway.crm.invitation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.crmgateway.crm.ActivityId;
import org.crmgateway.crm.Invitation;
import org.crmgateway.crm.Invitations;
import org.crmgateway.crm.TenantId;
import org.crmgateway.crm.UserId;
import org.crmgateway.crm.db.Sql;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Calendar parts of recorded mail; written by the history recorder, consumed by calendar sync. */
@Service
class JdbcInvitations implements Invitations {

    private static final String COLUMNS = "id, tenant_id, activity_id, owner_id, calendar_text, processed";

    private final JdbcClient jdbc;

    JdbcInvitations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Invitation> find(TenantId tenant, long id) {
        return jdbc.sql("select " + COLUMNS + " from invitation where tenant_id = :t and id = :id")
                .param("t", tenant.value()).param("id", id).query(JdbcInvitations::row).optional();
    }

    @Override
    public List<Invitation> unprocessed(int limit) {
        return jdbc.sql("select " + COLUMNS + " from invitation where processed = false order by id limit :n")
                .param("n", Math.max(1, Math.min(limit, 1000))).query(JdbcInvitations::row).list();
    }

    @Override
    @Transactional
    public void markProcessed(TenantId tenant, long id) {
        jdbc.sql("update invitation set processed = true where tenant_id = :t and id = :id")
                .param("t", tenant.value()).param("id", id).update();
    }

    private static Invitation row(ResultSet rs, int i) throws SQLException {
        Long owner = Sql.nullableLong(rs, "owner_id");
        return new Invitation(rs.getLong("id"), TenantId.of(rs.getLong("tenant_id")), ActivityId.of(rs.getLong("activity_id")),
                owner == null ? null : UserId.of(owner), rs.getString("calendar_text"), rs.getBoolean("processed"));
    }
}
