package org.crmgateway.crm.account;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.crmgateway.crm.CrmValidationException;
import org.crmgateway.crm.FolderProgress;
import org.crmgateway.crm.MailAccount;
import org.crmgateway.crm.MailAccountRegistered;
import org.crmgateway.crm.MailAccounts;
import org.crmgateway.crm.MailAuth;
import org.crmgateway.crm.MailSecurity;
import org.crmgateway.crm.NewMailAccount;
import org.crmgateway.crm.SyncState;
import org.crmgateway.crm.TenantId;
import org.crmgateway.crm.UserId;
import org.crmgateway.crm.Visibility;
import org.crmgateway.crm.db.Sql;
import org.crmgateway.crm.secret.SecretCipher;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class JdbcMailAccounts implements MailAccounts {

    private static final String COLUMNS = """
            id, tenant_id, owner_id, host, port, security, username, auth, folders, since, visibility, dropbox,
            state, last_error""";

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final AccountRows rows;

    JdbcMailAccounts(JdbcClient jdbc, SecretCipher cipher, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
        this.rows = new AccountRows(jdbc, cipher, "mail_account", "Mail account",
                new ProgressRows(jdbc, "mail_folder_progress", true));
    }

    @Override
    @Transactional
    public MailAccount register(TenantId tenant, NewMailAccount a) {
        if (a.owner() != null && !AccountRows.ownerExists(jdbc, tenant, a.owner())) {
            throw new CrmValidationException("userId", "no such user: " + a.owner());
        }
        var key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into mail_account (tenant_id, owner_id, host, port, security, username, auth, secret, folders,
                  since, visibility, dropbox, state)
                values (:t, :o, :h, :p, :sec, :u, :auth, :secret, :f, :since, :v, :d, 'PENDING')""")
                .param("t", tenant.value()).param("o", a.owner() == null ? null : a.owner().value())
                .param("h", a.host()).param("p", a.port()).param("sec", a.security().name())
                .param("u", a.username()).param("auth", a.auth().name()).param("secret", rows.encrypt(a.secret()))
                .param("f", Sql.lines(a.folders())).param("since", Sql.ts(a.since()))
                .param("v", a.visibility().name()).param("d", a.dropbox()).update(key, "id");
        long id = key.getKeyAs(Long.class);
        events.publishEvent(new MailAccountRegistered(tenant, id));
        return find(tenant, id).orElseThrow();
    }

    @Override
    public Optional<MailAccount> find(TenantId tenant, long id) {
        return jdbc.sql("select " + COLUMNS + " from mail_account where tenant_id = :t and id = :id")
                .param("t", tenant.value()).param("id", id).query(JdbcMailAccounts::row).optional();
    }

    @Override
    public List<MailAccount> list(TenantId tenant) {
        return jdbc.sql("select " + COLUMNS + " from mail_account where tenant_id = :t order by id")
                .param("t", tenant.value()).query(JdbcMailAccounts::row).list();
    }

    @Override
    public List<MailAccount> active() {
        return jdbc.sql("select " + COLUMNS + " from mail_account where state <> 'DISABLED' order by id")
                .query(JdbcMailAccounts::row).list();
    }

    @Override
    public String secret(TenantId tenant, long id) {
        return rows.secret(tenant, id);
    }

    @Override
    @Transactional
    public void reportState(TenantId tenant, long id, SyncState state, @Nullable String lastError) {
        rows.reportState(tenant, id, state, lastError);
    }

    @Override
    @Transactional
    public void reportFolder(TenantId tenant, long id, FolderProgress p) {
        rows.progress.report(tenant, id, p);
    }

    @Override
    public List<FolderProgress> folders(TenantId tenant, long id) {
        return rows.progress.list(tenant, id);
    }

    @Override
    @Transactional
    public boolean lease(long id, String instance, Duration ttl) {
        return rows.lease(id, instance, ttl);
    }

    @Override
    @Transactional
    public void release(long id, String instance) {
        rows.release(id, instance);
    }

    @Override
    @Transactional
    public void delete(TenantId tenant, long id) {
        rows.delete(tenant, id);
    }

    private static MailAccount row(ResultSet rs, int i) throws SQLException {
        Long owner = Sql.nullableLong(rs, "owner_id");
        return new MailAccount(rs.getLong("id"), TenantId.of(rs.getLong("tenant_id")),
                owner == null ? null : UserId.of(owner), rs.getString("host"), rs.getInt("port"),
                MailSecurity.valueOf(rs.getString("security")), rs.getString("username"),
                MailAuth.valueOf(rs.getString("auth")), Sql.lines(rs.getString("folders")), Sql.instant(rs, "since"),
                Visibility.valueOf(rs.getString("visibility")), rs.getBoolean("dropbox"),
                SyncState.valueOf(rs.getString("state")), rs.getString("last_error"));
    }
}
