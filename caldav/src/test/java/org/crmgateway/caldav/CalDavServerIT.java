package org.crmgateway.caldav;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The server on a random port with an H2 database; one Spring context shared by all ITs. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class CalDavServerIT {
    static final String PROPS = """
            <?xml version="1.0" encoding="utf-8"?>
            <D:propfind xmlns:D="DAV:" xmlns:C="urn:ietf:params:xml:ns:caldav" xmlns:CS="http://calendarserver.org/ns/">
              <D:prop><D:resourcetype/><D:displayname/><D:getetag/><CS:getctag/><D:sync-token/>
              <C:supported-calendar-component-set/><D:current-user-principal/><D:owner/></D:prop>
            </D:propfind>""";

    @LocalServerPort
    int port;

    DavClient alice;
    DavClient bob;
    DavClient carol;

    @BeforeEach
    void clients() {
        alice = new DavClient(port, "alice");
        bob = new DavClient(port, "bob");
        carol = new DavClient(port, "carol");
    }

    /** A fresh calendar of alice's for one test, so tests sharing the database do not see each other. */
    String newCalendar(String name) {
        String path = "/dav/calendars/alice/" + name + "/";
        alice.mkcalendar(path, null, 201);
        return path;
    }
}
