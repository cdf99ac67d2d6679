/**
 * The iCalendar model of the gateway (RFC 5545): parses calendar text into our own records,
 * validates it with reasons, expands recurrences and turns occurrences into meeting captures.
 *
 * <p>Entry points: {@link org.crmgateway.calendarsync.ical.ICalendarParser} (text to a
 * {@link org.crmgateway.calendarsync.ical.ParseOutcome}),
 * {@link org.crmgateway.calendarsync.ical.RecurrenceExpander} (a parsed calendar to dated
 * {@link org.crmgateway.calendarsync.ical.Occurrence}s) and
 * {@link org.crmgateway.calendarsync.ical.MeetingCaptures} (occurrences to
 * {@link org.crmgateway.crm.Capture}s). iCal4j is used only inside this package; no iCal4j type
 * appears in its public signatures. The CalDAV server may use this package, hence the named
 * interface.
 */
@NamedInterface("ical")
@NullMarked
package org.crmgateway.calendarsync.ical;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
