package org.crmgateway.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.crmgateway.ApiClient;
import org.crmgateway.ApiClient.Answer;
import org.crmgateway.crm.Partner;
import org.crmgateway.crm.Role;
import org.crmgateway.crm.StaffUser;
import org.crmgateway.crm.TenantId;
import org.crmgateway.testing.GatewayIT;
import org.crmgateway.testing.HttpSession;
import org.crmgateway.testing.Seed;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Calendar sync against the gateway's own CalDAV server, end to end: a staff user writes meetings
 * with a partner into {@code /dav/}, registers the server root as a calendar account, and the
 * partner's history shows each meeting once, although the server's own meeting feed records the
 * same UIDs; a changed and a deleted object on the server reach the history on the next poll.
 */
@GatewayIT
class CalendarSyncAgainstOwnServerIT {

    private static final Duration PATIENCE = Duration.ofSeconds(40);

    @LocalServerPort
    int port;
    @Autowired
    Seed seed;
    @Autowired
    JdbcClient jdbc;

    @Test
    void meetingsWrittenToOurServerReachThePartnerOnceAndFollowChanges() {
        String u = Seed.unique("own");
        TenantId tenant = seed.tenant("OwnDav");
        StaffUser user = seed.user(tenant, Seed.unique("planner"), "gateway-" + u + ".example", Role.USER);
        Partner company = seed.company(tenant, "Lindqvist " + u, "lindqvist-" + u + ".example");
        String guest = "anna@lindqvist-" + u + ".example";
        seed.person(tenant, "Anna Lindqvist", guest, company.id());

        String calendar = "/dav/calendars/" + user.username() + "/default/";
        String singleUid = "review-" + u + "@gateway.test";
        String seriesUid = "weekly-" + u + "@gateway.test";
        HttpResponse<String> single = dav("PUT", calendar + "review.ics", user, null, event(singleUid,
                "20261120T090000Z", "20261120T100000Z", "Contract review", "Room 1", null, user, guest));
        assertThat(single.statusCode()).as(single.body()).isEqualTo(201);
        HttpResponse<String> series = dav("PUT", calendar + "weekly.ics", user, null, event(seriesUid,
                "20261005T140000Z", "20261005T150000Z", "Weekly sync", "Video call", "FREQ=WEEKLY;COUNT=4", user, guest));
        assertThat(series.statusCode()).as(series.body()).isEqualTo(201);

        ApiClient api = ApiClient.as("http://127.0.0.1:" + port, user.username(), Seed.PASSWORD);
        Answer registered = api.post("/api/calendar-accounts", """
                {"url":"http://127.0.0.1:%d/","username":"%s","password":"%s","pollInterval":10}"""
                .formatted(port, user.username(), Seed.PASSWORD));
        assertThat(registered.status()).as(registered.text()).isEqualTo(201);
        long account = registered.json().get("id").asLong();
        String companyHistory = "/api/partners/" + company.id().value() + "/activities?type=MEETING&limit=200";

        await().atMost(PATIENCE).untilAsserted(() -> {
            JsonNode state = api.get("/api/calendar-accounts/" + account).json();
            assertThat(state.get("state").asString()).as(state.toString()).isEqualTo("IDLE");
            assertThat(syncedEtags(tenant, account)).containsOnlyKeys(calendar + "review.ics", calendar + "weekly.ics");
        });
        Map<String, List<JsonNode>> byUid = meetingsByUid(api.get(companyHistory));
        assertThat(byUid.get(singleUid)).as("the single meeting once").hasSize(1);
        JsonNode review = byUid.get(singleUid).getFirst().get("meeting");
        assertThat(review.get("start").asString()).isEqualTo("2026-11-20T09:00:00Z");
        assertThat(review.get("location").asString()).isEqualTo("Room 1");
        assertThat(byUid.get(seriesUid)).as("one activity per past occurrence").hasSize(4)
                .extracting(a -> a.get("meeting").get("start").asString())
                .containsExactlyInAnyOrder("2026-10-05T14:00:00Z", "2026-10-12T14:00:00Z", "2026-10-19T14:00:00Z",
                        "2026-10-26T14:00:00Z");
        long reviewActivity = byUid.get(singleUid).getFirst().get("id").asLong();
        assertThat(sourceKinds(reviewActivity)).as("the server's feed and the calendar account, on one activity")
                .containsExactlyInAnyOrder("CALDAV", "CALENDAR");

        String etag = single.headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> moved = dav("PUT", calendar + "review.ics", user, etag, event(singleUid,
                "20261121T130000Z", "20261121T143000Z", "Contract review", "Room 2", null, user, guest));
        assertThat(moved.statusCode()).as(moved.body()).isEqualTo(204);
        String newEtag = moved.headers().firstValue("ETag").orElseThrow();
        assertThat(dav("DELETE", calendar + "weekly.ics", user, null, "").statusCode()).isEqualTo(204);

        await().atMost(PATIENCE).untilAsserted(() -> assertThat(syncedEtags(tenant, account))
                .as("the next poll has read the change and the deletion")
                .containsOnly(Map.entry(calendar + "review.ics", newEtag)));
        Map<String, List<JsonNode>> after = meetingsByUid(api.get(companyHistory));
        assertThat(after.get(singleUid)).as("the moved meeting is the same activity").hasSize(1);
        JsonNode movedMeeting = after.get(singleUid).getFirst();
        assertThat(movedMeeting.get("id").asLong()).isEqualTo(reviewActivity);
        assertThat(movedMeeting.get("meeting").get("start").asString()).isEqualTo("2026-11-21T13:00:00Z");
        assertThat(movedMeeting.get("meeting").get("end").asString()).isEqualTo("2026-11-21T14:30:00Z");
        assertThat(movedMeeting.get("meeting").get("location").asString()).isEqualTo("Room 2");
        assertThat(movedMeeting.get("meeting").get("status").asString()).isEqualTo("CONFIRMED");
        assertThat(after.get(seriesUid)).as("the deleted series stays, cancelled, once per occurrence").hasSize(4)
                .allSatisfy(a -> assertThat(a.get("meeting").get("status").asString()).isEqualTo("CANCELLED"));
        assertThat(api.get("/api/calendar-accounts/" + account).json().get("lastError").isNull()).isTrue();
    }

