package org.crmgateway.crm.checkpoint;

import java.time.Instant;
import java.util.Optional;
import org.crmgateway.crm.Checkpoint;
import org.crmgateway.crm.Checkpoints;
import org.crmgateway.crm.SourceKind;
import org.crmgateway.crm.TenantId;
import org.crmgateway.crm.db.Sql;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Source positions. Written only by the history recorder, inside its transaction
 * ({@link #save} requires one), read back by the edges.
 */
@Service
public class JdbcCheckpoints implements Checkpoints {

    private final JdbcClient jdbc;

    JdbcCheckpoints(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<String> position(TenantId tenant, SourceKind kind, long accountId, String scope) {
        return jdbc.sql("""
                select position_text from checkpoint
                where tenant_id = :t and kind = :k and account_id = :a and scope = :s""")
                .param("t", tenant.value()).param("k", kind.name()).param("a", accountId).param("s", scope)
                .query(String.class).optional();
    }

    /** Stores the position; joins the caller's transaction and refuses to run without one. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void save(Checkpoint c) {
        int n = jdbc.sql("""
                update checkpoint set position_text = :p, updated_at = :now
                where tenant_id = :t and kind = :k and account_id = :a and scope = :s""")
                .param("p", c.position()).param("now", Sql.ts(Instant.now())).param("t", c.tenant().value())
                .param("k", c.kind().name()).param("a", c.accountId()).param("s", c.scope()).update();
        if (n == 0) {
            jdbc.sql("""
                    insert into checkpoint (tenant_id, kind, account_id, scope, position_text, updated_at)
                    values (:t, :k, :a, :s, :p, :now)""")
                    .param("p", c.position()).param("now", Sql.ts(Instant.now())).param("t", c.tenant().value())
                    .param("k", c.kind().name()).param("a", c.accountId()).param("s", c.scope()).update();
        }
    }
}
