package org.crmgateway.caldav;

/** iCalendar texts for the tests. */
public final class Ics {
    private Ics() {
    }

    public static String event(String uid, String start, String end, String summary) {
        return "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//CRM Gateway tests//EN\r\nBEGIN:VEVENT\r\nUID:" + uid
                + "\r\nDTSTAMP:20260101T000000Z\r\nDTSTART:" + start + "\r\nDTEND:" + end + "\r\nSUMMARY:" + summary
                + "\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
    }

    public static String weekly(String uid, String start, String end, String rruleTail, String summary) {
        return "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//CRM Gateway tests//EN\r\nBEGIN:VEVENT\r\nUID:" + uid
                + "\r\nDTSTAMP:20260101T000000Z\r\nDTSTART:" + start + "\r\nDTEND:" + end
                + "\r\nRRULE:FREQ=WEEKLY" + rruleTail + "\r\nSUMMARY:" + summary
                + "\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
    }

    public static String meeting(String uid, String summary, String... attendees) {
        StringBuilder b = new StringBuilder("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//CRM Gateway tests//EN\r\n"
                + "BEGIN:VEVENT\r\nUID:" + uid + "\r\nDTSTAMP:20260101T000000Z\r\nDTSTART:20261210T100000Z\r\n"
                + "DTEND:20261210T110000Z\r\nSUMMARY:" + summary + "\r\nLOCATION:Room 1\r\n"
                + "ORGANIZER;CN=Alice:mailto:alice@staff.example\r\n");
        for (String a : attendees) {
            b.append("ATTENDEE;PARTSTAT=ACCEPTED:mailto:").append(a).append("\r\n");
        }
        return b.append("END:VEVENT\r\nEND:VCALENDAR\r\n").toString();
    }

    public static String todo(String uid, String summary) {
        return "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//CRM Gateway tests//EN\r\nBEGIN:VTODO\r\nUID:" + uid
                + "\r\nDTSTAMP:20260101T000000Z\r\nSUMMARY:" + summary + "\r\nEND:VTODO\r\nEND:VCALENDAR\r\n";
    }
}
