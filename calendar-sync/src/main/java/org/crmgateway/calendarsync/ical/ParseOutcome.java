package org.crmgateway.calendarsync.ical;

import org.crmgateway.crm.QuarantineReason;

/** What reading one calendar object gave: the calendar, or the reason it cannot be used. */
public sealed interface ParseOutcome {

    /** The text was understood; it may still hold no VEVENT (a VTODO-only object). */
    record Parsed(ParsedCalendar calendar) implements ParseOutcome {
    }

    /**
     * The text cannot be turned into trustworthy meetings; it belongs in quarantine.
     *
     * @param detail what was wrong, in words a person understands
     */
    record Rejected(QuarantineReason reason, String detail) implements ParseOutcome {
    }
}
