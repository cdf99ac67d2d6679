package org.crmgateway.caldav.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.crmgateway.crm.TenantId;
import org.crmgateway.crm.UserId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link CalendarStore} guarantees; run against memory and JDBC (James-style contract test). */
abstract class CalendarStoreContract {
    static final TenantId T1 = TenantId.of(1);
    static final TenantId T2 = TenantId.of(2);
    static final UserId ALICE = UserId.of(11);
    static final UserId BOB = UserId.of(12);

    CalendarStore store;

    abstract CalendarStore provideStore();

    @BeforeEach
    void setUp() {
        store = provideStore();
    }

    static ObjectWrite write(String href, String uid, String data, long start, long end) {
        return new ObjectWrite(href, uid, "VEVENT", data, new ObjectIndex(start, end, false));
    }

    @Test
    void createsAndFindsCalendarsPerOwner() {
        CalendarCollection work = store.create(T1, ALICE, new NewCalendar("work", "Work", "#FF0000", null,
                Set.of("VEVENT"), Map.of("{urn:x}order", "<order xmlns=\"urn:x\">1</order>")));
        assertThat(store.calendar(T1, ALICE, "work")).contains(work);
        assertThat(store.calendar(T1, BOB, "work")).isEmpty();
        assertThat(store.calendar(T2, ALICE, "work")).isEmpty();
        assertThat(store.calendars(T1, ALICE)).containsExactly(work);
        assertThat(work.deadProperties()).containsEntry("{urn:x}order", "<order xmlns=\"urn:x\">1</order>");
        assertThatThrownBy(() -> store.create(T1, ALICE, NewCalendar.named("work", null)))
                .isInstanceOf(ObjectWriteException.class)
                .extracting(e -> ((ObjectWriteException) e).reason()).isEqualTo(ObjectWriteException.Reason.EXISTS);
    }

    @Test
    void updatesPropertiesOfACalendar() {
        CalendarCollection c = store.create(T1, ALICE, NewCalendar.named("props", "Old"));
        store.updateProperties(new CalendarCollection(c.id(), c.tenant(), c.owner(), c.slug(), "New", "#00FF00",
                "BEGIN:VCALENDAR", c.components(), Map.of("{urn:x}a", "<a xmlns=\"urn:x\">b</a>"), 0));
        CalendarCollection read = store.calendar(T1, ALICE, "props").orElseThrow();
        assertThat(read.displayName()).isEqualTo("New");
        assertThat(read.color()).isEqualTo("#00FF00");
        assertThat(read.timezone()).isEqualTo("BEGIN:VCALENDAR");
        assertThat(read.deadProperties()).containsOnlyKeys("{urn:x}a");
    }

    @Test
    void putStoresTheTextAsGivenAndAdvancesTheRevision() {
        CalendarCollection c = store.create(T1, ALICE, NewCalendar.named("put", null));
        String text = "BEGIN:VCALENDAR\r\nX-WEIRD;A=1:é\r\nEND:VCALENDAR\r\n";
        WriteResult first = store.put(c, write("a.ics", "a", text, 0, 10), Precondition.NONE);
        assertThat(first.created()).isTrue();
        assertThat(first.etag()).isEqualTo(ETag.of(text));
        CalendarObject read = store.object(c, "a.ics").orElseThrow();
        assertThat(read.data()).isEqualTo(text);
        assertThat(read.revision()).isEqualTo(first.revision());
        WriteResult second = store.put(c, write("a.ics", "a", text + " ", 0, 10), Precondition.NONE);
        assertThat(second.created()).isFalse();
        assertThat(second.revision()).isGreaterThan(first.revision());
        assertThat(store.revision(c)).isEqualTo(second.revision());
    }

    @Test
    void preconditionsAreCheckedInsideTheWrite() {
        CalendarCollection c = store.create(T1, ALICE, NewCalendar.named("pre", null));
        String etag = store.put(c, write("a.ics", "a", "v1", 0, 10), new Precondition(null, true)).etag();
        assertThatThrownBy(() -> store.put(c, write("a.ics", "a", "v2", 0, 10), new Precondition(null, true)))
                .isInstanceOf(ObjectWriteException.class);
        assertThatThrownBy(() -> store.put(c, write("a.ics", "a", "v2", 0, 10), new Precondition("\"old\"", false)))
                .isInstanceOf(ObjectWriteException.class);
        long before = store.revision(c);
        store.put(c, write("a.ics", "a", "v2", 0, 10), new Precondition(etag, false));
        assertThat(store.object(c, "a.ics").orElseThrow().data()).isEqualTo("v2");
        assertThat(store.revision(c)).isEqualTo(before + 1);
        assertThatThrownBy(() -> store.delete(c, "a.ics", new Precondition(etag, false)))
                .isInstanceOf(ObjectWriteException.class);
        assertThat(store.object(c, "a.ics")).isPresent();
    }

    @Test
    void aUidMayLiveInOneObjectOfACalendar() {
        CalendarCollection c = store.create(T1, ALICE, NewCalendar.named("uid", null));
        CalendarCollection other = store.create(T1, ALICE, NewCalendar.named("uid-other", null));
        store.put(c, write("a.ics", "same", "x", 0, 1), Precondition.NONE);
        assertThatThrownBy(() -> store.put(c, write("b.ics", "same", "y", 0, 1), Precondition.NONE))
                .isInstanceOfSatisfying(ObjectWriteException.class, e -> {
                    assertThat(e.reason()).isEqualTo(ObjectWriteException.Reason.UID_CONFLICT);
                    assertThat(e.href()).isEqualTo("a.ics");
                });
        store.put(other, write("b.ics", "same", "y", 0, 1), Precondition.NONE);
        store.delete(c, "a.ics", Precondition.NONE);
        store.put(c, write("b.ics", "same", "y", 0, 1), Precondition.NONE);
    }