    private static String event(String uid, String start, String end, String summary, String location,
                                String rrule, StaffUser organizer, String attendee) {
        return "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//crm-gateway test//EN\r\nBEGIN:VEVENT\r\n"
                + "UID:" + uid + "\r\nDTSTAMP:20261001T080000Z\r\nDTSTART:" + start + "\r\nDTEND:" + end + "\r\n"
                + (rrule == null ? "" : "RRULE:" + rrule + "\r\n")
                + "SUMMARY:" + summary + "\r\nLOCATION:" + location + "\r\n"
                + "ORGANIZER:mailto:" + organizer.email().value() + "\r\n"
                + "ATTENDEE;PARTSTAT=ACCEPTED:mailto:" + attendee + "\r\n"
                + "END:VEVENT\r\nEND:VCALENDAR\r\n";
    }

    private HttpResponse<String> dav(String method, String path, StaffUser user, String ifMatch, String body) {
        String auth = Base64.getEncoder()
                .encodeToString((user.username() + ":" + Seed.PASSWORD).getBytes(StandardCharsets.UTF_8));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", "Basic " + auth)
                .method(method, body.isEmpty() ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (!body.isEmpty()) {
            request.header("Content-Type", "text/calendar; charset=utf-8");
        }
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return HttpSession.anonymous(port).send(request);
    }

    private static Map<String, List<JsonNode>> meetingsByUid(Answer history) {
        assertThat(history.status()).as(history.text()).isEqualTo(200);
        assertThat(history.json().get("next").isNull()).isTrue();
        return history.json().get("items").valueStream()
                .collect(Collectors.groupingBy(a -> a.get("meeting").get("uid").asString()));
    }

    /** What the calendar account has read from the server: object href to entity tag. */
    private Map<String, String> syncedEtags(TenantId tenant, long account) {
        return jdbc.sql("select href, etag from calendar_object where tenant_id = :t and account_id = :a")
                .param("t", tenant.value()).param("a", account)
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private List<String> sourceKinds(long activity) {
        return jdbc.sql("select distinct kind from activity_source where activity_id = :a")
                .param("a", activity).query(String.class).list();
    }
}
