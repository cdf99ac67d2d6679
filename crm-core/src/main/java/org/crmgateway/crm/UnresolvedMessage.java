package org.crmgateway.crm;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A logged message whose external participants matched no partner (rule 9), waiting to be assigned. */
public record UnresolvedMessage(long id, ActivityId activity, Instant occurredAt, @Nullable String subject,
                                List<String> unknownAddresses) {
}
