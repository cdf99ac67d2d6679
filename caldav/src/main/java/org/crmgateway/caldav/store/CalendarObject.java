package org.crmgateway.caldav.store;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One calendar object resource (RFC 4791 section 4.1), or the tombstone of a deleted one.
 *
 * @param data     the text exactly as the client sent it; null for a tombstone or when a query
 *                 asked for the index only
 * @param revision the calendar's sync revision at the last change of this object
 */
public record CalendarObject(String href, String uid, String etag, String component, @Nullable String data,
                             ObjectIndex index, Instant lastModified, long revision, boolean deleted) {
}