    @Test
    void queriesFilterByComponentAndTimeRange() {
        CalendarCollection c = store.create(T1, ALICE, NewCalendar.named("query", null));
        store.put(c, write("early.ics", "e", "e", 0, 100), Precondition.NONE);
        store.put(c, write("late.ics", "l", "l", 1000, 1100), Precondition.NONE);
        store.put(c, new ObjectWrite("forever.ics", "f", "VEVENT", "f", new ObjectIndex(50, Long.MAX_VALUE, true)),
                Precondition.NONE);
        store.put(c, new ObjectWrite("todo.ics", "t", "VTODO", "t", ObjectIndex.UNBOUNDED), Precondition.NONE);
        store.put(c, write("instant.ics", "i", "i", 500, 500), Precondition.NONE);
        assertThat(hrefs(c, new ObjectQuery("VEVENT", 900, 2000, false)))
                .containsExactlyInAnyOrder("late.ics", "forever.ics");
        assertThat(hrefs(c, new ObjectQuery("VEVENT", 100, 500, false))).containsExactly("forever.ics");
        assertThat(hrefs(c, new ObjectQuery("VEVENT", 500, 501, false)))
                .containsExactlyInAnyOrder("forever.ics", "instant.ics");
        assertThat(hrefs(c, new ObjectQuery(null, 0, 10, false)))
                .containsExactlyInAnyOrder("early.ics", "todo.ics");
        assertThat(hrefs(c, ObjectQuery.all(true))).hasSize(5);
        List<CalendarObject> noData = new ArrayList<>();
        store.forEach(c, ObjectQuery.all(false), noData::add);
        assertThat(noData).allMatch(o -> o.data() == null);
    }

    @Test
    void multigetReturnsOnlyLiveObjectsOfTheCalendar() {
        CalendarCollection c = store.create(T1, ALICE, NewCalendar.named("multi", null));
        CalendarCollection bobs = store.create(T1, BOB, NewCalendar.named("multi", null));
        store.put(c, write("a.ics", "a", "a", 0, 1), Precondition.NONE);
        store.put(c, write("b.ics", "b", "b", 0, 1), Precondition.NONE);
        store.put(bobs, write("c.ics", "c", "c", 0, 1), Precondition.NONE);
        store.delete(c, "b.ics", Precondition.NONE);
        assertThat(store.objects(c, List.of("a.ics", "b.ics", "c.ics", "a.ics")))
                .extracting(CalendarObject::href).containsExactly("a.ics");
    }

    @Test
    void changesListWritesAndTombstonesSinceARevision() {
        CalendarCollection c = store.create(T1, ALICE, NewCalendar.named("changes", null));
        store.put(c, write("a.ics", "a", "a", 0, 1), Precondition.NONE);
        long token = store.revision(c);
        store.put(c, write("b.ics", "b", "b", 0, 1), Precondition.NONE);
        store.delete(c, "a.ics", Precondition.NONE);
        List<CalendarObject> changed = new ArrayList<>();
        long now = store.changes(c, token, changed::add);
        assertThat(now).isEqualTo(token + 2);
        assertThat(changed).extracting(CalendarObject::href).containsExactly("b.ics", "a.ics");
        assertThat(changed.get(1).deleted()).isTrue();
        assertThat(changed.get(1).uid()).isEqualTo("a");
        List<CalendarObject> none = new ArrayList<>();
        assertThat(store.changes(c, now, none::add)).isEqualTo(now);
        assertThat(none).isEmpty();
        assertThatThrownBy(() -> store.changes(c, now + 1, o -> { }))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void nothingIsReachableThroughAnotherTenantsOrOwnersCalendar() {
        CalendarCollection c = store.create(T1, ALICE, NewCalendar.named("iso", null));
        store.put(c, write("a.ics", "a", "a", 0, 1), Precondition.NONE);
        CalendarCollection forged = new CalendarCollection(c.id(), T2, ALICE, c.slug(), null, null, null,
                c.components(), Map.of(), 0);
        assertThat(store.object(forged, "a.ics")).isEmpty();
        assertThat(store.objects(forged, List.of("a.ics"))).isEmpty();
        List<CalendarObject> seen = new ArrayList<>();
        store.forEach(forged, ObjectQuery.all(true), seen::add);
        assertThat(seen).isEmpty();
        assertThatThrownBy(() -> store.put(forged, write("b.ics", "b", "b", 0, 1), Precondition.NONE))
                .isInstanceOf(ObjectWriteException.class);
        assertThat(store.delete(T2, ALICE, "iso")).isFalse();
        assertThat(store.delete(T1, BOB, "iso")).isFalse();
        assertThat(store.delete(T1, ALICE, "iso")).isTrue();
        assertThat(store.calendar(T1, ALICE, "iso")).isEmpty();
    }

    private List<String> hrefs(CalendarCollection c, ObjectQuery query) {
        List<String> hrefs = new ArrayList<>();
        store.forEach(c, query, o -> hrefs.add(o.href()));
        return hrefs;
    }
}
