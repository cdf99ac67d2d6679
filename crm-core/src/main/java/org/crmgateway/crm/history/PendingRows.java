package org.crmgateway.crm.history;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/**
 * Rows of one batch that no later step reads until they are flushed: activities, then their
 * participants, partner links, sources and attachments, and thread ids. They are inserted as one
 * JDBC batch per statement, the activities first with their generated keys, which then go into
 * the rows that belong to them. Whoever is about to read one of those tables flushes first.
 */
final class PendingRows {

    private final NamedParameterJdbcTemplate named;
    private @Nullable String activitySql;
    private final List<MapSqlParameterSource> activityRows = new ArrayList<>();
    private final List<NewActivity> activities = new ArrayList<>();
    private final Map<String, List<Row>> rows = new LinkedHashMap<>();

    private record Row(MapSqlParameterSource params, @Nullable NewActivity activity) {
    }

    PendingRows(NamedParameterJdbcTemplate named) {
        this.named = named;
    }

    /** An activity row; the {@code id} column must be its generated key. */
    NewActivity activity(String sql, MapSqlParameterSource row) {
        if (activitySql != null && !activitySql.equals(sql)) {
            throw new IllegalArgumentException("one batch inserts activities with one statement");
        }
        activitySql = sql;
        NewActivity activity = new NewActivity();
        activityRows.add(row);
        activities.add(activity);
        return activity;
    }

    void add(String sql, MapSqlParameterSource row) {
        rows.computeIfAbsent(sql, s -> new ArrayList<>()).add(new Row(row, null));
    }

    /** A row of a pending activity; its parameter {@code a} is set to the activity's id at flush. */
    void add(String sql, MapSqlParameterSource row, NewActivity activity) {
        rows.computeIfAbsent(sql, s -> new ArrayList<>()).add(new Row(row, activity));
    }

    void flush() {
        if (!activities.isEmpty()) {
            insertActivities();
        }
        rows.forEach((sql, batch) -> named.batchUpdate(sql, batch.stream().map(PendingRows::resolved)
                .toArray(MapSqlParameterSource[]::new)));
        rows.clear();
    }

    private void insertActivities() {
        var keys = new GeneratedKeyHolder();
        named.batchUpdate(activitySql, activityRows.toArray(MapSqlParameterSource[]::new), keys, new String[] {"id"});
        long[] ids = GeneratedIds.of(keys, activities.size());
        for (int i = 0; i < ids.length; i++) {
            activities.get(i).inserted(ids[i]);
        }
        activityRows.clear();
        activities.clear();
    }

    private static MapSqlParameterSource resolved(Row row) {
        return row.activity() == null ? row.params() : row.params().addValue("a", row.activity().id());
    }
}
