package org.crmgateway.caldav.store;

import org.jspecify.annotations.Nullable;

/**
 * The conditional headers of a write (RFC 9110 section 13.1), checked by the store inside the
 * write's transaction so that two clients can never overwrite each other's change unseen.
 *
 * @param ifMatch        the entity tag the resource must still have, or null
 * @param ifNoneMatchAny {@code If-None-Match: *}: the resource must not exist yet
 */
public record Precondition(@Nullable String ifMatch, boolean ifNoneMatchAny) {
    public static final Precondition NONE = new Precondition(null, false);

    /** Whether a resource with the given entity tag (null: absent) satisfies the precondition. */
    public boolean allows(@Nullable String currentEtag) {
        if (ifNoneMatchAny && currentEtag != null) {
            return false;
        }
        if (ifMatch == null) {
            return true;
        }
        return currentEtag != null && ("*".equals(ifMatch) || ETag.matches(ifMatch, currentEtag));
    }
}
