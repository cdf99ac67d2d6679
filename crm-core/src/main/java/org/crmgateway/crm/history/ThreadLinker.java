package org.crmgateway.crm.history;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.crmgateway.crm.TenantId;
import org.crmgateway.crm.ThreadKeys;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/**
 * Threads by Message-ID, In-Reply-To and References. Every id a message names (its own and those
 * it refers to) is registered with its thread, so a parent that arrives after its reply joins the
 * reply's thread; a message that names ids of two threads merges them into the older one.
 */
@Component
class ThreadLinker {

    private final JdbcClient jdbc;

    ThreadLinker(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    static List<String> ids(ThreadKeys keys) {
        Set<String> ids = new LinkedHashSet<>();
        if (keys.messageId() != null) {
            ids.add(keys.messageId());
        }
        if (keys.inReplyTo() != null) {
            ids.add(keys.inReplyTo());
        }
        ids.addAll(keys.references());
        return new ArrayList<>(ids);
    }

    /** The threads that already know one of the message's ids, oldest first. */
    List<Long> existing(TenantId tenant, List<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select distinct thread_id from thread_message where tenant_id = :t and message_id in (:ids) order by thread_id")
                .param("t", tenant.value()).param("ids", ids).query(Long.class).list();
    }

    /** The partners linked to activities of the threads (rule 6). */
    Set<Long> partners(TenantId tenant, Collection<Long> threads) {
        if (threads.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.sql("""
                select distinct ap.partner_id from activity_partner ap join activity a on a.id = ap.activity_id
                where a.tenant_id = :t and a.thread_id in (:th)""")
                .param("t", tenant.value()).param("th", threads).query(Long.class).list());
    }

    /** Puts the message's ids into one thread (creating or merging threads) and returns it; null without ids. */
    @Nullable Long link(TenantId tenant, List<String> ids, List<Long> existing) {
        if (ids.isEmpty()) {
            return null;
        }
        long thread;
        if (existing.isEmpty()) {
            var key = new GeneratedKeyHolder();
            jdbc.sql("insert into thread (tenant_id) values (:t)").param("t", tenant.value()).update(key, "id");
            thread = key.getKeyAs(Long.class);
        } else {
            thread = existing.getFirst();
            for (Long other : existing.subList(1, existing.size())) {
                merge(tenant, other, thread);
            }
        }
        Set<String> known = new HashSet<>(jdbc.sql(
                        "select message_id from thread_message where tenant_id = :t and message_id in (:ids)")
                .param("t", tenant.value()).param("ids", ids).query(String.class).list());
        for (String id : ids) {
            if (!known.contains(id)) {
                jdbc.sql("insert into thread_message (tenant_id, message_id, thread_id) values (:t, :m, :th)")
                        .param("t", tenant.value()).param("m", id).param("th", thread).update();
            }
        }
        return thread;
    }

    private void merge(TenantId tenant, long from, long into) {
        jdbc.sql("update activity set thread_id = :into where tenant_id = :t and thread_id = :from")
                .param("into", into).param("t", tenant.value()).param("from", from).update();
        jdbc.sql("update thread_message set thread_id = :into where tenant_id = :t and thread_id = :from")
                .param("into", into).param("t", tenant.value()).param("from", from).update();
        jdbc.sql("delete from thread where tenant_id = :t and id = :from")
                .param("t", tenant.value()).param("from", from).update();
    }
}
