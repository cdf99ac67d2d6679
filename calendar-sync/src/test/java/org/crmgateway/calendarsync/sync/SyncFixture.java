package org.crmgateway.calendarsync.sync;

import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.crmgateway.crm.CalendarAccount;
import org.crmgateway.crm.CalendarAccounts;
import org.crmgateway.crm.EmailAddress;
import org.crmgateway.crm.NewCalendarAccount;
import org.crmgateway.crm.NewUser;
import org.crmgateway.crm.Role;
import org.crmgateway.crm.StaffUser;
import org.crmgateway.crm.StaffUsers;
import org.crmgateway.crm.TenantId;
import org.crmgateway.crm.Visibility;
import org.crmgateway.calendarsync.testing.RadicaleServer;

/** Staff users and calendar accounts for the sync tests, and iCalendar text to put on the server. */
final class SyncFixture {
    private SyncFixture() {
    }

    static CalendarAccount account(StaffUsers users, CalendarAccounts accounts, URI url) {
        return account(users, accounts, url, RadicaleServer.PASSWORD);
    }

    static CalendarAccount account(StaffUsers users, CalendarAccounts accounts, URI url, String password) {
        String name = "staff-" + UUID.randomUUID().toString().substring(0, 8);
        StaffUser user = users.create(TenantId.DEFAULT, new NewUser(name, new EmailAddress(name + "@acme.example"),
                List.of(), "{noop}x", Role.USER));
        return accounts.register(TenantId.DEFAULT, new NewCalendarAccount(user.id(), url, RadicaleServer.USER,
                password, Visibility.EVERYTHING, null));
    }

    static String single(String uid, String summary, String start, String partner) {
        return "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\nBEGIN:VEVENT\r\nUID:" + uid
                + "\r\nDTSTAMP:20260101T000000Z\r\nDTSTART:" + start + "\r\nDURATION:PT1H\r\nSUMMARY:" + summary
                + "\r\nORGANIZER;CN=Anna:mailto:anna@acme.example\r\nATTENDEE;PARTSTAT=ACCEPTED:mailto:" + partner
                + "\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
    }

    static String weekly(String uid, String summary, String start, int count, String partner) {
        return single(uid, summary, start, partner).replace("DURATION:PT1H\r\n",
                "DURATION:PT1H\r\nRRULE:FREQ=WEEKLY;COUNT=" + count + "\r\n");
    }
}
