package org.crmgateway.calendarsync.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.crmgateway.calendarsync.testing.RadicaleServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The client against a real Radicale. */
class CalDavClientIT {
    private static RadicaleServer radicale;
    private static CalDavClient client;

    @BeforeAll
    static void startRadicale() {
        assumeTrue(RadicaleServer.installed() || RadicaleServer.peersRequired(),
                "radicale is not installed (Debian package radicale)");
        radicale = RadicaleServer.start();
        client = new CalDavClient(CalDavClient.newHttpClient(Duration.ofSeconds(5)), RadicaleServer.USER,
                RadicaleServer.PASSWORD, Duration.ofSeconds(30));
    }

    @AfterAll
    static void stopRadicale() {
        if (radicale != null) {
            radicale.close();
        }
    }

    static String event(String uid, String summary) {
        return "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\nBEGIN:VEVENT\r\nUID:" + uid
                + "\r\nDTSTAMP:20260101T000000Z\r\nDTSTART:20260301T090000Z\r\nDTEND:20260301T100000Z\r\nSUMMARY:"
                + summary + "\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
    }

    @Test
    void discoversTheEventCalendarsFromTheServerRoot() {
        URI work = radicale.mkcalendar("work");
        radicale.mkTaskList("tasks");

        List<CalendarCollection> calendars = client.discover(radicale.root());

        assertThat(calendars).extracting(CalendarCollection::href).contains(work.getRawPath())
                .doesNotContain("/alice/tasks/");
        assertThat(calendars).filteredOn(c -> c.href().equals(work.getRawPath())).singleElement()
                .satisfies(c -> {
                    assertThat(c.syncCollection()).isTrue();
                    assertThat(c.displayName()).isEqualTo("work");
                });
        assertThat(client.describe(work).ctag()).isNotBlank();
    }

    @Test
    void refusesAWrongPasswordInWords() {
        CalDavClient wrong = new CalDavClient(CalDavClient.newHttpClient(Duration.ofSeconds(5)), RadicaleServer.USER,
                "wrong", Duration.ofSeconds(30));

        assertThatThrownBy(() -> wrong.discover(radicale.root())).isInstanceOf(CalDavException.class)
                .hasMessage("The calendar server did not accept the user name or password");
    }

    @Test
    void reportsChangesAndDeletionsSinceAToken() {
        URI cal = radicale.mkcalendar("changes");
        radicale.put(cal, "a.ics", event("a", "A"));
        radicale.put(cal, "b.ics", event("b", "B"));

        SyncChanges first = client.syncCollection(cal, null);
        assertThat(first.changed()).extracting(ObjectRef::href)
                .containsExactlyInAnyOrder(cal.getRawPath() + "a.ics", cal.getRawPath() + "b.ics");

        radicale.put(cal, "a.ics", event("a", "A2"));
        radicale.put(cal, "c.ics", event("c", "C"));
        radicale.delete(cal, "b.ics");
        SyncChanges next = client.syncCollection(cal, first.token());

        assertThat(next.changed()).extracting(ObjectRef::href)
                .containsExactlyInAnyOrder(cal.getRawPath() + "a.ics", cal.getRawPath() + "c.ics");
        assertThat(next.deleted()).containsExactly(cal.getRawPath() + "b.ics");
        assertThat(next.token()).isNotEqualTo(first.token());
    }

    @Test
    void saysWhenTheServerForgotTheToken() {
        URI cal = radicale.mkcalendar("forgetful");
        radicale.put(cal, "a.ics", event("a", "A"));
        String token = client.syncCollection(cal, null).token();
        radicale.put(cal, "b.ics", event("b", "B"));
        radicale.forgetSyncTokens();

        assertThatThrownBy(() -> client.syncCollection(cal, token)).isInstanceOf(InvalidSyncTokenException.class);
    }

    @Test
    void listsEtagsAndFetchesObjectsWithMultiget() {
        URI cal = radicale.mkcalendar("listing");
        radicale.put(cal, "a.ics", event("a", "A"));
        radicale.put(cal, "b.ics", event("b", "B"));

        List<ObjectRef> refs = client.listObjects(cal);
        List<CalendarObject> objects = client.multiget(cal, List.of(refs.getFirst().href(), cal.getRawPath() + "gone.ics"));

        assertThat(refs).hasSize(2).allSatisfy(r -> assertThat(r.etag()).isNotBlank());
        assertThat(objects).singleElement().satisfies(o -> {
            assertThat(o.href()).isEqualTo(refs.getFirst().href());
            assertThat(o.etag()).isEqualTo(refs.getFirst().etag());
            assertThat(o.data()).contains("BEGIN:VEVENT");
        });
        assertThat(client.queryAllEvents(cal)).hasSize(2);
    }
}
