/**
 * The CalDAV client (RFC 4791, RFC 6578, RFC 6764) on the JDK's {@link java.net.http.HttpClient}:
 * discovery of a user's calendars, sync-collection with its token, the getctag/getetag plus
 * calendar-multiget fallback. Knows HTTP and XML, nothing of the CRM.
 */
@NullMarked
package org.crmgateway.calendarsync.client;

import org.jspecify.annotations.NullMarked;
