package org.crmgateway.caldav.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.crmgateway.crm.TenantId;
import org.crmgateway.crm.UserId;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The {@link CalendarStore} on the gateway's database (tables of migration V300). */
public final class JdbcCalendarStore implements CalendarStore {

    private static final String CALENDAR_COLUMNS =
            "id, tenant_id, owner_id, slug, displayname, color, timezone, components, dead_properties, sync_revision";
    private static final String INDEX_COLUMNS =
            "href, uid, etag, component, first_start, last_end, recurring, last_modified, revision, deleted";
    private static final int FETCH_SIZE = 500;

    private final JdbcClient jdbc;
    private final JdbcTemplate streaming;
    private final TransactionTemplate tx;
    private final TransactionTemplate readTx;
    private final Clock clock;

    public JdbcCalendarStore(JdbcTemplate jdbcTemplate, PlatformTransactionManager transactions, Clock clock) {
        this.jdbc = JdbcClient.create(jdbcTemplate);
        this.streaming = new JdbcTemplate(jdbcTemplate.getDataSource());
        this.streaming.setFetchSize(FETCH_SIZE);
        this.tx = new TransactionTemplate(transactions);
        this.readTx = new TransactionTemplate(transactions);
        this.readTx.setReadOnly(true);
        this.clock = clock;
    }

    @Override
    public List<CalendarCollection> calendars(TenantId tenant, UserId owner) {
        return jdbc.sql("select " + CALENDAR_COLUMNS + " from caldav_calendar where tenant_id = ? and owner_id = ?"
                        + " order by id")
                .params(tenant.value(), owner.value()).query(CALENDAR).list();
    }

    @Override
    public Optional<CalendarCollection> calendar(TenantId tenant, UserId owner, String slug) {
        return jdbc.sql("select " + CALENDAR_COLUMNS
                        + " from caldav_calendar where tenant_id = ? and owner_id = ? and slug = ?")
                .params(tenant.value(), owner.value(), slug).query(CALENDAR).optional();
    }

