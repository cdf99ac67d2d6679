package org.crmgateway.calendarsync.sync;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.crmgateway.crm.TenantId;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What sync last read per calendar object (table {@code calendar_object}): entity tag, the source
 * keys of its meetings, and its text. Written only inside the transaction of a recorded batch.
 */
@Repository
public class CalendarObjectStore {
    /** The pseudo calendar under which mailed invitations keep their last text, keyed by UID. */
    public static final String INVITATIONS = "imip";
    /** The pseudo calendar holding the latest iMIP REPLY per meeting and attendee. */
    public static final String REPLIES = "imip-reply";

    private final JdbcClient jdbc;

    public CalendarObjectStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One stored object. */
    public record Stored(String href, @Nullable String etag, @Nullable String uid, Set<String> sourceKeys,
                         @Nullable String data) {
        public Stored {
            sourceKeys = Set.copyOf(sourceKeys);
        }
    }

    public Optional<Stored> find(TenantId tenant, long account, String calendar, String href) {
        return jdbc.sql("""
                        select href, etag, uid, source_keys, data from calendar_object
                        where tenant_id = :t and account_id = :a and calendar_href = :c and href = :h""")
                .param("t", tenant.value()).param("a", account).param("c", calendar).param("h", href)
                .query((rs, n) -> new Stored(rs.getString(1), rs.getString(2), rs.getString(3),
                        keys(rs.getString(4)), rs.getString(5)))
                .optional();
    }

    /** Entity tags by object path, for the comparison with a server listing. */
    public Map<String, @Nullable String> etags(TenantId tenant, long account, String calendar) {
        Map<String, @Nullable String> etags = new java.util.HashMap<>();
        jdbc.sql("select href, etag from calendar_object where tenant_id = :t and account_id = :a and calendar_href = :c")
                .param("t", tenant.value()).param("a", account).param("c", calendar)
                .query(rs -> {
                    etags.put(rs.getString(1), rs.getString(2));
                });
        return etags;
    }

    /** Entity tags of the given objects only, for an incremental pass that must not read the whole calendar. */
    public Map<String, @Nullable String> etags(TenantId tenant, long account, String calendar,
                                               java.util.Collection<String> hrefs) {
        Map<String, @Nullable String> etags = new java.util.HashMap<>();
        List<String> all = List.copyOf(hrefs);
        for (int from = 0; from < all.size(); from += 500) {
            jdbc.sql("""
                            select href, etag from calendar_object
                            where tenant_id = :t and account_id = :a and calendar_href = :c and href in (:h)""")
                    .param("t", tenant.value()).param("a", account).param("c", calendar)
                    .param("h", all.subList(from, Math.min(all.size(), from + 500)))
                    .query(rs -> {
                        etags.put(rs.getString(1), rs.getString(2));
                    });
        }
        return etags;
    }

    public void save(TenantId tenant, long account, String calendar, Stored object) {
        delete(tenant, account, calendar, object.href());
        jdbc.sql("""
                        insert into calendar_object (tenant_id, account_id, calendar_href, href, etag, uid, source_keys, data)
                        values (:t, :a, :c, :h, :e, :u, :k, :d)""")
                .param("t", tenant.value()).param("a", account).param("c", calendar).param("h", object.href())
                .param("e", object.etag()).param("u", object.uid())
                .param("k", String.join("\n", object.sourceKeys().stream().sorted().toList()))
                .param("d", object.data())
                .update();
    }

    public void delete(TenantId tenant, long account, String calendar, String href) {
        jdbc.sql("delete from calendar_object where tenant_id = :t and account_id = :a and calendar_href = :c and href = :h")
                .param("t", tenant.value()).param("a", account).param("c", calendar).param("h", href).update();
    }

    /** A stored text of the meeting {@code uid} (from a synced calendar or an invitation), if any. */
    public Optional<String> textOf(TenantId tenant, String uid) {
        return jdbc.sql("""
                        select data from calendar_object
                        where tenant_id = :t and uid = :u and data is not null and calendar_href <> :r
                        order by account_id, calendar_href, href""")
                .param("t", tenant.value()).param("u", uid).param("r", REPLIES).query(String.class).list()
                .stream().findFirst();
    }

    /** The latest iMIP REPLY of each attendee to the meeting {@code uid}. */
    public List<String> repliesTo(TenantId tenant, String uid) {
        return jdbc.sql("""
                        select data from calendar_object
                        where tenant_id = :t and uid = :u and calendar_href = :r and data is not null order by href""")
                .param("t", tenant.value()).param("u", uid).param("r", REPLIES).query(String.class).list();
    }

    private static Set<String> keys(@Nullable String joined) {
        if (joined == null || joined.isEmpty()) {
            return Set.of();
        }
        return Arrays.stream(joined.split("\n")).collect(Collectors.toCollection(LinkedHashSet::new));
    }
}
