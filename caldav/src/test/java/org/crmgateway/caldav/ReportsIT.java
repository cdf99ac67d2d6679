package org.crmgateway.caldav;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReportsIT extends CalDavServerIT {

    static String query(String filter) {
        return """
                <C:calendar-query xmlns:D="DAV:" xmlns:C="urn:ietf:params:xml:ns:caldav">
                  <D:prop><D:getetag/><C:calendar-data/></D:prop>
                  <C:filter><C:comp-filter name="VCALENDAR">%s</C:comp-filter></C:filter>
                </C:calendar-query>""".formatted(filter);
    }

    static String range(String component, String start, String end) {
        return "<C:comp-filter name=\"%s\"><C:time-range start=\"%s\" end=\"%s\"/></C:comp-filter>"
                .formatted(component, start, end);
    }

    @Test
    void timeRangeQueryExpandsRecurrences() {
        String cal = newCalendar("reports-range");
        alice.put(cal + "single.ics", Ics.event("single", "20261201T100000Z", "20261201T110000Z", "single"), 201);
        alice.put(cal + "weekly.ics", Ics.weekly("weekly", "20260105T090000Z", "20260105T100000Z", "", "weekly"), 201);
        alice.put(cal + "until.ics", Ics.weekly("until", "20260105T090000Z", "20260105T100000Z",
                ";UNTIL=20260301T000000Z", "until"), 201);
        alice.put(cal + "todo.ics", Ics.todo("todo", "a task"), 201);

        MultiStatus december = alice.report(cal, query(range("VEVENT", "20261201T000000Z", "20270101T000000Z")),
                "1", 207).multiStatus();
        assertThat(december.hrefs()).containsExactlyInAnyOrder(cal + "single.ics", cal + "weekly.ics");
        assertThat(december.get(cal + "single.ics").text("{urn:ietf:params:xml:ns:caldav}calendar-data"))
                .contains("UID:single");

        // Monday 2026-06-01 09:00 is an occurrence of weekly; 10:00 to 11:00 lies between occurrences.
        assertThat(alice.report(cal, query(range("VEVENT", "20260601T091500Z", "20260601T093000Z")), "1", 207)
                .multiStatus().hrefs()).containsExactly(cal + "weekly.ics");
        assertThat(alice.report(cal, query(range("VEVENT", "20260601T100000Z", "20260601T110000Z")), "1", 207)
                .multiStatus().hrefs()).isEmpty();
        assertThat(alice.report(cal, query(range("VEVENT", "20260202T090000Z", "20260202T093000Z")), "1", 207)
                .multiStatus().hrefs()).containsExactlyInAnyOrder(cal + "weekly.ics", cal + "until.ics");
    }

    @Test
    void exdatesAndOverriddenInstancesAreHonoured() {
        String cal = newCalendar("reports-exdate");
        String ics = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//EN\r\nBEGIN:VEVENT\r\nUID:ex\r\n"
                + "DTSTAMP:20260101T000000Z\r\nDTSTART:20260105T090000Z\r\nDTEND:20260105T100000Z\r\n"
                + "RRULE:FREQ=WEEKLY;COUNT=10\r\nEXDATE:20260112T090000Z\r\nSUMMARY:series\r\nEND:VEVENT\r\n"
                + "BEGIN:VEVENT\r\nUID:ex\r\nDTSTAMP:20260101T000000Z\r\nRECURRENCE-ID:20260119T090000Z\r\n"
                + "DTSTART:20260120T150000Z\r\nDTEND:20260120T160000Z\r\nSUMMARY:moved\r\nEND:VEVENT\r\n"
                + "END:VCALENDAR\r\n";
        alice.put(cal + "ex.ics", ics, 201);
        assertThat(alice.report(cal, query(range("VEVENT", "20260112T000000Z", "20260113T000000Z")), "1", 207)
                .multiStatus().hrefs()).isEmpty();
        assertThat(alice.report(cal, query(range("VEVENT", "20260119T000000Z", "20260120T000000Z")), "1", 207)
                .multiStatus().hrefs()).isEmpty();
        assertThat(alice.report(cal, query(range("VEVENT", "20260120T000000Z", "20260121T000000Z")), "1", 207)
                .multiStatus().hrefs()).containsExactly(cal + "ex.ics");
        assertThat(alice.report(cal, query(range("VEVENT", "20260401T000000Z", "20260501T000000Z")), "1", 207)
                .multiStatus().hrefs()).isEmpty();
    }

    @Test
    void propFiltersAndTextMatchSelectByContent() {
        String cal = newCalendar("reports-props");
        alice.put(cal + "a.ics", Ics.event("pa", "20261201T100000Z", "20261201T110000Z", "Quarterly Review"), 201);
        alice.put(cal + "b.ics", Ics.event("pb", "20261201T100000Z", "20261201T110000Z", "Lunch"), 201);
        alice.put(cal + "t.ics", Ics.todo("pt", "review the deck"), 201);
        String summary = "<C:comp-filter name=\"VEVENT\"><C:prop-filter name=\"SUMMARY\">"
                + "<C:text-match collation=\"i;ascii-casemap\">review</C:text-match></C:prop-filter></C:comp-filter>";
        assertThat(alice.report(cal, query(summary), "1", 207).multiStatus().hrefs()).containsExactly(cal + "a.ics");
        String negated = summary.replace("<C:text-match collation=\"i;ascii-casemap\">",
                "<C:text-match negate-condition=\"yes\">");
        assertThat(alice.report(cal, query(negated), "1", 207).multiStatus().hrefs()).containsExactly(cal + "b.ics");
        String noLocation = "<C:comp-filter name=\"VEVENT\"><C:prop-filter name=\"LOCATION\"><C:is-not-defined/>"
                + "</C:prop-filter></C:comp-filter>";
        assertThat(alice.report(cal, query(noLocation), "1", 207).multiStatus().hrefs()).hasSize(2);
        assertThat(alice.report(cal, query("<C:comp-filter name=\"VTODO\"/>"), "1", 207).multiStatus().hrefs())
                .containsExactly(cal + "t.ics");
        assertThat(alice.report(cal, query(""), "1", 207).multiStatus().hrefs()).hasSize(3);
    }

    @Test
    void multigetAnswersEachHrefAndMissesWith404() {
        String cal = newCalendar("reports-multiget");
        alice.put(cal + "m1.ics", Ics.event("m1", "20261201T100000Z", "20261201T110000Z", "one"), 201);
        alice.put(cal + "m2.ics", Ics.event("m2", "20261201T100000Z", "20261201T110000Z", "two"), 201);
        String body = """
                <C:calendar-multiget xmlns:D="DAV:" xmlns:C="urn:ietf:params:xml:ns:caldav">
                  <D:prop><D:getetag/><C:calendar-data/></D:prop>
                  <D:href>%sm1.ics</D:href><D:href>%sm2.ics</D:href><D:href>%sgone.ics</D:href>
                </C:calendar-multiget>""".formatted(cal, cal, cal);
        MultiStatus answer = alice.report(cal, body, "1", 207).multiStatus();
        assertThat(answer.hrefs()).containsExactly(cal + "m1.ics", cal + "m2.ics", cal + "gone.ics");
        assertThat(answer.get(cal + "m2.ics").text("{urn:ietf:params:xml:ns:caldav}calendar-data")).contains("UID:m2");
        assertThat(answer.get(cal + "m2.ics").text("{DAV:}getetag")).startsWith("\"");
        assertThat(answer.get(cal + "gone.ics").status()).contains(404);
    }

    static String sync(String token) {
        return """
                <D:sync-collection xmlns:D="DAV:"><D:sync-token>%s</D:sync-token><D:sync-level>1</D:sync-level>
                <D:prop><D:getetag/></D:prop></D:sync-collection>""".formatted(token);
    }

    @Test
    void syncCollectionReportsChangesAndDeletionsSinceAToken() {
        String cal = newCalendar("reports-sync");
        alice.put(cal + "s1.ics", Ics.event("s1", "20261201T100000Z", "20261201T110000Z", "one"), 201);
        alice.put(cal + "s2.ics", Ics.event("s2", "20261201T100000Z", "20261201T110000Z", "two"), 201);
        MultiStatus initial = alice.report(cal, sync(""), "0", 207).multiStatus();
        assertThat(initial.hrefs()).containsExactlyInAnyOrder(cal + "s1.ics", cal + "s2.ics");
        String token = initial.syncToken().orElseThrow();

        MultiStatus nothing = alice.report(cal, sync(token), "0", 207).multiStatus();
        assertThat(nothing.hrefs()).isEmpty();
        assertThat(nothing.syncToken()).contains(token);

        alice.put(cal + "s1.ics", Ics.event("s1", "20261201T100000Z", "20261201T110000Z", "changed"), 204);
        alice.delete(cal + "s2.ics", 204);
        alice.put(cal + "s3.ics", Ics.event("s3", "20261201T100000Z", "20261201T110000Z", "three"), 201);
        MultiStatus changes = alice.report(cal, sync(token), "0", 207).multiStatus();
        assertThat(changes.hrefs()).containsExactlyInAnyOrder(cal + "s1.ics", cal + "s2.ics", cal + "s3.ics");
        assertThat(changes.get(cal + "s2.ics").status()).contains(404);
        assertThat(changes.get(cal + "s1.ics").text("{DAV:}getetag")).isEqualTo(
                alice.get(cal + "s1.ics", 200).header("ETag").orElseThrow());
        assertThat(changes.syncToken().orElseThrow()).isNotEqualTo(token);
    }

    @Test
    void unknownOrStaleSyncTokensAre403WithValidSyncTokenNever500() {
        String cal = newCalendar("reports-stale");
        String token = alice.report(cal, sync(""), "0", 207).multiStatus().syncToken().orElseThrow();
        String other = newCalendar("reports-stale-other");
        for (String bad : new String[] {"garbage", "http://crmgateway.org/ns/sync/999999-1", token + "99",
                token.substring(0, token.lastIndexOf('-')) + "-notanumber"}) {
            assertThat(alice.report(cal, sync(bad), "0", 403).body()).contains("valid-sync-token");
        }
        assertThat(alice.report(other, sync(token), "0", 403).body()).contains("valid-sync-token");
        // A calendar deleted and created again under the same name does not accept the old token.
        alice.delete(cal, 204);
        alice.mkcalendar(cal, null, 201);
        assertThat(alice.report(cal, sync(token), "0", 403).body()).contains("valid-sync-token");
    }

    @Test
    void freeBusyQueryListsBusyTimes() {
        String cal = newCalendar("reports-freebusy");
        alice.put(cal + "f1.ics", Ics.event("f1", "20261201T100000Z", "20261201T110000Z", "busy"), 201);
        alice.put(cal + "f2.ics", Ics.weekly("f2", "20261101T080000Z", "20261101T083000Z", "", "weekly"), 201);
        String body = """
                <C:free-busy-query xmlns:C="urn:ietf:params:xml:ns:caldav">
                <C:time-range start="20261201T000000Z" end="20261202T000000Z"/></C:free-busy-query>""";
        DavClient.Answer answer = alice.report(cal, body, "1", 200);
        assertThat(answer.body()).contains("BEGIN:VFREEBUSY", "FREEBUSY:20261201T100000Z/20261201T110000Z");
    }

    @Test
    void principalReportsGiveMinimalAnswers() {
        String search = """
                <D:principal-property-search xmlns:D="DAV:" xmlns:C="urn:ietf:params:xml:ns:caldav">
                <D:property-search><D:prop><D:displayname/></D:prop><D:match>ali</D:match></D:property-search>
                <D:prop><D:displayname/><C:calendar-home-set/></D:prop></D:principal-property-search>""";
        assertThat(alice.report("/dav/principals/", search, "0", 207).multiStatus().hrefs())
                .containsExactly("/dav/principals/alice/");
        assertThat(alice.report("/dav/principals/", search.replace(">ali<", ">zed<"), "0", 207).multiStatus()
                .hrefs()).isEmpty();
        assertThat(alice.report("/dav/principals/", "<D:principal-search-property-set xmlns:D=\"DAV:\"/>", "0", 200)
                .body()).contains("principal-search-property", "displayname");
        String expand = """
                <D:expand-property xmlns:D="DAV:"><D:property name="calendar-proxy-write-for"
                 namespace="http://calendarserver.org/ns/"><D:property name="displayname"/></D:property>
                 <D:property name="current-user-principal"/></D:expand-property>""";
        MultiStatus.Resource principal = alice.report("/dav/principals/alice/", expand, "0", 207).multiStatus()
                .get("/dav/principals/alice/");
        assertThat(principal.statusOf("{http://calendarserver.org/ns/}calendar-proxy-write-for")).isEqualTo(404);
        assertThat(principal.text("{DAV:}current-user-principal")).isEqualTo("/dav/principals/alice/");
    }

    @Test
    void unknownReportsAreRefused() {
        assertThat(alice.report("/dav/calendars/alice/default/", "<X:nope xmlns:X=\"urn:x\"/>", "0", 403).body())
                .contains("supported-report");
    }
}
