package org.crmgateway.calendarsync.client;

import java.util.List;

/**
 * One sync-collection answer (RFC 6578 section 3.5).
 *
 * @param token     the position to ask from next time
 * @param truncated the server cut the answer short (507 on the collection): ask again from {@code token}
 */
public record SyncChanges(String token, List<ObjectRef> changed, List<String> deleted, boolean truncated) {
    public SyncChanges {
        changed = List.copyOf(changed);
        deleted = List.copyOf(deleted);
    }
}
