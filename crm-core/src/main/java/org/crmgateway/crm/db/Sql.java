package org.crmgateway.crm.db;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Conversions that keep the SQL portable between H2 and PostgreSQL: instants travel as UTC
 * {@link OffsetDateTime} (the PostgreSQL driver does not bind {@link Instant}), lists as lines.
 */
public final class Sql {

    private Sql() {
    }

    public static @Nullable OffsetDateTime ts(@Nullable Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    public static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    public static Instant requiredInstant(ResultSet rs, String column) throws SQLException {
        Instant i = instant(rs, column);
        if (i == null) {
            throw new IllegalStateException("Column " + column + " is null");
        }
        return i;
    }

    public static @Nullable Long nullableLong(ResultSet rs, String column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }

    public static @Nullable Integer nullableInt(ResultSet rs, String column) throws SQLException {
        int v = rs.getInt(column);
        return rs.wasNull() ? null : v;
    }

    /** A list as text, one entry per line (entries never contain line breaks). */
    public static String lines(List<String> values) {
        return String.join("\n", values);
    }

    public static List<String> lines(@Nullable String text) {
        return text == null || text.isEmpty() ? List.of() : Arrays.asList(text.split("\n"));
    }
}
