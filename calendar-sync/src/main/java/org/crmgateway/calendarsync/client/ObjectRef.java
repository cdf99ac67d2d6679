package org.crmgateway.calendarsync.client;

import org.jspecify.annotations.Nullable;

/** A calendar object's path and entity tag, as a listing or a sync-collection names it. */
public record ObjectRef(String href, @Nullable String etag) {
}
