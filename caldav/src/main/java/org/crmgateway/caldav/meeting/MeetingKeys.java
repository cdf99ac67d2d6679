package org.crmgateway.caldav.meeting;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import org.crmgateway.crm.TenantId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The source keys recorded for each calendar object (table {@code caldav_meeting_keys}). */
@Component
class MeetingKeys {
    private final JdbcClient jdbc;

    MeetingKeys(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Set<String> of(TenantId tenant, long calendar, String href) {
        return jdbc.sql("select source_keys from caldav_meeting_keys where tenant_id = :t and calendar_id = :c and href = :h")
                .param("t", tenant.value()).param("c", calendar).param("h", href)
                .query(String.class).optional()
                .<Set<String>>map(k -> new LinkedHashSet<>(Arrays.asList(k.split("\n"))))
                .orElse(Set.of());
    }

    void replace(TenantId tenant, long calendar, String href, Set<String> keys) {
        jdbc.sql("delete from caldav_meeting_keys where tenant_id = :t and calendar_id = :c and href = :h")
                .param("t", tenant.value()).param("c", calendar).param("h", href).update();
        if (!keys.isEmpty()) {
            jdbc.sql("insert into caldav_meeting_keys (tenant_id, calendar_id, href, source_keys) values (:t, :c, :h, :k)")
                    .param("t", tenant.value()).param("c", calendar).param("h", href)
                    .param("k", String.join("\n", keys)).update();
        }
    }
}
