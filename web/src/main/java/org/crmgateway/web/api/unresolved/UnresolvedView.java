package org.crmgateway.web.api.unresolved;

import java.time.Instant;
import java.util.List;

import org.crmgateway.crm.UnresolvedMessage;
import org.jspecify.annotations.Nullable;

/** A message whose external participants matched no partner, waiting to be assigned. */
record UnresolvedView(long id, long activityId, Instant occurredAt, @Nullable String subject,
                      List<String> unknownAddresses) {

    static UnresolvedView of(UnresolvedMessage m) {
        return new UnresolvedView(m.id(), m.activity().value(), m.occurredAt(), m.subject(), m.unknownAddresses());
    }
}
