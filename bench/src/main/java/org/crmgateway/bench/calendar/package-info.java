/**
 * Calendar sync benchmark: first and incremental sync of large Radicale calendars, next to
 * Radicale's own time for one full calendar-query of the same data. Run
 * {@link org.crmgateway.bench.calendar.CalendarSyncBenchmark#main}.
 */
@NullMarked
package org.crmgateway.bench.calendar;

import org.jspecify.annotations.NullMarked;
