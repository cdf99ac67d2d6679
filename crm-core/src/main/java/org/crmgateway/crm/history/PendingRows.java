package org.crmgateway.crm.history;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * Rows of one batch that no later step reads until they are flushed: participants, partner links,
 * sources, attachments and thread ids. They are inserted as one JDBC batch per statement. Whoever is
 * about to read one of those tables flushes first; the thread ids with rows pending tell the
 * recorder whether a look-up of a thread's partners needs that.
 */
final class PendingRows {

    private final NamedParameterJdbcTemplate named;
    private final Map<String, List<MapSqlParameterSource>> rows = new LinkedHashMap<>();
    private final Set<Long> threads = new HashSet<>();

    PendingRows(NamedParameterJdbcTemplate named) {
        this.named = named;
    }

    void add(String sql, MapSqlParameterSource row) {
        rows.computeIfAbsent(sql, s -> new ArrayList<>()).add(row);
    }

    /** Notes that rows of an activity in this thread are pending. */
    void thread(@Nullable Long thread) {
        if (thread != null) {
            threads.add(thread);
        }
    }

    /** Flushes when rows of an activity in one of these threads are pending. */
    void flushFor(Collection<Long> wanted) {
        if (wanted.stream().anyMatch(threads::contains)) {
            flush();
        }
    }

    void flush() {
        rows.forEach((sql, batch) -> named.batchUpdate(sql, batch.toArray(MapSqlParameterSource[]::new)));
        rows.clear();
        threads.clear();
    }
}
