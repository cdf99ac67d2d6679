package org.crmgateway.caldav;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CollectionsIT extends CalDavServerIT {

    @Test
    void mkcalendarCreatesACalendarWithItsProperties() {
        String path = "/dav/calendars/alice/coll-work/";
        alice.mkcalendar(path, """
                <C:mkcalendar xmlns:D="DAV:" xmlns:C="urn:ietf:params:xml:ns:caldav" xmlns:I="http://apple.com/ns/ical/">
                <D:set><D:prop><D:displayname>Work</D:displayname><I:calendar-color>#FF0000FF</I:calendar-color>
                </D:prop></D:set></C:mkcalendar>""", 201);
        alice.mkcalendar(path, null, 405);
        MultiStatus.Resource calendar = alice.propfind(path, PROPS.replace("<D:owner/>",
                "<D:owner/><I:calendar-color xmlns:I=\"http://apple.com/ns/ical/\"/>"), "0", 207).multiStatus().get(path);
        assertThat(calendar.text("{DAV:}displayname")).isEqualTo("Work");
        assertThat(calendar.text("{http://apple.com/ns/ical/}calendar-color")).isEqualTo("#FF0000FF");
        assertThat(alice.propfind("/dav/calendars/alice/", PROPS, "1", 207).multiStatus().hrefs()).contains(path);
    }

    @Test
    void proppatchStoresDisplaynameColourAndAnyDeadProperty() {
        String path = newCalendar("coll-patch");
        MultiStatus answer = alice.proppatch(path, """
                <D:propertyupdate xmlns:D="DAV:" xmlns:I="http://apple.com/ns/ical/" xmlns:C="urn:ietf:params:xml:ns:caldav">
                <D:set><D:prop><D:displayname>Renamed</D:displayname><I:calendar-color>#00FF00</I:calendar-color>
                <I:calendar-order>3</I:calendar-order>
                <C:default-alarm-vevent-datetime>BEGIN:VALARM&#13;
                TRIGGER:-PT15M&#13;
                END:VALARM</C:default-alarm-vevent-datetime>
                </D:prop></D:set></D:propertyupdate>""", 207).multiStatus();
        assertThat(answer.get(path).statusOf("{http://apple.com/ns/ical/}calendar-order")).isEqualTo(200);
        String ask = """
                <D:propfind xmlns:D="DAV:" xmlns:I="http://apple.com/ns/ical/" xmlns:C="urn:ietf:params:xml:ns:caldav">
                <D:prop><D:displayname/><I:calendar-color/><I:calendar-order/><C:default-alarm-vevent-datetime/>
                </D:prop></D:propfind>""";
        MultiStatus.Resource calendar = alice.propfind(path, ask, "0", 207).multiStatus().get(path);
        assertThat(calendar.text("{DAV:}displayname")).isEqualTo("Renamed");
        assertThat(calendar.text("{http://apple.com/ns/ical/}calendar-color")).isEqualTo("#00FF00");
        assertThat(calendar.text("{http://apple.com/ns/ical/}calendar-order")).isEqualTo("3");
        assertThat(calendar.text("{urn:ietf:params:xml:ns:caldav}default-alarm-vevent-datetime"))
                .contains("TRIGGER:-PT15M");

        alice.proppatch(path, """
                <D:propertyupdate xmlns:D="DAV:" xmlns:I="http://apple.com/ns/ical/">
                <D:remove><D:prop><I:calendar-order/></D:prop></D:remove></D:propertyupdate>""", 207);
        assertThat(alice.propfind(path, ask, "0", 207).multiStatus().get(path)
                .statusOf("{http://apple.com/ns/ical/}calendar-order")).isEqualTo(404);
    }

    @Test
    void proppatchOfAProtectedPropertyChangesNothing() {
        String path = newCalendar("coll-protected");
        MultiStatus.Resource answer = alice.proppatch(path, """
                <D:propertyupdate xmlns:D="DAV:"><D:set><D:prop><D:displayname>New</D:displayname>
                <D:getetag>"x"</D:getetag></D:prop></D:set></D:propertyupdate>""", 207).multiStatus().get(path);
        assertThat(answer.statusOf("{DAV:}getetag")).isEqualTo(403);
        assertThat(answer.statusOf("{DAV:}displayname")).isEqualTo(424);
        assertThat(alice.propfind(path, PROPS, "0", 207).multiStatus().get(path).statusOf("{DAV:}displayname"))
                .isEqualTo(404);
    }

    @Test
    void extendedMkcolCreatesCalendars() {
        String path = "/dav/calendars/alice/coll-mkcol/";
        alice.request("MKCOL", path, """
                <D:mkcol xmlns:D="DAV:" xmlns:C="urn:ietf:params:xml:ns:caldav"><D:set><D:prop>
                <D:resourcetype><D:collection/><C:calendar/></D:resourcetype><D:displayname>Via MKCOL</D:displayname>
                </D:prop></D:set></D:mkcol>""", 201);
        assertThat(alice.propfind(path, PROPS, "0", 207).multiStatus().get(path).text("{DAV:}displayname"))
                .isEqualTo("Via MKCOL");
    }

    @Test
    void depthOneOnACalendarListsItsObjectsWithEtags() {
        String path = newCalendar("coll-depth");
        alice.put(path + "d1.ics", Ics.event("d1", "20261201T100000Z", "20261201T110000Z", "one"), 201);
        MultiStatus listing = alice.propfind(path, PROPS, "1", 207).multiStatus();
        assertThat(listing.hrefs()).containsExactly(path, path + "d1.ics");
        assertThat(listing.get(path + "d1.ics").text("{DAV:}getetag")).startsWith("\"");
        assertThat(alice.propfind(path + "d1.ics", PROPS, "0", 207).multiStatus().hrefs())
                .containsExactly(path + "d1.ics");
    }

    @Test
    void deletingACalendarRemovesItAndItsObjects() {
        String path = newCalendar("coll-delete");
        alice.put(path + "x.ics", Ics.event("del-x", "20261201T100000Z", "20261201T110000Z", "x"), 201);
        alice.delete(path, 204);
        alice.get(path + "x.ics", 404);
        alice.propfind(path, PROPS, "0", 404);
    }
}
