package org.crmgateway.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.crmgateway.crm.Role;
import org.crmgateway.crm.StaffUser;
import org.crmgateway.crm.TenantId;
import org.crmgateway.testing.GatewayIT;
import org.crmgateway.testing.HttpSession;
import org.crmgateway.testing.Seed;
import org.crmgateway.web.credential.CredentialKind;
import org.crmgateway.web.credential.IssuedCredential;
import org.crmgateway.web.credential.PersonalCredentials;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * CalDAV with app passwords, and across tenants: a calendar client logs in with an app password;
 * nobody reaches another user's calendars, least of all another tenant's.
 */
@GatewayIT
class CalDavAccessIT {

    private static final String EVENT = """
            BEGIN:VCALENDAR\r
            VERSION:2.0\r
            PRODID:-//test//EN\r
            BEGIN:VEVENT\r
            UID:%s\r
            DTSTAMP:20261101T090000Z\r
            DTSTART:20261120T090000Z\r
            DTEND:20261120T100000Z\r
            SUMMARY:Board meeting of %s\r
            END:VEVENT\r
            END:VCALENDAR\r
            """;

    private static final String PROPFIND = """
            <?xml version="1.0" encoding="utf-8"?>
            <d:propfind xmlns:d="DAV:"><d:prop><d:displayname/><d:resourcetype/></d:prop></d:propfind>
            """;

    @LocalServerPort
    int port;
    @Autowired
    Seed seed;
    @Autowired
    PersonalCredentials credentials;

    private HttpResponse<String> dav(String method, String path, String user, String password, String body) {
        String auth = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", "Basic " + auth)
                .method(method, body.isEmpty() ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (method.equals("PUT")) {
            request.header("Content-Type", "text/calendar; charset=utf-8");
        }
        if (method.equals("PROPFIND")) {
            request.header("Depth", "1").header("Content-Type", "application/xml; charset=utf-8");
        }
        return HttpSession.anonymous(port).send(request);
    }

    @Test
    void appPasswordsOpenOwnCalendarsOnlyAndNothingCrossesTenants() {
        TenantId alphaTenant = seed.tenant("DavAlpha");
        TenantId bravoTenant = seed.tenant("DavBravo");
        StaffUser alpha = seed.user(alphaTenant, Seed.unique("dav-a"), "alpha.example", Role.ADMIN);
        StaffUser bravo = seed.user(bravoTenant, Seed.unique("dav-b"), "bravo.example", Role.ADMIN);
        IssuedCredential alphaApp = credentials.issue(alphaTenant, alpha.id(), CredentialKind.APP_PASSWORD, "phone");
        String home = "/dav/calendars/" + alpha.username() + "/";

        var listing = dav("PROPFIND", home, alpha.username(), alphaApp.secret(), PROPFIND);
        assertThat(listing.statusCode()).isEqualTo(207);
        String calendar = home + "default/";
        var put = dav("PUT", calendar + "board.ics", alpha.username(), alphaApp.secret(),
                EVENT.formatted(Seed.unique("uid"), "Alpha"));
        assertThat(put.statusCode()).as(put.body()).isIn(201, 204);
        assertThat(dav("GET", calendar + "board.ics", alpha.username(), Seed.PASSWORD, "").body()).contains("Alpha");

        for (String method : new String[] {"PROPFIND", "GET", "DELETE"}) {
            String path = method.equals("PROPFIND") ? home : calendar + "board.ics";
            var foreign = dav(method, path, bravo.username(), Seed.PASSWORD, method.equals("PROPFIND") ? PROPFIND : "");
            assertThat(foreign.statusCode()).as(method + " by another tenant's user").isIn(403, 404);
            assertThat(foreign.body()).doesNotContain("Board meeting");
        }
        assertThat(dav("GET", calendar + "board.ics", bravo.username(), alphaApp.secret(), "").statusCode())
                .as("an app password belongs to its user").isEqualTo(401);

        credentials.revoke(alphaTenant, alpha.id(), alphaApp.credential().id());
        assertThat(dav("PROPFIND", home, alpha.username(), alphaApp.secret(), PROPFIND).statusCode()).isEqualTo(401);
    }
}
