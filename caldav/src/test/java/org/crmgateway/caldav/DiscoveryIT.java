package org.crmgateway.caldav;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DiscoveryIT extends CalDavServerIT {

    @Test
    void wellKnownRedirectsToTheDavRootWithAndWithoutSlash() {
        assertThat(alice.request("GET", "/.well-known/caldav", null, 301).header("Location")).contains("/dav/");
        assertThat(alice.request("PROPFIND", "/.well-known/caldav/", null, 301).header("Location")).contains("/dav/");
    }

    @Test
    void optionsAdvertisesCalendarAccess() {
        DavClient.Answer answer = alice.request("OPTIONS", "/dav/", null, 200);
        assertThat(answer.header("DAV").orElseThrow()).contains("1", "3", "calendar-access");
        assertThat(answer.header("Allow").orElseThrow()).contains("PROPFIND", "REPORT", "MKCALENDAR");
    }

    @Test
    void rootNamesTheCurrentUserPrincipal() {
        DavClient.Answer answer = alice.propfind("/dav/", PROPS, "0", 207);
        assertThat(answer.header("DAV")).isPresent();
        MultiStatus.Resource root = answer.multiStatus().get("/dav/");
        assertThat(root.text("{DAV:}current-user-principal")).isEqualTo("/dav/principals/alice/");
        assertThat(root.statusOf("{DAV:}getetag")).isEqualTo(404);
    }

    @Test
    void principalNamesHomeAndAddresses() {
        String body = """
                <D:propfind xmlns:D="DAV:" xmlns:C="urn:ietf:params:xml:ns:caldav">
                  <D:prop><C:calendar-home-set/><C:calendar-user-address-set/><D:principal-URL/>
                  <D:displayname/><C:schedule-inbox-URL/></D:prop></D:propfind>""";
        for (String path : new String[] {"/dav/principals/alice/", "/dav/principals/alice"}) {
            MultiStatus.Resource principal = alice.propfind(path, body, "0", 207).multiStatus()
                    .get("/dav/principals/alice/");
            assertThat(principal.text("{urn:ietf:params:xml:ns:caldav}calendar-home-set"))
                    .isEqualTo("/dav/calendars/alice/");
            assertThat(principal.text("{urn:ietf:params:xml:ns:caldav}calendar-user-address-set"))
                    .contains("mailto:alice@staff.example");
            assertThat(principal.statusOf("{urn:ietf:params:xml:ns:caldav}schedule-inbox-URL")).isEqualTo(404);
        }
    }

    @Test
    void homeListsTheDefaultCalendarCreatedOnFirstAccess() {
        MultiStatus home = bob.propfind("/dav/calendars/bob/", PROPS, "1", 207).multiStatus();
        MultiStatus.Resource calendar = home.get("/dav/calendars/bob/default/");
        assertThat(calendar.props().get("{DAV:}resourcetype").getElementsByTagNameNS(
                "urn:ietf:params:xml:ns:caldav", "calendar").getLength()).isEqualTo(1);
        assertThat(calendar.text("{http://calendarserver.org/ns/}getctag")).isNotBlank();
        assertThat(calendar.text("{DAV:}sync-token")).startsWith("http");
        assertThat(calendar.props().get("{urn:ietf:params:xml:ns:caldav}supported-calendar-component-set")
                .getElementsByTagNameNS("urn:ietf:params:xml:ns:caldav", "comp").getLength()).isEqualTo(3);
        assertThat(calendar.text("{DAV:}displayname")).isEqualTo("Calendar");
    }

    @Test
    void unknownPropertiesAre404UnlessTheClientPrefersMinimal() {
        String body = """
                <D:propfind xmlns:D="DAV:" xmlns:X="urn:example:unknown"><D:prop><D:displayname/><X:nothing/></D:prop></D:propfind>""";
        MultiStatus.Resource full = alice.propfind("/dav/calendars/alice/default/", body, "0", 207).multiStatus()
                .get("/dav/calendars/alice/default/");
        assertThat(full.statusOf("{urn:example:unknown}nothing")).isEqualTo(404);
        DavClient.Answer minimal = alice.propfind("/dav/calendars/alice/default", body, "0", 207,
                "Prefer", "return=minimal");
        assertThat(minimal.multiStatus().get("/dav/calendars/alice/default/").propStatus())
                .doesNotContainKey("{urn:example:unknown}nothing");
        assertThat(alice.propfind("/dav/calendars/alice/default/", body, "0", 207, "Brief", "t").body())
                .doesNotContain("nothing");
    }

    @Test
    void propfindWithoutBodyIsAllprop() {
        MultiStatus.Resource calendar = alice.propfind("/dav/calendars/alice/default/", null, "0", 207)
                .multiStatus().get("/dav/calendars/alice/default/");
        assertThat(calendar.props()).containsKeys("{DAV:}resourcetype", "{DAV:}sync-token");
    }

    @Test
    void requestsWithoutCredentialsAreChallenged() {
        DavClient anonymous = new DavClient(port, "alice", "wrong");
        assertThat(anonymous.propfind("/dav/", PROPS, "0", 401).header("WWW-Authenticate")).isPresent();
    }

    @Test
    void aUserCannotSeeAnotherUsersCalendars() {
        alice.propfind("/dav/calendars/alice/", PROPS, "1", 207);
        bob.propfind("/dav/calendars/alice/", PROPS, "1", 403);
        carol.propfind("/dav/calendars/alice/default/", PROPS, "0", 403);
        carol.get("/dav/calendars/alice/default/x.ics", 403);
        carol.propfind("/dav/principals/alice/", PROPS, "0", 403);
    }

    @Test
    void unknownMethodsAre405AndUnknownPaths404() {
        alice.request("PATCH", "/dav/", "x", 405);
        alice.propfind("/dav/elsewhere/x/y/z/", PROPS, "0", 404);
        alice.propfind("/dav/calendars/alice/missing/", PROPS, "0", 404);
    }
}
