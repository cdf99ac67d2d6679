package org.crmgateway.caldav.store;

import java.util.Map;
import java.util.Set;
import org.crmgateway.crm.TenantId;
import org.crmgateway.crm.UserId;
import org.jspecify.annotations.Nullable;

/**
 * One calendar of a user as stored.
 *
 * @param slug           the last path segment of the calendar's URL
 * @param components     the component names it accepts (VEVENT, VTODO, ...)
 * @param deadProperties properties a client set that the server does not interpret, keyed by
 *                       Clark name ({@code {ns}local}), each value a self-contained XML element
 * @param syncRevision   grows with every change of an object; the ctag and sync token derive from it
 */
public record CalendarCollection(long id, TenantId tenant, UserId owner, String slug, @Nullable String displayName,
                                 @Nullable String color, @Nullable String timezone, Set<String> components,
                                 Map<String, String> deadProperties, long syncRevision) {
    public CalendarCollection {
        components = Set.copyOf(components);
        deadProperties = Map.copyOf(deadProperties);
    }
}
