package org.crmgateway.caldav;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.crmgateway.crm.ActivitySummary;
import org.crmgateway.crm.CaptureKind;
import org.crmgateway.crm.EmailAddress;
import org.crmgateway.crm.History;
import org.crmgateway.crm.HistoryQuery;
import org.crmgateway.crm.MeetingStatus;
import org.crmgateway.crm.NewPartner;
import org.crmgateway.crm.NewUser;
import org.crmgateway.crm.Partner;
import org.crmgateway.crm.PartnerKind;
import org.crmgateway.crm.Partners;
import org.crmgateway.crm.Role;
import org.crmgateway.crm.StaffUser;
import org.crmgateway.crm.StaffUsers;
import org.crmgateway.crm.TenantId;
import org.crmgateway.crm.Viewer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** With the core's own recorder: a meeting with a partner written by a client lands in the partner's history. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = CalDavTestConfiguration.REAL_CORE + "=true")
class MeetingHistoryIT {

    @LocalServerPort
    int port;

    @Autowired
    StaffUsers staff;

    @Autowired
    Partners partners;

    @Autowired
    History history;

    @Test
    void aMeetingWithAPartnerBecomesAnActivityThatFollowsChangesAndDeletion() {
        StaffUser dora = staff.create(TenantId.DEFAULT, new NewUser("dora", new EmailAddress("dora@staff.example"),
                List.of(), "{noop}unused", Role.USER));
        Partner bea = partners.create(TenantId.DEFAULT, new NewPartner(PartnerKind.PERSON, "Bea Buyer",
                List.of(new EmailAddress("bea@customer.example")), List.of(), null));
        DavClient client = new DavClient(port, "dora");
        String path = "/dav/calendars/dora/default/pricing.ics";

        client.put(path, Ics.meeting("history-1", "Pricing talk", "bea@customer.example"), 201);
        assertThat(timeline(dora, bea)).singleElement().satisfies(a -> {
            assertThat(a.type()).isEqualTo(CaptureKind.MEETING);
            assertThat(a.subject()).isEqualTo("Pricing talk");
            assertThat(a.meeting().status()).isEqualTo(MeetingStatus.CONFIRMED);
        });

        client.put(path, Ics.meeting("history-1", "Pricing talk, moved", "bea@customer.example"), 204);
        assertThat(timeline(dora, bea)).singleElement().extracting(ActivitySummary::subject)
                .isEqualTo("Pricing talk, moved");

        client.delete(path, 204);
        assertThat(timeline(dora, bea)).singleElement()
                .satisfies(a -> assertThat(a.meeting().status()).isEqualTo(MeetingStatus.CANCELLED));
    }

    private List<ActivitySummary> timeline(StaffUser viewer, Partner partner) {
        return history.timeline(new Viewer(viewer.tenant(), viewer.id(), Role.ADMIN),
                HistoryQuery.of(partner.id(), null, 50)).items();
    }
}
