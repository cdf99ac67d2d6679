package org.crmgateway.crm.unresolved;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.crmgateway.crm.ActivityId;
import org.crmgateway.crm.ActivityRecorded;
import org.crmgateway.crm.CaptureKind;
import org.crmgateway.crm.CrmNotFoundException;
import org.crmgateway.crm.CrmValidationException;
import org.crmgateway.crm.EmailAddress;
import org.crmgateway.crm.MatchRule;
import org.crmgateway.crm.MatchingSettingsStore;
import org.crmgateway.crm.Partner;
import org.crmgateway.crm.PartnerId;
import org.crmgateway.crm.PartnerKind;
import org.crmgateway.crm.Partners;
import org.crmgateway.crm.TenantId;
import org.crmgateway.crm.Unresolved;
import org.crmgateway.crm.UnresolvedMessage;
import org.crmgateway.crm.db.Sql;
import org.crmgateway.crm.history.ActivityLinks;
import org.crmgateway.crm.matching.AddressKeys;
import org.crmgateway.crm.matching.Matcher;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The unresolved list (rule 9). Assigning links the message to the partner; a person also learns
 * the message's unknown addresses, and every other unresolved message with one of those addresses
 * is linked to the person (rule 1 now applies to it) and leaves the list.
 */
@Service
class JdbcUnresolved implements Unresolved {

    private final JdbcClient jdbc;
    private final Partners partners;
    private final MatchingSettingsStore settings;
    private final ActivityLinks links;
    private final ApplicationEventPublisher events;

    JdbcUnresolved(JdbcClient jdbc, Partners partners, MatchingSettingsStore settings, ActivityLinks links,
                   ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.partners = partners;
        this.settings = settings;
        this.links = links;
        this.events = events;
    }

    @Override
    public List<UnresolvedMessage> list(TenantId tenant, int limit) {
        Map<Long, UnresolvedMessage> rows = new LinkedHashMap<>();
        jdbc.sql("""
                select u.id, u.activity_id, a.occurred_at, a.subject from unresolved u join activity a on a.id = u.activity_id
                where u.tenant_id = :t order by a.occurred_at desc, u.id desc limit :n""")
                .param("t", tenant.value()).param("n", Math.max(1, Math.min(limit, 1000)))
                .query(rs -> {
                    rows.put(rs.getLong(1), new UnresolvedMessage(rs.getLong(1), ActivityId.of(rs.getLong(2)),
                            Sql.requiredInstant(rs, "occurred_at"), rs.getString(4), new ArrayList<>()));
                });
        if (!rows.isEmpty()) {
            jdbc.sql("select unresolved_id, address from unresolved_address where unresolved_id in (:ids) order by address")
                    .param("ids", rows.keySet())
                    .query(rs -> {
                        rows.get(rs.getLong(1)).unknownAddresses().add(rs.getString(2));
                    });
        }
        return rows.values().stream().map(u -> new UnresolvedMessage(u.id(), u.activity(), u.occurredAt(), u.subject(),
                List.copyOf(u.unknownAddresses()))).toList();
    }

    @Override
    @Transactional
    public int assign(TenantId tenant, long unresolvedId, PartnerId partnerId) {
        Long activity = jdbc.sql("select activity_id from unresolved where tenant_id = :t and id = :id")
                .param("t", tenant.value()).param("id", unresolvedId).query(Long.class).optional()
                .orElseThrow(() -> new CrmNotFoundException("Unresolved message", unresolvedId));
        Partner partner = partners.find(tenant, partnerId)
                .orElseThrow(() -> new CrmValidationException("partnerId", "no such partner: " + partnerId));
        List<String> addresses = addresses(unresolvedId);
        resolve(tenant, unresolvedId, activity, partner, addresses, MatchRule.MANUAL_ASSIGNMENT);
        int resolved = 1;
        if (partner.kind() == PartnerKind.PERSON) {
            Matcher matcher = new Matcher(settings.get(tenant));
            for (String address : addresses) {
                EmailAddress learned = new EmailAddress(address);
                partners.addEmail(tenant, partnerId, learned);
                for (Map.Entry<Long, String> other : sameAddress(tenant, matcher, learned).entrySet()) {
                    Long otherActivity = jdbc.sql("select activity_id from unresolved where id = :id")
                            .param("id", other.getKey()).query(Long.class).single();
                    resolve(tenant, other.getKey(), otherActivity, partner, List.of(other.getValue()),
                            MatchRule.PERSON_ADDRESS);
                    resolved++;
                }
            }
        }
        return resolved;
    }

    private List<String> addresses(long unresolvedId) {
        return jdbc.sql("select address from unresolved_address where unresolved_id = :id order by address")
                .param("id", unresolvedId).query(String.class).list();
    }

    /** The other unresolved messages with this address (as the settings compare it): id -> address as written. */
    private Map<Long, String> sameAddress(TenantId tenant, Matcher matcher, EmailAddress address) {
        Map<Long, String> found = new HashMap<>();
        jdbc.sql("select unresolved_id, address from unresolved_address where tenant_id = :t and base_key = :b")
                .param("t", tenant.value()).param("b", AddressKeys.baseKey(address))
                .query(rs -> {
                    if (matcher.key(new EmailAddress(rs.getString(2))).equals(matcher.key(address))) {
                        found.putIfAbsent(rs.getLong(1), rs.getString(2));
                    }
                });
        return found;
    }

    private void resolve(TenantId tenant, long unresolvedId, long activity, Partner partner, List<String> addresses,
                         MatchRule rule) {
        Instant occurredAt = jdbc.sql("select occurred_at from activity where id = :id").param("id", activity)
                .query((rs, i) -> Sql.requiredInstant(rs, "occurred_at")).single();
        Map<Long, MatchRule> link = new LinkedHashMap<>();
        link.put(partner.id().value(), rule);
        if (partner.companyId() != null) {
            link.put(partner.companyId().value(), MatchRule.PERSON_COMPANY);
        }
        links.link(tenant, activity, occurredAt, link);
        for (String address : addresses) {
            links.participant(activity, address, partner.id().value(), rule);
        }
        jdbc.sql("delete from unresolved_address where unresolved_id = :id").param("id", unresolvedId).update();
        jdbc.sql("delete from unresolved where id = :id").param("id", unresolvedId).update();
        events.publishEvent(new ActivityRecorded(tenant, ActivityId.of(activity), CaptureKind.EMAIL, false));
    }
}
