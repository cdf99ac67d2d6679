package org.crmgateway.crm.history;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.crmgateway.crm.Capture;
import org.crmgateway.crm.CaptureParticipant;
import org.crmgateway.crm.Checkpoint;
import org.crmgateway.crm.EmailAddress;
import org.crmgateway.crm.MatchingSettings;
import org.crmgateway.crm.MatchingSettingsStore;
import org.crmgateway.crm.NewPartner;
import org.crmgateway.crm.NewUser;
import org.crmgateway.crm.ParticipantRole;
import org.crmgateway.crm.Partner;
import org.crmgateway.crm.PartnerKind;
import org.crmgateway.crm.Partners;
import org.crmgateway.crm.Role;
import org.crmgateway.crm.SharedAddressPolicy;
import org.crmgateway.crm.SourceKind;
import org.crmgateway.crm.SourceKeys;
import org.crmgateway.crm.SourceRef;
import org.crmgateway.crm.StaffUser;
import org.crmgateway.crm.StaffUsers;
import org.crmgateway.crm.TenantId;
import org.crmgateway.crm.Tenants;
import org.crmgateway.crm.ThreadKeys;
import org.crmgateway.crm.UnknownSenders;
import org.crmgateway.crm.UserId;
import org.crmgateway.crm.Viewer;

/** A fresh tenant with one staff user (olena@firm.example), the company Acme and its person Ivan. */
final class Fixture {

    static final Instant T0 = Instant.parse("2026-03-01T09:00:00Z");

    final TenantId tenant;
    final StaffUser olena;
    final Partner acme;
    final Partner ivan;
    final SourceRef inbox;
    private int uid;

    Fixture(Tenants tenants, StaffUsers users, Partners partners, MatchingSettingsStore settings) {
        tenant = tenants.create("t-" + UUID.randomUUID()).id();
        String name = "olena-" + UUID.randomUUID().toString().substring(0, 8);
        olena = users.create(tenant, new NewUser(name, new EmailAddress("olena@firm.example"),
                List.of(new EmailAddress("sales@firm.example")), "{noop}x", Role.USER));
        settings.put(tenant, settings(UnknownSenders.UNRESOLVED));
        acme = partners.create(tenant, new NewPartner(PartnerKind.COMPANY, "Acme", List.of(), List.of("acme.example"), null));
        ivan = partners.create(tenant, new NewPartner(PartnerKind.PERSON, "Ivan",
                List.of(new EmailAddress("ivan@acme.example")), List.of(), acme.id()));
        inbox = new SourceRef(SourceKind.MAIL, 1, "INBOX", "0");
    }

    static MatchingSettings settings(UnknownSenders unknown) {
        return new MatchingSettings(List.of("firm.example"), List.of(), MatchingSettings.DEFAULT_FREE_MAIL_DOMAINS,
                unknown, SharedAddressPolicy.ALL, false, false, false);
    }

    Viewer viewer() {
        return new Viewer(tenant, olena.id(), Role.USER);
    }

    Viewer viewer(UserId user) {
        return new Viewer(tenant, user, Role.USER);
    }

    Checkpoint checkpoint(String position) {
        return new Checkpoint(tenant, SourceKind.MAIL, 1, "INBOX", position);
    }

    /** A mail with Message-ID {@code <id@mail.example>} from the first address to the others. */
    Capture.Builder mail(String id, Instant at, String from, String... to) {
        List<CaptureParticipant> ps = new ArrayList<>();
        ps.add(CaptureParticipant.of(from, ParticipantRole.FROM));
        for (String t : to) {
            ps.add(CaptureParticipant.of(t, ParticipantRole.TO));
        }
        String messageId = id + "@mail.example";
        return Capture.email(tenant, new SourceRef(SourceKind.MAIL, 1, "INBOX", Integer.toString(++uid)),
                        SourceKeys.ofMessageId(messageId), at)
                .owner(olena.id()).participants(ps).subject("Subject " + id)
                .thread(new ThreadKeys(messageId, null, List.of()));
    }

    static ThreadKeys reply(String id, String... parents) {
        List<String> refs = new ArrayList<>();
        for (String p : parents) {
            refs.add(p + "@mail.example");
        }
        return new ThreadKeys(id + "@mail.example", refs.isEmpty() ? null : refs.getLast(), refs);
    }
}
