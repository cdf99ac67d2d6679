/**
 * Syncing staff CalDAV accounts: {@link org.crmgateway.calendarsync.sync.CalendarSyncScheduler}
 * runs one {@link org.crmgateway.calendarsync.sync.AccountSync} pass per account and poll, each
 * calendar through {@link org.crmgateway.calendarsync.sync.CalendarPass}, which records meetings,
 * withdrawals, quarantined objects and the new sync position in one transaction.
 */
@NullMarked
package org.crmgateway.calendarsync.sync;

import org.jspecify.annotations.NullMarked;
