package org.crmgateway.crm.history;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.crmgateway.crm.EmailAddress;
import org.crmgateway.crm.QuarantineItem;
import org.crmgateway.crm.TenantId;
import org.crmgateway.crm.UserId;
import org.crmgateway.crm.db.Sql;
import org.crmgateway.crm.matching.AddressKeys;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/** The rows a batch writes besides activities: unresolved entries, invitations, quarantine, withdrawals. */
@Component
class SideRows {

    private final JdbcClient jdbc;

    SideRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void unresolved(TenantId tenant, long activity, List<EmailAddress> unknown) {
        var key = new GeneratedKeyHolder();
        jdbc.sql("insert into unresolved (tenant_id, activity_id) values (:t, :a)")
                .param("t", tenant.value()).param("a", activity).update(key, "id");
        long id = key.getKeyAs(Long.class);
        Set<String> seen = new HashSet<>();
        for (EmailAddress a : unknown) {
            if (seen.add(a.value())) {
                jdbc.sql("insert into unresolved_address (unresolved_id, tenant_id, address, base_key) values (:u, :t, :a, :b)")
                        .param("u", id).param("t", tenant.value()).param("a", a.value())
                        .param("b", AddressKeys.baseKey(a)).update();
            }
        }
    }

    /** Stores the calendar parts of a mail; returns the invitation ids. */
    List<Long> invitations(TenantId tenant, long activity, @Nullable UserId owner, List<String> parts) {
        List<Long> ids = new ArrayList<>();
        for (String part : parts) {
            var key = new GeneratedKeyHolder();
            jdbc.sql("insert into invitation (tenant_id, activity_id, owner_id, calendar_text) values (:t, :a, :o, :c)")
                    .param("t", tenant.value()).param("a", activity).param("o", owner == null ? null : owner.value())
                    .param("c", part).update(key, "id");
            ids.add(key.getKeyAs(Long.class));
        }
        return ids;
    }

    void quarantine(QuarantineItem q) {
        jdbc.sql("""
                insert into quarantine (tenant_id, kind, account_id, scope, locator, reason, detail, raw, raw_size, quarantined_at)
                values (:t, :k, :acc, :s, :l, :r, :d, :raw, :size, :now)""")
                .param("t", q.tenant().value()).param("k", q.source().kind().name())
                .param("acc", q.source().accountId()).param("s", q.source().scope()).param("l", q.source().locator())
                .param("r", q.reason().name()).param("d", q.detail()).param("raw", q.raw())
                .param("size", q.raw().length).param("now", Sql.ts(Instant.now())).update();
    }

    /** Marks the meetings with these source keys cancelled; returns their ids. */
    List<Long> withdraw(TenantId tenant, List<String> sourceKeys) {
        if (sourceKeys.isEmpty()) {
            return List.of();
        }
        List<Long> ids = jdbc.sql("""
                select id from activity where tenant_id = :t and type = 'MEETING' and source_key in (:k)
                and meeting_status <> 'CANCELLED'""")
                .param("t", tenant.value()).param("k", sourceKeys).query(Long.class).list();
        if (!ids.isEmpty()) {
            jdbc.sql("update activity set meeting_status = 'CANCELLED', updated_at = :now where id in (:ids)")
                    .param("now", Sql.ts(Instant.now())).param("ids", ids).update();
        }
        return ids;
    }
}
