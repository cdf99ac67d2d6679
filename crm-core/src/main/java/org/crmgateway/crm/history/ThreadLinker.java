package org.crmgateway.crm.history;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.crmgateway.crm.TenantId;
import org.crmgateway.crm.ThreadKeys;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/**
 * Threads by Message-ID, In-Reply-To and References. Every id a message names (its own and those
 * it refers to) is registered with its thread, so a parent that arrives after its reply joins the
 * reply's thread; a message that names ids of two threads merges them into the older one.
 *
 * <p>A batch reads the threads of all the ids its messages name, and their partners, in one go
 * ({@link #read}) and keeps them current while it links, so linking a message needs no look-up of
 * its own.
 */
@Component
class ThreadLinker {

    private static final int CHUNK = 1000;

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate named;

    ThreadLinker(JdbcClient jdbc, NamedParameterJdbcTemplate named) {
        this.jdbc = jdbc;
        this.named = named;
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

    /**
     * The threads of these ids and the partners of those threads, in one query per kind (chunked);
     * ids of no thread are left out.
     */
    BatchThreads read(TenantId tenant, Collection<String> ids) {
        Map<String, Long> registered = new HashMap<>();
        List<String> all = List.copyOf(new HashSet<>(ids));
        for (int from = 0; from < all.size(); from += CHUNK) {
            jdbc.sql("select message_id, thread_id from thread_message where tenant_id = :t and message_id in (:ids)")
                    .param("t", tenant.value()).param("ids", all.subList(from, Math.min(all.size(), from + CHUNK)))
                    .query(rs -> {
                        registered.put(rs.getString(1), rs.getLong(2));
                    });
        }
        Map<Long, Set<Long>> partners = new HashMap<>();
        List<Long> threads = List.copyOf(new HashSet<>(registered.values()));
        for (int from = 0; from < threads.size(); from += CHUNK) {
            jdbc.sql("""
                    select distinct a.thread_id, ap.partner_id from activity_partner ap join activity a on a.id = ap.activity_id
                    where a.tenant_id = :t and a.thread_id in (:th)""")
                    .param("t", tenant.value()).param("th", threads.subList(from, Math.min(threads.size(), from + CHUNK)))
                    .query(rs -> {
                        partners.computeIfAbsent(rs.getLong(1), t -> new HashSet<>()).add(rs.getLong(2));
                    });
        }
        return new BatchThreads(registered, partners);
    }

    /**
     * Puts the message's ids into one thread (creating or merging threads) and returns it; null without
     * ids. {@code threads} covers the ids and is updated to what the database holds once
     * {@code pending}, which takes the new thread ids, is flushed.
     */
    @Nullable Long link(TenantId tenant, List<String> ids, List<Long> existing, BatchThreads threads,
                        PendingRows pending) {
        if (ids.isEmpty()) {
            return null;
        }
        long thread;
        if (existing.isEmpty()) {
            thread = threads.takeReserved().orElseGet(() -> insertThreads(tenant, 1)[0]);
        } else {
            thread = existing.getFirst();
            if (existing.size() > 1) {
                pending.flush();
            }
            for (Long other : existing.subList(1, existing.size())) {
                merge(tenant, other, thread);
                threads.merged(other, thread);
            }
        }
        for (String id : ids) {
            if (!threads.isRegistered(id)) {
                pending.add("insert into thread_message (tenant_id, message_id, thread_id) values (:t, :m, :th)",
                        new MapSqlParameterSource().addValue("t", tenant.value()).addValue("m", id).addValue("th", thread));
                threads.register(id, thread);
            }
        }
        return thread;
    }

    /**
     * Inserts the thread rows that the batch's messages may need in one JDBC batch: one for each
     * message whose ids no thread knows yet. Call {@link #releaseUnused} at the end of the batch.
     */
    void reserve(TenantId tenant, BatchThreads threads, int count) {
        if (count > 0) {
            threads.reserved(insertThreads(tenant, count));
        }
    }

    /** Deletes the reserved thread rows that no message took (replies to a thread of the same batch, skipped mail). */
    void releaseUnused(TenantId tenant, BatchThreads threads) {
        List<Long> unused = threads.unused();
        for (int from = 0; from < unused.size(); from += CHUNK) {
            jdbc.sql("delete from thread where tenant_id = :t and id in (:ids)").param("t", tenant.value())
                    .param("ids", unused.subList(from, Math.min(unused.size(), from + CHUNK))).update();
        }
    }

    private long[] insertThreads(TenantId tenant, int count) {
        MapSqlParameterSource[] rows = new MapSqlParameterSource[count];
        Arrays.fill(rows, new MapSqlParameterSource("t", tenant.value()));
        var keys = new GeneratedKeyHolder();
        named.batchUpdate("insert into thread (tenant_id) values (:t)", rows, keys, new String[] {"id"});
        return GeneratedIds.of(keys, count);
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
