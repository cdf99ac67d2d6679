package org.crmgateway.caldav.store;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.crmgateway.crm.TenantId;
import org.crmgateway.crm.UserId;

/** A {@link CalendarStore} in memory, for tests and for trying the server without a database. */
public final class InMemoryCalendarStore implements CalendarStore {

    private final Clock clock;
    private final Map<Long, CalendarCollection> calendars = new LinkedHashMap<>();
    private final Map<Long, Map<String, CalendarObject>> objects = new HashMap<>();
    private long nextId = 1;

    public InMemoryCalendarStore(Clock clock) {
        this.clock = clock;
    }

    @Override
    public synchronized List<CalendarCollection> calendars(TenantId tenant, UserId owner) {
        return calendars.values().stream()
                .filter(c -> c.tenant().equals(tenant) && c.owner().equals(owner))
                .map(this::current)
                .toList();
    }

    @Override
    public synchronized Optional<CalendarCollection> calendar(TenantId tenant, UserId owner, String slug) {
        return calendars(tenant, owner).stream().filter(c -> c.slug().equals(slug)).findFirst();
    }

    @Override
    public synchronized CalendarCollection create(TenantId tenant, UserId owner, NewCalendar c) {
        if (calendar(tenant, owner, c.slug()).isPresent()) {
            throw new ObjectWriteException(ObjectWriteException.Reason.EXISTS, c.slug());
        }
        CalendarCollection created = new CalendarCollection(nextId++, tenant, owner, c.slug(), c.displayName(),
                c.color(), c.timezone(), c.components(), c.deadProperties(), 0);
        calendars.put(created.id(), created);
        objects.put(created.id(), new LinkedHashMap<>());
        return created;
    }

    @Override
    public synchronized void updateProperties(CalendarCollection updated) {
        CalendarCollection old = owned(updated);
        calendars.put(old.id(), new CalendarCollection(old.id(), old.tenant(), old.owner(), old.slug(),
                updated.displayName(), updated.color(), updated.timezone(), updated.components(),
                updated.deadProperties(), old.syncRevision()));
    }

    @Override
    public synchronized boolean delete(TenantId tenant, UserId owner, String slug) {
        Optional<CalendarCollection> found = calendar(tenant, owner, slug);
        found.ifPresent(c -> {
            calendars.remove(c.id());
            objects.remove(c.id());
        });
        return found.isPresent();
    }

    @Override
    public synchronized Optional<CalendarObject> object(CalendarCollection calendar, String href) {
        return Optional.ofNullable(objectsOf(calendar).get(href)).filter(o -> !o.deleted());
    }

    @Override
    public synchronized List<CalendarObject> objects(CalendarCollection calendar, Collection<String> hrefs) {
        Map<String, CalendarObject> all = objectsOf(calendar);
        return hrefs.stream().distinct().map(all::get).filter(o -> o != null && !o.deleted()).toList();
    }

    @Override
    public void forEach(CalendarCollection calendar, ObjectQuery query, Consumer<CalendarObject> consumer) {
        List<CalendarObject> matching;
        synchronized (this) {
            matching = objectsOf(calendar).values().stream().filter(query::matches)
                    .map(o -> query.withData() ? o : withoutData(o)).toList();
        }
        matching.forEach(consumer);
    }

    @Override
    public synchronized WriteResult put(CalendarCollection calendar, ObjectWrite write, Precondition precondition) {
        Map<String, CalendarObject> all = objectsOf(calendar);
        CalendarObject existing = all.get(write.href());
        String currentEtag = existing == null || existing.deleted() ? null : existing.etag();
        if (!precondition.allows(currentEtag)) {
            throw new ObjectWriteException(ObjectWriteException.Reason.PRECONDITION_FAILED, write.href());
        }
        for (CalendarObject other : all.values()) {
            if (!other.deleted() && other.uid().equals(write.uid()) && !other.href().equals(write.href())) {
                throw new ObjectWriteException(ObjectWriteException.Reason.UID_CONFLICT, other.href());
            }
        }
        long revision = bump(calendar);
        String etag = ETag.of(write.data());
        all.put(write.href(), new CalendarObject(write.href(), write.uid(), etag, write.component(), write.data(),
                write.index(), clock.instant(), revision, false));
        return new WriteResult(etag, revision, currentEtag == null);
    }

    @Override
    public synchronized WriteResult delete(CalendarCollection calendar, String href, Precondition precondition) {
        Map<String, CalendarObject> all = objectsOf(calendar);
        CalendarObject existing = all.get(href);
        if (existing == null || existing.deleted()) {
            throw new ObjectWriteException(ObjectWriteException.Reason.NOT_FOUND, href);
        }
        if (!precondition.allows(existing.etag())) {
            throw new ObjectWriteException(ObjectWriteException.Reason.PRECONDITION_FAILED, href);
        }
        long revision = bump(calendar);
        all.put(href, new CalendarObject(href, existing.uid(), existing.etag(), existing.component(), null,
                existing.index(), clock.instant(), revision, true));
        return new WriteResult("", revision, false);
    }

    @Override
    public synchronized long revision(CalendarCollection calendar) {
        return owned(calendar).syncRevision();
    }

    @Override
    public long changes(CalendarCollection calendar, long sinceRevision, Consumer<CalendarObject> consumer) {
        long revision;
        List<CalendarObject> changed = new ArrayList<>();
        synchronized (this) {
            revision = revision(calendar);
            if (sinceRevision > revision || sinceRevision < 0) {
                throw new IllegalArgumentException("Revision %d unknown".formatted(sinceRevision));
            }
            for (CalendarObject o : objectsOf(calendar).values()) {
                if (o.revision() > sinceRevision) {
                    changed.add(withoutData(o));
                }
            }
        }
        changed.sort(Comparator.comparingLong(CalendarObject::revision));
        changed.forEach(consumer);
        return revision;
    }

    private long bump(CalendarCollection calendar) {
        CalendarCollection c = owned(calendar);
        long revision = c.syncRevision() + 1;
        calendars.put(c.id(), new CalendarCollection(c.id(), c.tenant(), c.owner(), c.slug(), c.displayName(),
                c.color(), c.timezone(), c.components(), c.deadProperties(), revision));
        return revision;
    }

    private CalendarCollection current(CalendarCollection c) {
        return calendars.get(c.id());
    }

    private CalendarCollection owned(CalendarCollection calendar) {
        CalendarCollection c = calendars.get(calendar.id());
        if (c == null || !c.tenant().equals(calendar.tenant()) || !c.owner().equals(calendar.owner())) {
            throw new ObjectWriteException(ObjectWriteException.Reason.NOT_FOUND, calendar.slug());
        }
        return c;
    }

    /** The calendar's objects; none when the calendar is not the caller's (reads find nothing, writes fail in bump). */
    private Map<String, CalendarObject> objectsOf(CalendarCollection calendar) {
        CalendarCollection c = calendars.get(calendar.id());
        if (c == null || !c.tenant().equals(calendar.tenant()) || !c.owner().equals(calendar.owner())) {
            return new HashMap<>();
        }
        return objects.get(calendar.id());
    }

    private static CalendarObject withoutData(CalendarObject o) {
        return new CalendarObject(o.href(), o.uid(), o.etag(), o.component(), null, o.index(), o.lastModified(),
                o.revision(), o.deleted());
    }

}