    @Override
    public CalendarCollection create(TenantId tenant, UserId owner, NewCalendar c) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        try {
            jdbc.sql("insert into caldav_calendar (tenant_id, owner_id, slug, displayname, color, timezone,"
                            + " components, dead_properties, sync_revision, created_at)"
                            + " values (?, ?, ?, ?, ?, ?, ?, ?, 0, ?)")
                    .params(tenant.value(), owner.value(), c.slug(), c.displayName(), c.color(), c.timezone(),
                            String.join(",", c.components()), DeadProperties.encode(c.deadProperties()), now())
                    .update(key, "id");
        } catch (DuplicateKeyException e) {
            throw new ObjectWriteException(ObjectWriteException.Reason.EXISTS, c.slug());
        }
        long id = key.getKeyAs(Number.class).longValue();
        return new CalendarCollection(id, tenant, owner, c.slug(), c.displayName(), c.color(), c.timezone(),
                c.components(), c.deadProperties(), 0);
    }

    @Override
    public void updateProperties(CalendarCollection c) {
        jdbc.sql("update caldav_calendar set displayname = ?, color = ?, timezone = ?, components = ?,"
                        + " dead_properties = ? where id = ? and tenant_id = ? and owner_id = ?")
                .params(c.displayName(), c.color(), c.timezone(), String.join(",", c.components()),
                        DeadProperties.encode(c.deadProperties()), c.id(), c.tenant().value(), c.owner().value())
                .update();
    }

    @Override
    public boolean delete(TenantId tenant, UserId owner, String slug) {
        return jdbc.sql("delete from caldav_calendar where tenant_id = ? and owner_id = ? and slug = ?")
                .params(tenant.value(), owner.value(), slug).update() > 0;
    }

    @Override
    public Optional<CalendarObject> object(CalendarCollection calendar, String href) {
        return jdbc.sql("select " + INDEX_COLUMNS + ", data from caldav_object"
                        + " where calendar_id = ? and tenant_id = ? and href = ? and deleted = false")
                .params(calendar.id(), calendar.tenant().value(), href).query(withData(true)).optional();
    }

    @Override
    public List<CalendarObject> objects(CalendarCollection calendar, Collection<String> hrefs) {
        List<String> distinct = List.copyOf(new HashSet<>(hrefs));
        List<CalendarObject> found = new ArrayList<>();
        for (int from = 0; from < distinct.size(); from += 200) {
            List<String> chunk = distinct.subList(from, Math.min(distinct.size(), from + 200));
            found.addAll(jdbc.sql("select " + INDEX_COLUMNS + ", data from caldav_object"
                            + " where calendar_id = :calendar and tenant_id = :tenant and deleted = false"
                            + " and href in (:hrefs)")
                    .param("calendar", calendar.id()).param("tenant", calendar.tenant().value())
                    .param("hrefs", chunk).query(withData(true)).list());
        }
        return found;
    }

    @Override
    public void forEach(CalendarCollection calendar, ObjectQuery query, Consumer<CalendarObject> consumer) {
        String sql = "select " + INDEX_COLUMNS + (query.withData() ? ", data" : "")
                + " from caldav_object where calendar_id = ? and tenant_id = ? and deleted = false"
                + " and first_start < ? and (last_end > ? or first_start >= ?)"
                + (query.component() == null ? "" : " and component = ?");
        List<Object> args = new ArrayList<>(Arrays.asList(calendar.id(), calendar.tenant().value(), query.end(),
                query.start(), query.start()));
        if (query.component() != null) {
            args.add(query.component());
        }
        RowMapper<CalendarObject> mapper = withData(query.withData());
        readTx.executeWithoutResult(status -> streaming.query(sql,
                (RowCallbackHandler) rs -> consumer.accept(mapper.mapRow(rs, 0)), args.toArray()));
    }

    @Override
    public WriteResult put(CalendarCollection calendar, ObjectWrite write, Precondition precondition) {
        return tx.execute(status -> {
            long revision = bump(calendar, write.href());
            Optional<CalendarObject> existing = jdbc.sql("select " + INDEX_COLUMNS
                            + " from caldav_object where calendar_id = ? and href = ?")
                    .params(calendar.id(), write.href()).query(withData(false)).optional();
            String currentEtag = existing.filter(o -> !o.deleted()).map(CalendarObject::etag).orElse(null);
            if (!precondition.allows(currentEtag)) {
                throw new ObjectWriteException(ObjectWriteException.Reason.PRECONDITION_FAILED, write.href());
            }
            jdbc.sql("select href from caldav_object where calendar_id = ? and uid = ? and deleted = false"
                            + " and href <> ?")
                    .params(calendar.id(), write.uid(), write.href()).query(String.class).optional()
                    .ifPresent(other -> {
                        throw new ObjectWriteException(ObjectWriteException.Reason.UID_CONFLICT, other);
                    });
            String etag = ETag.of(write.data());
            ObjectIndex index = write.index();
            if (existing.isPresent()) {
                jdbc.sql("update caldav_object set uid = ?, etag = ?, component = ?, data = ?, first_start = ?,"
                                + " last_end = ?, recurring = ?, last_modified = ?, revision = ?, deleted = false"
                                + " where calendar_id = ? and href = ?")
                        .params(write.uid(), etag, write.component(), write.data(), index.firstStart(),
                                index.lastEnd(), index.recurring(), now(), revision, calendar.id(), write.href())
                        .update();
            } else {
                jdbc.sql("insert into caldav_object (tenant_id, calendar_id, href, uid, etag, component, data,"
                                + " first_start, last_end, recurring, last_modified, revision, deleted)"
                                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, false)")
                        .params(calendar.tenant().value(), calendar.id(), write.href(), write.uid(), etag,
                                write.component(), write.data(), index.firstStart(), index.lastEnd(),
                                index.recurring(), now(), revision)
                        .update();
            }
            return new WriteResult(etag, revision, currentEtag == null);
        });
    }

    @Override
    public WriteResult delete(CalendarCollection calendar, String href, Precondition precondition) {
        return tx.execute(status -> {
            long revision = bump(calendar, href);
            String etag = jdbc.sql("select etag from caldav_object where calendar_id = ? and href = ?"
                            + " and deleted = false")
                    .params(calendar.id(), href).query(String.class).optional()
                    .orElseThrow(() -> new ObjectWriteException(ObjectWriteException.Reason.NOT_FOUND, href));
            if (!precondition.allows(etag)) {
                throw new ObjectWriteException(ObjectWriteException.Reason.PRECONDITION_FAILED, href);
            }
            jdbc.sql("update caldav_object set data = null, deleted = true, revision = ?, last_modified = ?"
                            + " where calendar_id = ? and href = ?")
                    .params(revision, now(), calendar.id(), href).update();
            return new WriteResult("", revision, false);
        });
    }

    @Override
    public long revision(CalendarCollection calendar) {
        return jdbc.sql("select sync_revision from caldav_calendar where id = ? and tenant_id = ? and owner_id = ?")
                .params(calendar.id(), calendar.tenant().value(), calendar.owner().value())
                .query(Long.class).optional()
                .orElseThrow(() -> new ObjectWriteException(ObjectWriteException.Reason.NOT_FOUND, calendar.slug()));
    }

    @Override
    public long changes(CalendarCollection calendar, long sinceRevision, Consumer<CalendarObject> consumer) {
        return readTx.execute(status -> {
            long revision = revision(calendar);
            if (sinceRevision > revision || sinceRevision < 0) {
                throw new IllegalArgumentException("Revision %d unknown".formatted(sinceRevision));
            }
            RowMapper<CalendarObject> mapper = withData(false);
            streaming.query("select " + INDEX_COLUMNS + " from caldav_object where calendar_id = ?"
                            + " and tenant_id = ? and revision > ? and revision <= ? order by revision",
                    (RowCallbackHandler) rs -> consumer.accept(mapper.mapRow(rs, 0)),
                    calendar.id(), calendar.tenant().value(), sinceRevision, revision);
            return revision;
        });
    }

    /** Takes the calendar's row lock for the rest of the transaction and returns the next revision. */
    private long bump(CalendarCollection calendar, String href) {
        int updated = jdbc.sql("update caldav_calendar set sync_revision = sync_revision + 1"
                        + " where id = ? and tenant_id = ? and owner_id = ?")
                .params(calendar.id(), calendar.tenant().value(), calendar.owner().value()).update();
        if (updated == 0) {
            throw new ObjectWriteException(ObjectWriteException.Reason.NOT_FOUND, href);
        }
        return revision(calendar);
    }

    private OffsetDateTime now() {
        return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    private static final RowMapper<CalendarCollection> CALENDAR = (rs, n) -> new CalendarCollection(
            rs.getLong("id"), TenantId.of(rs.getLong("tenant_id")), UserId.of(rs.getLong("owner_id")),
            rs.getString("slug"), rs.getString("displayname"), rs.getString("color"), rs.getString("timezone"),
            new HashSet<>(Arrays.asList(rs.getString("components").split(","))),
            DeadProperties.decode(rs.getString("dead_properties")), rs.getLong("sync_revision"));

    private static RowMapper<CalendarObject> withData(boolean data) {
        return (rs, n) -> object(rs, data);
    }

    private static CalendarObject object(ResultSet rs, boolean data) throws SQLException {
        return new CalendarObject(rs.getString("href"), rs.getString("uid"), rs.getString("etag"),
                rs.getString("component"), data ? rs.getString("data") : null,
                new ObjectIndex(rs.getLong("first_start"), rs.getLong("last_end"), rs.getBoolean("recurring")),
                rs.getObject("last_modified", OffsetDateTime.class).toInstant(), rs.getLong("revision"),
                rs.getBoolean("deleted"));
    }
}
