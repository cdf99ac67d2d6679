/**
 * The CRM core: tenants, staff users, partners (companies and persons), the activity history,
 * the matching engine and the one door every capture enters by.
 *
 * <p>This root package is the module's API. Edge modules (mail ingest, calendar sync, the CalDAV
 * server, the web layer) turn what they read into {@link org.crmgateway.crm.Capture}s and hand
 * them, together with the source position they reached, to {@link org.crmgateway.crm.HistoryRecorder}
 * as one {@link org.crmgateway.crm.SourceBatch}. Everything below this package is internal.
 *
 * <p>The core never imports Spring Web, Jakarta Mail or iCal4j; it talks outward only through the
 * application events in this package ({@link org.crmgateway.crm.ActivityRecorded} and friends).
 */
@NullMarked
package org.crmgateway.crm;

import org.jspecify.annotations.NullMarked;
