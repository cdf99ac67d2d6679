package org.crmgateway.calendarsync.ical;

/** Repairs of the text itself, before iCal4j reads it. */
final class Quirks {
    private Quirks() {
    }

    static String clean(String text) {
        String s = text;
        if (!s.isEmpty() && s.charAt(0) == '\uFEFF') {
            s = s.substring(1);
        }
        // Files saved by hand or cut from mails start with blank lines, which iCal4j rejects.
        s = s.stripLeading();
        // Some exporters (old Exchange, scripts) end lines with a bare CR.
        if (s.indexOf('\n') < 0 && s.indexOf('\r') >= 0) {
            s = s.replace("\r", "\r\n");
        }
        return s;
    }

    /**
     * How many VEVENTs carry an RRULE line in the text. iCal4j drops a rule it cannot read along
     * with other invalid properties; comparing counts turns that silent loss into a reason.
     */
    static int eventsWithRule(String text) {
        int count = 0;
        boolean inEvent = false;
        boolean ruleSeen = false;
        for (String line : text.split("\r?\n|\r")) {
            String upper = line.toUpperCase(java.util.Locale.ROOT);
            if (upper.startsWith("BEGIN:VEVENT")) {
                inEvent = true;
                ruleSeen = false;
            } else if (upper.startsWith("END:VEVENT")) {
                count += inEvent && ruleSeen ? 1 : 0;
                inEvent = false;
            } else if (inEvent && (upper.startsWith("RRULE:") || upper.startsWith("RRULE;"))) {
                ruleSeen = true;
            }
        }
        return count;
    }
}
