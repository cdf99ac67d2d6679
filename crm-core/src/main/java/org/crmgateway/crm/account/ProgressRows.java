package org.crmgateway.crm.account;

import java.util.List;
import org.crmgateway.crm.FolderProgress;
import org.crmgateway.crm.TenantId;
import org.crmgateway.crm.db.Sql;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Per-folder (or per-calendar) progress rows of an account: one row per name, replaced on each report. */
final class ProgressRows {

    private final JdbcClient jdbc;
    private final String table;
    private final boolean imap;

    ProgressRows(JdbcClient jdbc, String table, boolean imap) {
        this.jdbc = jdbc;
        this.table = table;
        this.imap = imap;
    }

    void report(TenantId tenant, long account, FolderProgress p) {
        String imapSet = imap ? ", uid_validity = :uv, last_uid = :lu" : "";
        var update = jdbc.sql("update " + table + " set messages_total = :mt, messages_done = :md, started_at = :sa,"
                + " updated_at = :ua" + imapSet + " where tenant_id = :t and account_id = :a and name = :n");
        if (bind(update, tenant, account, p).update() == 0) {
            String cols = imap ? ", uid_validity, last_uid" : "";
            String vals = imap ? ", :uv, :lu" : "";
            bind(jdbc.sql("insert into " + table + " (tenant_id, account_id, name, messages_total, messages_done,"
                    + " started_at, updated_at" + cols + ") values (:t, :a, :n, :mt, :md, :sa, :ua" + vals + ")"),
                    tenant, account, p).update();
        }
    }

    private JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, TenantId tenant, long account, FolderProgress p) {
        spec = spec.param("t", tenant.value()).param("a", account).param("n", p.name())
                .param("mt", p.messagesTotal()).param("md", p.messagesDone()).param("sa", Sql.ts(p.startedAt()))
                .param("ua", Sql.ts(p.updatedAt()));
        return imap ? spec.param("uv", p.uidValidity()).param("lu", p.lastUid()) : spec;
    }

    List<FolderProgress> list(TenantId tenant, long account) {
        String imapCols = imap ? ", uid_validity, last_uid" : "";
        return jdbc.sql("select name, messages_total, messages_done, started_at, updated_at" + imapCols + " from "
                        + table + " where tenant_id = :t and account_id = :a order by name")
                .param("t", tenant.value()).param("a", account)
                .query((rs, i) -> new FolderProgress(rs.getString("name"),
                        imap ? Sql.nullableLong(rs, "uid_validity") : null, imap ? Sql.nullableLong(rs, "last_uid") : null,
                        rs.getLong("messages_total"), rs.getLong("messages_done"), Sql.instant(rs, "started_at"),
                        Sql.requiredInstant(rs, "updated_at"))).list();
    }

    void deleteAll(TenantId tenant, long account) {
        jdbc.sql("delete from " + table + " where tenant_id = :t and account_id = :a")
                .param("t", tenant.value()).param("a", account).update();
    }
}
