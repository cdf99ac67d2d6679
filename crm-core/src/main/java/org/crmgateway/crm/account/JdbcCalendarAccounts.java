package org.crmgateway.crm.account;

import java.net.URI;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.crmgateway.crm.CalendarAccount;
import org.crmgateway.crm.CalendarAccountRegistered;
import org.crmgateway.crm.CalendarAccounts;
import org.crmgateway.crm.CrmValidationException;
import org.crmgateway.crm.FolderProgress;
import org.crmgateway.crm.NewCalendarAccount;
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
class JdbcCalendarAccounts implements CalendarAccounts {

    private static final String COLUMNS = "id, tenant_id, owner_id, url, username, visibility, poll_interval, state, last_error";

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final AccountRows rows;

    JdbcCalendarAccounts(JdbcClient jdbc, SecretCipher cipher, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
        this.rows = new AccountRows(jdbc, cipher, "calendar_account", "Calendar account",
                new ProgressRows(jdbc, "calendar_progress", false));
    }

    @Override
    @Transactional
    public CalendarAccount register(TenantId tenant, NewCalendarAccount a) {
        if (!AccountRows.ownerExists(jdbc, tenant, a.owner())) {
            throw new CrmValidationException("userId", "no such user: " + a.owner());
        }
        var key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into calendar_account (tenant_id, owner_id, url, username, secret, visibility, poll_interval, state)
                values (:t, :o, :url, :u, :secret, :v, :pi, 'PENDING')""")
                .param("t", tenant.value()).param("o", a.owner().value()).param("url", a.url().toString())
                .param("u", a.username()).param("secret", rows.encrypt(a.secret()))
                .param("v", a.visibility().name()).param("pi", a.pollInterval()).update(key, "id");
        long id = key.getKeyAs(Long.class);
        events.publishEvent(new CalendarAccountRegistered(tenant, id));
        return find(tenant, id).orElseThrow();
    }

    @Override
    public Optional<CalendarAccount> find(TenantId tenant, long id) {
        return jdbc.sql("select " + COLUMNS + " from calendar_account where tenant_id = :t and id = :id")
                .param("t", tenant.value()).param("id", id).query(JdbcCalendarAccounts::row).optional();
    }

    @Override
    public List<CalendarAccount> list(TenantId tenant) {
        return jdbc.sql("select " + COLUMNS + " from calendar_account where tenant_id = :t order by id")
                .param("t", tenant.value()).query(JdbcCalendarAccounts::row).list();
    }

    @Override
    public List<CalendarAccount> active() {
        return jdbc.sql("select " + COLUMNS + " from calendar_account where state <> 'DISABLED' order by id")
                .query(JdbcCalendarAccounts::row).list();
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
    public void reportCalendar(TenantId tenant, long id, FolderProgress p) {
        rows.progress.report(tenant, id, p);
    }

    @Override
    public List<FolderProgress> calendars(TenantId tenant, long id) {
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

    private static CalendarAccount row(ResultSet rs, int i) throws SQLException {
        return new CalendarAccount(rs.getLong("id"), TenantId.of(rs.getLong("tenant_id")),
                UserId.of(rs.getLong("owner_id")), URI.create(rs.getString("url")), rs.getString("username"),
                Visibility.valueOf(rs.getString("visibility")), Sql.nullableInt(rs, "poll_interval"),
                SyncState.valueOf(rs.getString("state")), rs.getString("last_error"));
    }
}
