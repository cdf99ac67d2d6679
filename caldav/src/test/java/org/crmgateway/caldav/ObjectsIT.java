package org.crmgateway.caldav;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ObjectsIT extends CalDavServerIT {

    @Test
    void storesAndReturnsTheTextByteForByteWithAStrongEtag() {
        String cal = newCalendar("objects-bytes");
        String ics = Ics.event("bytes-1", "20261201T100000Z", "20261201T110000Z", "Grüße; with \\, escapes")
                .replace("PRODID", "X-ODD-CASE;x-param=1:keep me\r\nPRODID");
        DavClient.Answer put = alice.put(cal + "bytes-1.ics", ics, 201);
        String etag = put.header("ETag").orElseThrow();
        assertThat(etag).startsWith("\"").doesNotStartWith("W/");
        DavClient.Answer get = alice.get(cal + "bytes-1.ics", 200);
        assertThat(get.body()).isEqualTo(ics);
        assertThat(get.header("ETag")).contains(etag);
        assertThat(get.header("Content-Type").orElseThrow()).startsWith("text/calendar");
        alice.get(cal + "bytes-1.ics", 304, "If-None-Match", etag);
        assertThat(alice.request("HEAD", cal + "bytes-1.ics", null, 200).header("ETag")).contains(etag);
    }

    @Test
    void conflictingUpdateIsRefusedWith412AndNothingIsLost() {
        String cal = newCalendar("objects-412");
        String path = cal + "meeting.ics";
        String first = alice.put(path, Ics.event("lost-1", "20261201T100000Z", "20261201T110000Z", "v1"), 201)
                .header("ETag").orElseThrow();
        // Two clients read version 1; the first saves version 2.
        String second = alice.put(path, Ics.event("lost-1", "20261201T100000Z", "20261201T110000Z", "v2"), 204,
                "If-Match", first).header("ETag").orElseThrow();
        // The second client still holds version 1's ETag: its update must not overwrite version 2.
        alice.put(path, Ics.event("lost-1", "20261201T100000Z", "20261201T110000Z", "v3"), 412, "If-Match", first);
        assertThat(alice.get(path, 200).body()).contains("SUMMARY:v2");
        assertThat(alice.get(path, 200).header("ETag")).contains(second);
        alice.delete(path, 412, "If-Match", first);
        alice.delete(path, 204, "If-Match", second);
        alice.get(path, 404);
    }

    @Test
    void ifNoneMatchStarRefusesToOverwrite() {
        String cal = newCalendar("objects-inm");
        alice.put(cal + "a.ics", Ics.event("inm-1", "20261201T100000Z", "20261201T110000Z", "a"), 201,
                "If-None-Match", "*");
        alice.put(cal + "a.ics", Ics.event("inm-1", "20261201T100000Z", "20261201T110000Z", "b"), 412,
                "If-None-Match", "*");
        alice.put(cal + "new.ics", Ics.event("inm-2", "20261201T100000Z", "20261201T110000Z", "b"), 412,
                "If-Match", "\"nope\"");
    }

    @Test
    void invalidCalendarDataIsRefusedWithItsPrecondition() {
        String cal = newCalendar("objects-invalid");
        assertThat(alice.put(cal + "bad.ics", "this is not iCalendar", 403).body()).contains("valid-calendar-data");
        String twoUids = Ics.event("u1", "20261201T100000Z", "20261201T110000Z", "a")
                .replace("END:VCALENDAR", Ics.event("u2", "20261201T100000Z", "20261201T110000Z", "b")
                        .substring(Ics.event("u2", "20261201T100000Z", "20261201T110000Z", "b").indexOf("BEGIN:VEVENT")));
        assertThat(alice.put(cal + "two.ics", twoUids, 403).body()).contains("valid-calendar-data");
    }

    @Test
    void componentsTheCalendarDoesNotAcceptAreRefused() {
        String path = "/dav/calendars/alice/objects-events-only/";
        alice.mkcalendar(path, """
                <C:mkcalendar xmlns:D="DAV:" xmlns:C="urn:ietf:params:xml:ns:caldav"><D:set><D:prop>
                <C:supported-calendar-component-set><C:comp name="VEVENT"/></C:supported-calendar-component-set>
                </D:prop></D:set></C:mkcalendar>""", 201);
        assertThat(alice.put(path + "todo.ics", Ics.todo("todo-1", "task"), 403).body())
                .contains("supported-calendar-component");
    }

    @Test
    void aUidLivesInOneObjectOnly() {
        String cal = newCalendar("objects-uid");
        alice.put(cal + "one.ics", Ics.event("same-uid", "20261201T100000Z", "20261201T110000Z", "a"), 201);
        String body = alice.put(cal + "two.ics", Ics.event("same-uid", "20261201T100000Z", "20261201T110000Z", "b"),
                403).body();
        assertThat(body).contains("no-uid-conflict").contains(cal + "one.ics");
    }

    @Test
    void putIntoAMissingCalendarIsAConflict() {
        alice.put("/dav/calendars/alice/nowhere/x.ics", Ics.event("x", "20261201T100000Z", "20261201T110000Z", "x"),
                409);
    }

    @Test
    void oversizedBodiesAreRefused() {
        String huge = "X".repeat(11 * 1024 * 1024);
        assertThat(alice.put("/dav/calendars/alice/default/huge.ics", huge, -1).status()).isIn(413, 403);
    }
}
