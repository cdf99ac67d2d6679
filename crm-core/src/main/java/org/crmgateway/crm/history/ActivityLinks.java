package org.crmgateway.crm.history;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.crmgateway.crm.MatchRule;
import org.crmgateway.crm.TenantId;
import org.crmgateway.crm.db.Sql;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The activity -> partner links that timelines read; also written when an unresolved message is assigned. */
@Component
public class ActivityLinks {

    private static final String INSERT = """
            insert into activity_partner (tenant_id, activity_id, partner_id, rule, occurred_at)
            values (:t, :a, :p, :r, :at)""";

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate named;

    ActivityLinks(JdbcClient jdbc, NamedParameterJdbcTemplate named) {
        this.jdbc = jdbc;
        this.named = named;
    }

    /** Links the activity to the partners it is not linked to yet, each with its rule. */
    public void link(TenantId tenant, long activity, Instant occurredAt, Map<Long, MatchRule> links) {
        if (links.isEmpty()) {
            return;
        }
        List<Long> known = jdbc.sql("select partner_id from activity_partner where activity_id = :a")
                .param("a", activity).query(Long.class).list();
        insert(tenant, activity, occurredAt, links, known);
    }

    /** Links an activity inserted in this batch, which has no links yet, with the batch's other rows. */
    void linkNew(TenantId tenant, NewActivity activity, Instant occurredAt, Map<Long, MatchRule> links,
                 PendingRows pending) {
        for (MapSqlParameterSource row : rows(tenant, null, occurredAt, links, List.of())) {
            pending.add(INSERT, row, activity);
        }
    }

    private void insert(TenantId tenant, long activity, Instant occurredAt, Map<Long, MatchRule> links, List<Long> known) {
        MapSqlParameterSource[] rows = rows(tenant, activity, occurredAt, links, known);
        if (rows.length > 0) {
            named.batchUpdate(INSERT, rows);
        }
    }

    private static MapSqlParameterSource[] rows(TenantId tenant, @Nullable Long activity, Instant occurredAt,
                                                Map<Long, MatchRule> links, List<Long> known) {
        return links.entrySet().stream().filter(e -> !known.contains(e.getKey()))
                .map(e -> new MapSqlParameterSource().addValue("t", tenant.value()).addValue("a", activity)
                        .addValue("p", e.getKey()).addValue("r", e.getValue().name())
                        .addValue("at", Sql.ts(occurredAt)))
                .toArray(MapSqlParameterSource[]::new);
    }

    /** Records on the activity's participant rows with this address which partner they now stand for. */
    public void participant(long activity, String address, long partner, MatchRule rule) {
        jdbc.sql("update activity_participant set partner_id = :p, rule = :r where activity_id = :a and address = :addr")
                .param("p", partner).param("r", rule.name()).param("a", activity).param("addr", address).update();
    }
}
