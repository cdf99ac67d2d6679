/**
 * Calendar sync: reads staff CalDAV calendars and iMIP invitations, maps iCalendar (iCal4j) to
 * meeting captures and hands them to the core's {@link org.crmgateway.crm.HistoryRecorder}.
 */
@ApplicationModule(allowedDependencies = "crm")
@NullMarked
package org.crmgateway.calendarsync;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
