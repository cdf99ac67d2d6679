package org.crmgateway.caldav.store;

/** What a PUT or DELETE did: the new entity tag (empty after DELETE) and the calendar's new revision. */
public record WriteResult(String etag, long revision, boolean created) {
}
