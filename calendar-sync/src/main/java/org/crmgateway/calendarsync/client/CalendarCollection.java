package org.crmgateway.calendarsync.client;

import java.net.URI;
import org.jspecify.annotations.Nullable;

/**
 * A calendar found by discovery.
 *
 * @param url            absolute URL of the collection
 * @param href           its path, the stable name the sync keeps its position under
 * @param ctag           {@code CS:getctag}, if the server offers it; only {@link CalDavClient#describe} asks for it
 * @param syncCollection whether {@code DAV:supported-report-set} lists sync-collection
 */
public record CalendarCollection(URI url, String href, @Nullable String displayName, @Nullable String ctag,
                                 @Nullable String syncToken, boolean syncCollection) {
}
