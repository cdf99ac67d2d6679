package org.crmgateway.calendarsync.invitation;

/** iTIP messages (RFC 5546) as mail clients send them. */
final class Imip {
    private Imip() {
    }

    static String request(String uid, int sequence, String summary) {
        return """
                BEGIN:VCALENDAR\r
                VERSION:2.0\r
                PRODID:-//Partner Corp//Mailer//EN\r
                METHOD:REQUEST\r
                BEGIN:VEVENT\r
                UID:%s\r
                SEQUENCE:%d\r
                DTSTAMP:20260301T080000Z\r
                DTSTART:20260315T140000Z\r
                DTEND:20260315T150000Z\r
                SUMMARY:%s\r
                ORGANIZER;CN=Carla:mailto:carla@partner.example\r
                ATTENDEE;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Anna:mailto:anna@acme.example\r
                ATTENDEE;PARTSTAT=ACCEPTED;CN=Dan:mailto:dan@partner.example\r
                END:VEVENT\r
                END:VCALENDAR\r
                """.formatted(uid, sequence, summary);
    }

    static String reply(String uid, String attendee, String partstat) {
        return """
                BEGIN:VCALENDAR\r
                VERSION:2.0\r
                PRODID:-//Acme//Mailer//EN\r
                METHOD:REPLY\r
                BEGIN:VEVENT\r
                UID:%s\r
                DTSTAMP:20260302T080000Z\r
                ORGANIZER:mailto:carla@partner.example\r
                ATTENDEE;PARTSTAT=%s:mailto:%s\r
                END:VEVENT\r
                END:VCALENDAR\r
                """.formatted(uid, partstat, attendee);
    }

    static String cancel(String uid) {
        return """
                BEGIN:VCALENDAR\r
                VERSION:2.0\r
                PRODID:-//Partner Corp//Mailer//EN\r
                METHOD:CANCEL\r
                BEGIN:VEVENT\r
                UID:%s\r
                SEQUENCE:2\r
                DTSTAMP:20260303T080000Z\r
                ORGANIZER:mailto:carla@partner.example\r
                ATTENDEE:mailto:anna@acme.example\r
                STATUS:CANCELLED\r
                END:VEVENT\r
                END:VCALENDAR\r
                """.formatted(uid);
    }
}
